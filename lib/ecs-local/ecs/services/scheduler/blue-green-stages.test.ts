// Blue/green deployments stage by stage on a fake clock (scheduler/blue-green.ts): what each lifecycle hook shows and
// when it times out, SCALE_UP waiting for every green task, the exact end of the bake time, scaling while green, the
// rollbacks (to the last completed revision, or none for a first deployment), and the circuit breaker of the green
// tasks (also one turned on while the deployment runs).
import type { Deployment, ServiceDeployment } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../engine';
import type { Wire } from '../../../protocol/serialize';
import { createService, describeService, messages, registerFargate, serviceTasks, setup } from '../../../testing/services';
import { registerEc2, registerInstance } from '../../../testing/tasks';

function sd(engine: Engine, arn: string): Wire<ServiceDeployment> {
  const out = engine.call('DescribeServiceDeployments', { serviceDeploymentArns: [arn] }) as {
    serviceDeployments: Wire<ServiceDeployment>[];
  };
  return out.serviceDeployments[0];
}

/** `web` on web:1 (desired count `count`, its first deployment done), then UpdateService to web:2 (with `labels`). */
function updating(deploymentConfiguration: Record<string, unknown>, labels?: Record<string, string>, count = 2) {
  const fixture = setup();
  const { engine } = fixture;
  registerFargate(engine);
  const { lifecycleHooks: _, ...first } = deploymentConfiguration;
  createService(engine, { serviceName: 'web', desiredCount: count, deploymentConfiguration: first });
  engine.advance(15 * 60_000);
  expect(describeService(engine, 'web').deployments.map((d) => d.rolloutState)).toEqual(['COMPLETED']);
  const blue = serviceTasks(engine, 'web').map((t) => t.taskArn as string);
  registerFargate(engine, 'web', labels);
  engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2', deploymentConfiguration });
  const updatedAt = fixture.clock.now();
  return { ...fixture, blue, updatedAt, sdArn: describeService(engine, 'web').currentServiceDeployment as string };
}

const revisions = (engine: Engine, desiredStatus = 'RUNNING') =>
  serviceTasks(engine, 'web', desiredStatus)
    .map((t) => t.taskDefinitionArn?.split(':').pop())
    .sort();

const green = (engine: Engine) => serviceTasks(engine, 'web').filter((t) => t.taskDefinitionArn?.endsWith(':2'));

const deployments = (engine: Engine) =>
  describeService(engine, 'web').deployments.map((d: Wire<Deployment>) => [
    d.status,
    d.rolloutState,
    d.taskDefinition?.split(':').pop(),
  ]);

/** When a green task started without a health check counts as healthy (40 s after it started). */
const healthyAt = (startedAt: number | undefined) => (startedAt ?? 0) * 1000 + 40_000;

const LAMBDA = {
  hookTargetArn: 'arn:aws:lambda:us-east-1:000000000000:function:check',
  roleArn: 'arn:aws:iam::000000000000:role/ecs-hooks',
};

describe('blue/green lifecycle hooks', () => {
  it('shows a Lambda hook SUCCEEDED at once next to a waiting PAUSE hook with no expiry, unchanged while it waits', () => {
    const { engine, sdArn, updatedAt } = updating({
      strategy: 'BLUE_GREEN',
      lifecycleHooks: [
        { ...LAMBDA, lifecycleStages: ['PRE_SCALE_UP'] },
        { targetType: 'PAUSE', lifecycleStages: ['PRE_SCALE_UP'] },
      ],
    });
    engine.advance(1);
    const waiting = sd(engine, sdArn);
    expect(waiting.lifecycleStage).toBe('PRE_SCALE_UP');
    expect(waiting.lifecycleHookDetails).toEqual([
      {
        hookId: expect.any(String),
        targetArn: LAMBDA.hookTargetArn,
        targetType: 'AWS_LAMBDA',
        status: 'SUCCEEDED',
        timeoutAction: 'ROLLBACK',
      },
      { hookId: expect.any(String), targetType: 'PAUSE', status: 'AWAITING_ACTION', timeoutAction: 'ROLLBACK' },
    ]);
    expect(waiting.updatedAt).toBe(updatedAt / 1000);
    // Nothing changes while the PAUSE hook waits, not even the service deployment's updatedAt.
    engine.advance(5 * 60_000);
    expect(sd(engine, sdArn)).toEqual(waiting);
    expect(revisions(engine)).toEqual(['1', '1']);
  });

  it('times a PAUSE hook out at its exact expiry and takes its CONTINUE action; the bake time ends at its exact time', () => {
    const { engine, clock, sdArn, updatedAt } = updating({
      strategy: 'BLUE_GREEN',
      bakeTimeInMinutes: 2,
      lifecycleHooks: [
        {
          targetType: 'PAUSE',
          lifecycleStages: ['PRE_SCALE_UP'],
          timeoutConfiguration: { timeoutInMinutes: 3, action: 'CONTINUE' },
        },
      ],
    });
    engine.advance(1);
    expect(sd(engine, sdArn).lifecycleHookDetails).toEqual([
      {
        hookId: expect.any(String),
        targetType: 'PAUSE',
        status: 'AWAITING_ACTION',
        expiresAt: updatedAt / 1000 + 180,
        timeoutAction: 'CONTINUE',
      },
    ]);
    engine.advance(updatedAt + 180_000 - 1 - clock.now());
    expect(sd(engine, sdArn).lifecycleHookDetails?.[0].status).toBe('AWAITING_ACTION');
    expect(revisions(engine)).toEqual(['1', '1']);
    // A look at the very time it expires (a desired count left as it is wakes the service) takes the timeout action.
    engine.advance(1);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 2 });
    engine.advance(0);
    expect(sd(engine, sdArn).lifecycleStage).toBe('SCALE_UP');
    expect(revisions(engine)).toEqual(['1', '1', '2', '2']);

    engine.advance(5_000);
    const healthy = Math.max(...green(engine).map((t) => healthyAt(t.startedAt)));
    engine.advance(healthy - clock.now());
    expect(sd(engine, sdArn).lifecycleStage).toBe('BAKE_TIME');
    // Two minutes of bake from the moment the green tasks were healthy: the blue tasks stop at that very time.
    engine.advance(healthy + 120_000 - 1 - clock.now());
    expect(revisions(engine)).toEqual(['1', '1', '2', '2']);
    engine.advance(1);
    expect(sd(engine, sdArn).lifecycleStage).toBe('CLEAN_UP');
    expect(revisions(engine)).toEqual(['2', '2']);
    engine.advance(60_000);
    expect(sd(engine, sdArn).status).toBe('SUCCESSFUL');
  });

  it('does not time out a hook that was answered, though its timeout passes while its stage goes on', () => {
    const { engine, sdArn } = updating({
      strategy: 'CANARY',
      canaryConfiguration: { canaryPercent: 20, canaryBakeTimeInMinutes: 5 },
      lifecycleHooks: [
        { targetType: 'PAUSE', lifecycleStages: ['PRODUCTION_TRAFFIC_SHIFT'], timeoutConfiguration: { timeoutInMinutes: 1 } },
      ],
    });
    engine.advance(60_000);
    const waiting = sd(engine, sdArn);
    expect(waiting.lifecycleStage).toBe('PRODUCTION_TRAFFIC_SHIFT');
    const hookId = waiting.lifecycleHookDetails?.[0].hookId;
    engine.call('ContinueServiceDeployment', { serviceDeploymentArn: sdArn, hookId });
    engine.advance(3 * 60_000);
    const baking = sd(engine, sdArn);
    expect([baking.status, baking.lifecycleStage, baking.lifecycleHookDetails?.[0].status]).toEqual([
      'IN_PROGRESS',
      'PRODUCTION_TRAFFIC_SHIFT',
      'SUCCEEDED',
    ]);
    expect(baking.targetServiceRevision?.requestedProductionTrafficWeight).toBe(20);
    engine.advance(3 * 60_000);
    expect(sd(engine, sdArn).status).toBe('SUCCESSFUL');
    expect(revisions(engine)).toEqual(['2', '2']);
  });
});

describe('blue/green green tasks', () => {
  it('stays in SCALE_UP until every green task is healthy (a replaced one too), then goes to CLEAN_UP at once without bake time', () => {
    const { engine, clock, sdArn, updatedAt } = updating({ strategy: 'BLUE_GREEN' });
    engine.advance(20_000);
    const [stopped] = green(engine);
    expect(sd(engine, sdArn).lifecycleStage).toBe('SCALE_UP');
    engine.call('StopTask', { cluster: 'demo', task: stopped.taskArn });
    engine.advance(5_000);
    const replaced = green(engine);
    expect(replaced).toHaveLength(2);
    const [first, last] = replaced.map((t) => healthyAt(t.startedAt)).sort((a, b) => a - b);
    expect(first).toBe(updatedAt + 42_500);
    // The first green task is healthy, the replacement not yet: still SCALE_UP, no traffic moved.
    engine.advance(last - 1 - clock.now());
    const scaling = sd(engine, sdArn);
    expect(scaling.lifecycleStage).toBe('SCALE_UP');
    expect(scaling.targetServiceRevision?.requestedTestTrafficWeight).toBeUndefined();
    expect(revisions(engine)).toEqual(['1', '1', '2', '2']);
    // Both healthy: every stage up to CLEAN_UP in the same look, and the blue tasks stop.
    engine.advance(1);
    const cleaning = sd(engine, sdArn);
    expect(cleaning.lifecycleStage).toBe('CLEAN_UP');
    expect(cleaning.targetServiceRevision?.requestedTestTrafficWeight).toBe(100);
    expect(cleaning.targetServiceRevision?.requestedProductionTrafficWeight).toBe(100);
    expect(revisions(engine)).toEqual(['2', '2']);
    // Stopping the blue tasks is a change of the green deployment.
    expect(describeService(engine, 'web').deployments[0].updatedAt).toBe(last / 1000);
  });

  it('follows desired count changes made during the bake time: one more green task on scale-out, the extra ones stopped on scale-in', () => {
    const { engine, clock, sdArn } = updating({ strategy: 'BLUE_GREEN', bakeTimeInMinutes: 10 });
    engine.advance(60_000);
    expect(sd(engine, sdArn).lifecycleStage).toBe('BAKE_TIME');
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 3 });
    engine.advance(1_000);
    // One task started, none started too many and stopped again.
    expect(green(engine)).toHaveLength(3);
    expect(revisions(engine, 'STOPPED')).toEqual([]);
    engine.advance(60_000);
    const before = green(engine).map((t) => t.taskArn);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 1 });
    const scaledIn = clock.now();
    engine.advance(0);
    // Stopping the extra green tasks is a change of the green deployment.
    expect(describeService(engine, 'web').deployments[0].updatedAt).toBe(scaledIn / 1000);
    engine.advance(1_000);
    const kept = green(engine);
    expect(kept.map((t) => t.lastStatus)).toEqual(['RUNNING']);
    expect(before).toContain(kept[0].taskArn);
    expect(sd(engine, sdArn).lifecycleStage).toBe('BAKE_TIME');
    engine.advance(10 * 60_000);
    expect(sd(engine, sdArn).status).toBe('SUCCESSFUL');
    expect(revisions(engine)).toEqual(['2']);
  });
  it('starts a missing green task once when a look goes through several stages (scaled out while a hook waited)', () => {
    const { engine, sdArn } = updating({
      strategy: 'BLUE_GREEN',
      bakeTimeInMinutes: 5,
      lifecycleHooks: [{ targetType: 'PAUSE', lifecycleStages: ['POST_SCALE_UP'] }],
    });
    engine.advance(60_000);
    const waiting = sd(engine, sdArn);
    expect(waiting.lifecycleStage).toBe('POST_SCALE_UP');
    const hookId = waiting.lifecycleHookDetails?.[0]?.hookId;
    expect(hookId).toBeTruthy();
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 3 });
    engine.call('ContinueServiceDeployment', { serviceDeploymentArn: sdArn, hookId });
    engine.advance(1_000);
    expect(green(engine)).toHaveLength(3);
    expect(serviceTasks(engine, 'web', 'STOPPED').filter((t) => t.taskDefinitionArn?.endsWith(':2'))).toEqual([]);
    // Blue's 2, green's 2, then the one more: three start events, each naming the tasks it started.
    const started = messages(describeService(engine, 'web')).filter((m) => m.includes('has started'));
    expect(started.map((m) => m.match(/\(task /g)?.length)).toEqual([1, 2, 2]);
  });

  it('places a green task that found no room at the placement retry time, not at the next task notification', () => {
    const { engine, clock } = setup();
    // One task per instance (3,000 of its 4,096 MiB): the second green task finds no room.
    registerEc2(engine, 'ec2', 256, 3000);
    registerInstance(engine);
    engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'web',
      taskDefinition: 'ec2',
      desiredCount: 2,
      launchType: 'EC2',
      deploymentConfiguration: { strategy: 'BLUE_GREEN' },
    });
    const failedAt = clock.now();
    engine.advance(1_000);
    expect(messages(describeService(engine, 'web'))).toContainEqual(
      expect.stringMatching(/^\(service web\) was unable to place a task/),
    );
    registerInstance(engine);
    engine.advance(failedAt + 15_000 - 1 - clock.now());
    expect(serviceTasks(engine, 'web').map((t) => t.lastStatus)).toEqual(['RUNNING']);
    engine.advance(1);
    expect(serviceTasks(engine, 'web')).toHaveLength(2);
  });
});

describe('blue/green rollbacks', () => {
  it('lists the green deployment ACTIVE and FAILED beside the blue one PRIMARY again, with the hook’s reason', () => {
    const { engine, sdArn } = updating({
      strategy: 'BLUE_GREEN',
      lifecycleHooks: [{ targetType: 'PAUSE', lifecycleStages: ['POST_SCALE_UP'] }],
    });
    engine.advance(60_000);
    const hookId = sd(engine, sdArn).lifecycleHookDetails?.[0].hookId;
    engine.call('ContinueServiceDeployment', { serviceDeploymentArn: sdArn, hookId, action: 'ROLLBACK' });
    engine.advance(1);
    expect(deployments(engine)).toEqual([
      ['PRIMARY', 'IN_PROGRESS', '1'],
      ['ACTIVE', 'FAILED', '2'],
    ]);
    const reason = 'A lifecycle hook of the POST_SCALE_UP stage asked for a rollback.';
    expect(describeService(engine, 'web').deployments[1].rolloutStateReason).toBe(reason);
    expect(sd(engine, sdArn)).toMatchObject({ status: 'ROLLBACK_IN_PROGRESS', statusReason: reason });
    engine.advance(2 * 60_000);
    expect(sd(engine, sdArn).status).toBe('ROLLBACK_SUCCESSFUL');
    expect(deployments(engine)).toEqual([['PRIMARY', 'COMPLETED', '1']]);
  });

  it('rolls back to the last completed revision, not to a blue/green deployment it superseded', () => {
    const hooks = { strategy: 'BLUE_GREEN', lifecycleHooks: [{ targetType: 'PAUSE', lifecycleStages: ['POST_SCALE_UP'] }] };
    const { engine, blue } = updating(hooks);
    engine.advance(60_000);
    registerFargate(engine);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:3', deploymentConfiguration: hooks });
    engine.advance(60_000);
    const third = describeService(engine, 'web').currentServiceDeployment as string;
    expect(sd(engine, third).lifecycleStage).toBe('POST_SCALE_UP');
    expect(revisions(engine)).toEqual(['1', '1', '2', '2', '3', '3']);
    const hookId = sd(engine, third).lifecycleHookDetails?.[0].hookId;
    engine.call('ContinueServiceDeployment', { serviceDeploymentArn: third, hookId, action: 'ROLLBACK' });
    engine.advance(3 * 60_000);
    expect(describeService(engine, 'web').taskDefinition).toMatch(/web:1$/);
    expect(sd(engine, third).status).toBe('ROLLBACK_SUCCESSFUL');
    expect(
      serviceTasks(engine, 'web')
        .map((t) => t.taskArn)
        .sort(),
    ).toEqual([...blue].sort());
  });

  it('stops a first deployment where it is when a hook asks for a rollback: there is no blue revision to go back to', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, {
      serviceName: 'web',
      desiredCount: 1,
      deploymentConfiguration: {
        strategy: 'BLUE_GREEN',
        lifecycleHooks: [{ targetType: 'PAUSE', lifecycleStages: ['POST_SCALE_UP'] }],
      },
    });
    engine.advance(60_000);
    const sdArn = describeService(engine, 'web').currentServiceDeployment as string;
    const hookId = sd(engine, sdArn).lifecycleHookDetails?.[0].hookId;
    engine.call('ContinueServiceDeployment', { serviceDeploymentArn: sdArn, hookId, action: 'ROLLBACK' });
    engine.advance(60_000);
    const reason = 'A lifecycle hook of the POST_SCALE_UP stage asked for a rollback.';
    expect(sd(engine, sdArn)).toMatchObject({ status: 'STOPPED', statusReason: reason });
    expect(deployments(engine)).toEqual([['PRIMARY', 'FAILED', '1']]);
    expect(describeService(engine, 'web').deployments[0].rolloutStateReason).toBe(reason);
    expect(revisions(engine)).toEqual(['1']);
  });
});

describe('blue/green and the circuit breaker', () => {
  const FAILING = { 'ecs-local.image-pull': 'fail' };
  const UNABLE = '(service web) is unable to consistently start tasks successfully.';
  const failedEvents = (engine: Engine) =>
    messages(describeService(engine, 'web')).filter((m) => m.includes('deployment failed'));

  it('rolls back to blue once exactly 3 green tasks failed to start (desired count 1), and starts no more', () => {
    const { engine, sdArn, blue } = updating(
      { strategy: 'BLUE_GREEN', deploymentCircuitBreaker: { enable: true, rollback: true } },
      FAILING,
      1,
    );
    engine.advance(10 * 60_000);
    expect(serviceTasks(engine, 'web', 'STOPPED').filter((t) => t.taskDefinitionArn?.endsWith(':2'))).toHaveLength(3);
    expect(sd(engine, sdArn)).toMatchObject({
      status: 'ROLLBACK_SUCCESSFUL',
      statusReason: 'ECS deployment circuit breaker: tasks failed to start.',
    });
    expect(serviceTasks(engine, 'web').map((t) => t.taskArn)).toEqual(blue);
    const text = messages(describeService(engine, 'web'));
    expect(text.filter((m) => m === UNABLE)).toHaveLength(1);
    expect(failedEvents(engine)).toEqual([
      expect.stringMatching(/^\(service web\) \(deployment ecs-svc\/\d+\) deployment failed: tasks failed to start\.$/),
    ]);
  });

  it('without rollback, fails the green deployment once and leaves blue running', () => {
    const { engine, sdArn } = updating(
      { strategy: 'BLUE_GREEN', deploymentCircuitBreaker: { enable: true, rollback: false } },
      FAILING,
      1,
    );
    engine.advance(10 * 60_000);
    expect(serviceTasks(engine, 'web', 'STOPPED').filter((t) => t.taskDefinitionArn?.endsWith(':2'))).toHaveLength(3);
    expect(sd(engine, sdArn)).toMatchObject({
      status: 'STOPPED',
      statusReason: 'ECS deployment circuit breaker: tasks failed to start.',
    });
    const [primary] = describeService(engine, 'web').deployments;
    expect([primary.status, primary.rolloutState, primary.rolloutStateReason]).toEqual([
      'PRIMARY',
      'FAILED',
      'ECS deployment circuit breaker: tasks failed to start.',
    ]);
    expect(failedEvents(engine)).toHaveLength(1);
    expect(revisions(engine)).toEqual(['1']);
  });

  it('turned on once enough green tasks failed, fails the deployment at the next look and moves its updatedAt', () => {
    const { engine, clock, sdArn } = updating({ strategy: 'BLUE_GREEN' }, FAILING, 1);
    engine.advance(30_000);
    // A look that counts no new failure (nothing changed since the last one): only the trip itself changes the deployment.
    for (let i = 0; i < 100 && (describeService(engine, 'web').deployments[0].updatedAt as number) * 1000 >= clock.now(); i++)
      engine.advance(100);
    const before = describeService(engine, 'web').deployments[0];
    expect(before.failedTasks).toBeGreaterThanOrEqual(3);
    expect((before.updatedAt as number) * 1000).toBeLessThan(clock.now());
    engine.call('UpdateService', {
      cluster: 'demo',
      service: 'web',
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: false } },
    });
    engine.advance(0);
    const [green] = describeService(engine, 'web').deployments;
    expect([green.id, green.rolloutState, green.rolloutStateReason]).toEqual([
      before.id,
      'FAILED',
      'ECS deployment circuit breaker: tasks failed to start.',
    ]);
    expect(green.failedTasks).toBe(before.failedTasks);
    expect((green.updatedAt as number) * 1000).toBe(clock.now());
    expect(sd(engine, sdArn)).toMatchObject({ status: 'STOPPED' });
  });

  it('with the circuit breaker off, says once that it cannot start tasks and keeps trying', () => {
    const { engine, sdArn } = updating({ strategy: 'BLUE_GREEN' }, FAILING, 1);
    engine.advance(60_000);
    expect(serviceTasks(engine, 'web', 'STOPPED').filter((t) => t.taskDefinitionArn?.endsWith(':2')).length).toBeGreaterThan(5);
    expect(messages(describeService(engine, 'web')).filter((m) => m === UNABLE)).toHaveLength(1);
    expect(failedEvents(engine)).toEqual([]);
    expect(sd(engine, sdArn)).toMatchObject({ status: 'IN_PROGRESS', lifecycleStage: 'SCALE_UP' });
  });
});
