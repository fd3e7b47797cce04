// Blue/green (and canary) deployments through their lifecycle stages over time, lifecycle hooks answered with
// ContinueServiceDeployment, StopServiceDeployment, and the service revisions deployments record.
import type { ServiceDeployment, ServiceRevision } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import type { Wire } from '../../../protocol/serialize';
import { ecsError } from '../../../testing/engine';
import { createService, describeService, registerFargate, serviceTasks, setup } from '../../../testing/services';

type Engine = ReturnType<typeof setup>['engine'];

function sd(engine: Engine, arn: string): Wire<ServiceDeployment> {
  const out = engine.call('DescribeServiceDeployments', { serviceDeploymentArns: [arn] }) as {
    serviceDeployments: Wire<ServiceDeployment>[];
  };
  return out.serviceDeployments[0];
}

function latestSd(engine: Engine): Wire<ServiceDeployment> {
  return sd(engine, describeService(engine, 'web').currentServiceDeployment as string);
}

/** A service on web:1 that finished its first deployment (with the same strategy, without hooks), then an update to web:2. */
function updating(deploymentConfiguration: Record<string, unknown>) {
  const fixture = setup();
  const { engine } = fixture;
  registerFargate(engine);
  const { lifecycleHooks: _, ...first } = deploymentConfiguration;
  createService(engine, { serviceName: 'web', desiredCount: 2, deploymentConfiguration: first });
  engine.advance(15 * 60_000);
  expect(describeService(engine, 'web').deployments.map((d) => d.rolloutState)).toEqual(['COMPLETED']);
  const blue = serviceTasks(engine, 'web').map((t) => t.taskArn);
  registerFargate(engine);
  engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2', deploymentConfiguration });
  return { ...fixture, blue, sdArn: describeService(engine, 'web').currentServiceDeployment as string };
}

const byRevision = (engine: Engine) => serviceTasks(engine, 'web').map((t) => t.taskDefinitionArn?.split(':').pop());

describe('blue/green deployments', () => {
  it('start all green tasks beside the blue ones, shift traffic, bake, then clean up the blue tasks', () => {
    const { engine, sdArn } = updating({ strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5 });
    engine.advance(60_000);
    expect(byRevision(engine).sort()).toEqual(['1', '1', '2', '2']);
    const baking = sd(engine, sdArn);
    expect(baking.lifecycleStage).toBe('BAKE_TIME');
    expect(baking.targetServiceRevision?.requestedProductionTrafficWeight).toBe(100);
    expect(baking.targetServiceRevision?.requestedTestTrafficWeight).toBe(100);
    expect(baking.sourceServiceRevisions?.[0].requestedProductionTrafficWeight).toBe(0);
    engine.advance(4 * 60_000);
    expect(byRevision(engine)).toContain('1');
    engine.advance(2 * 60_000);
    expect(byRevision(engine)).toEqual(['2', '2']);
    const done = sd(engine, sdArn);
    expect(done.status).toBe('SUCCESSFUL');
    expect(done.lifecycleStage).toBe('CLEAN_UP');
    const service = describeService(engine, 'web');
    expect(service.deployments.map((d) => [d.status, d.rolloutState, d.taskDefinition?.split(':').pop()])).toEqual([
      ['PRIMARY', 'COMPLETED', '2'],
    ]);
  });

  it('waits at a PAUSE hook until ContinueServiceDeployment, then completes', () => {
    const { engine, sdArn } = updating({
      strategy: 'BLUE_GREEN',
      lifecycleHooks: [{ targetType: 'PAUSE', lifecycleStages: ['POST_SCALE_UP'] }],
    });
    engine.advance(5 * 60_000);
    const paused = sd(engine, sdArn);
    expect(paused.lifecycleStage).toBe('POST_SCALE_UP');
    const [hook] = paused.lifecycleHookDetails ?? [];
    expect(hook).toMatchObject({ targetType: 'PAUSE', status: 'AWAITING_ACTION', timeoutAction: 'ROLLBACK' });
    expect(byRevision(engine).sort()).toEqual(['1', '1', '2', '2']);
    expect(() => engine.call('ContinueServiceDeployment', { serviceDeploymentArn: sdArn, hookId: 'nope' })).toThrow(
      ecsError('InvalidParameterException', /no lifecycle hook nope/),
    );
    engine.call('ContinueServiceDeployment', { serviceDeploymentArn: sdArn, hookId: hook.hookId, action: 'CONTINUE' });
    engine.advance(60_000);
    expect(sd(engine, sdArn).status).toBe('SUCCESSFUL');
    expect(byRevision(engine)).toEqual(['2', '2']);
  });

  it('rolls back when a hook is answered ROLLBACK: blue is primary again and the green tasks stop', () => {
    const { engine, sdArn, blue } = updating({
      strategy: 'BLUE_GREEN',
      lifecycleHooks: [{ targetType: 'PAUSE', lifecycleStages: ['POST_PRODUCTION_TRAFFIC_SHIFT'] }],
    });
    engine.advance(2 * 60_000);
    const hook = sd(engine, sdArn).lifecycleHookDetails?.[0];
    expect(sd(engine, sdArn).lifecycleStage).toBe('POST_PRODUCTION_TRAFFIC_SHIFT');
    engine.call('ContinueServiceDeployment', { serviceDeploymentArn: sdArn, hookId: hook?.hookId, action: 'ROLLBACK' });
    engine.advance(1_000);
    expect(sd(engine, sdArn).status).toBe('ROLLBACK_IN_PROGRESS');
    engine.advance(60_000);
    const after = sd(engine, sdArn);
    expect(after.status).toBe('ROLLBACK_SUCCESSFUL');
    expect(after.rollback?.reason).toMatch(/^ECS deployment circuit breaker: rolling back to deploymentId ecs-svc\//);
    expect(after.targetServiceRevision?.requestedProductionTrafficWeight).toBe(0);
    expect(
      serviceTasks(engine, 'web')
        .map((t) => t.taskArn)
        .sort(),
    ).toEqual([...blue].sort());
    expect(describeService(engine, 'web').taskDefinition).toMatch(/web:1$/);
  });

  it('takes a hook timeout action: ROLLBACK by default', () => {
    const { engine, sdArn } = updating({
      strategy: 'BLUE_GREEN',
      lifecycleHooks: [{ targetType: 'PAUSE', lifecycleStages: ['PRE_SCALE_UP'], timeoutConfiguration: { timeoutInMinutes: 3 } }],
    });
    engine.advance(2 * 60_000);
    expect(byRevision(engine)).toEqual(['1', '1']);
    engine.advance(2 * 60_000);
    expect(sd(engine, sdArn).lifecycleHookDetails?.[0].status).toBe('TIMED_OUT');
    expect(sd(engine, sdArn).status).toBe('ROLLBACK_SUCCESSFUL');
  });

  it('moves production traffic in canary steps with a bake between them', () => {
    const { engine, sdArn } = updating({
      strategy: 'CANARY',
      canaryConfiguration: { canaryPercent: 20, canaryBakeTimeInMinutes: 3 },
    });
    engine.advance(90_000);
    expect(sd(engine, sdArn).targetServiceRevision?.requestedProductionTrafficWeight).toBe(20);
    expect(sd(engine, sdArn).lifecycleStage).toBe('PRODUCTION_TRAFFIC_SHIFT');
    engine.advance(3 * 60_000);
    expect(sd(engine, sdArn).targetServiceRevision?.requestedProductionTrafficWeight).toBe(100);
    engine.advance(60_000);
    expect(sd(engine, sdArn).status).toBe('SUCCESSFUL');
  });

  it("takes a service's first deployment through the stages too, waiting at its hooks", () => {
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
    engine.advance(3 * 60_000);
    expect(describeService(engine, 'web').deployments[0].rolloutState).toBe('IN_PROGRESS');
    const first = latestSd(engine);
    expect(first.lifecycleStage).toBe('POST_SCALE_UP');
    engine.call('ContinueServiceDeployment', {
      serviceDeploymentArn: first.serviceDeploymentArn,
      hookId: first.lifecycleHookDetails?.[0].hookId,
    });
    engine.advance(30_000);
    expect(describeService(engine, 'web').deployments[0].rolloutState).toBe('COMPLETED');
    expect(latestSd(engine).status).toBe('SUCCESSFUL');
  });

  it('refuses settings ECS refuses', () => {
    const { engine } = setup();
    registerFargate(engine);
    const create = (deploymentConfiguration: Record<string, unknown>) => () =>
      createService(engine, { serviceName: 'bad', desiredCount: 1, deploymentConfiguration });
    expect(create({ lifecycleHooks: [{ targetType: 'PAUSE', lifecycleStages: ['PRE_SCALE_UP'] }] })).toThrow(
      ecsError('InvalidParameterException', /Lifecycle hooks are supported only with the BLUE_GREEN/),
    );
    expect(create({ strategy: 'BLUE_GREEN', lifecycleHooks: [{ lifecycleStages: ['PRE_SCALE_UP'] }] })).toThrow(
      ecsError('InvalidParameterException', /needs a hookTargetArn/),
    );
    expect(create({ strategy: 'LINEAR', linearConfiguration: { stepPercent: 1 } })).toThrow(
      ecsError('InvalidParameterException', 'linearConfiguration.stepPercent must be between 3 and 100; got 1.'),
    );
    expect(create({ strategy: 'BLUE_GREEN', bakeTimeInMinutes: 2000 })).toThrow(
      ecsError('InvalidParameterException', 'bakeTimeInMinutes must be between 0 and 1440 minutes; got 2000.'),
    );
  });
});

describe('StopServiceDeployment', () => {
  it('rolls a rolling deployment back: requested, in progress, then successful', () => {
    const { engine, sdArn } = updating({});
    expect(engine.call('StopServiceDeployment', { serviceDeploymentArn: sdArn })).toEqual({ serviceDeploymentArn: sdArn });
    expect(sd(engine, sdArn).status).toBe('ROLLBACK_REQUESTED');
    expect(() => engine.call('StopServiceDeployment', { serviceDeploymentArn: sdArn })).toThrow(ecsError('ConflictException'));
    engine.advance(500);
    expect(sd(engine, sdArn).status).toBe('ROLLBACK_IN_PROGRESS');
    engine.advance(120_000);
    expect(sd(engine, sdArn).status).toBe('ROLLBACK_SUCCESSFUL');
    expect(byRevision(engine)).toEqual(['1', '1']);
    expect(describeService(engine, 'web').deployments[0].rolloutState).toBe('COMPLETED');
    expect(() => engine.call('StopServiceDeployment', { serviceDeploymentArn: sdArn })).toThrow(
      ecsError('ConflictException', /only a service deployment in progress can be stopped/),
    );
  });

  it('rolls a blue/green deployment back during its bake time', () => {
    const { engine, sdArn, blue } = updating({ strategy: 'BLUE_GREEN', bakeTimeInMinutes: 10 });
    engine.advance(2 * 60_000);
    expect(sd(engine, sdArn).lifecycleStage).toBe('BAKE_TIME');
    engine.call('StopServiceDeployment', { serviceDeploymentArn: sdArn, stopType: 'ROLLBACK' });
    engine.advance(60_000);
    expect(sd(engine, sdArn).status).toBe('ROLLBACK_SUCCESSFUL');
    expect(
      serviceTasks(engine, 'web')
        .map((t) => t.taskArn)
        .sort(),
    ).toEqual([...blue].sort());
  });

  it('aborts where it is, and refuses unknown deployments and rollbacks with nothing to go back to', () => {
    const { engine, sdArn } = updating({});
    engine.call('StopServiceDeployment', { serviceDeploymentArn: sdArn, stopType: 'ABORT' });
    engine.advance(1_000);
    expect(sd(engine, sdArn)).toMatchObject({
      status: 'STOPPED',
      statusReason: expect.stringMatching(/stopped because of a StopServiceDeployment request/),
    });
    expect(describeService(engine, 'web').deployments[0].rolloutState).toBe('FAILED');
    expect(() =>
      engine.call('StopServiceDeployment', {
        serviceDeploymentArn: 'arn:aws:ecs:us-east-1:000000000000:service-deployment/demo/web/x',
      }),
    ).toThrow(ecsError('ServiceDeploymentNotFoundException'));
    createService(engine, { serviceName: 'fresh', desiredCount: 1 });
    const first = describeService(engine, 'fresh').currentServiceDeployment;
    expect(() => engine.call('StopServiceDeployment', { serviceDeploymentArn: first })).toThrow(
      ecsError('ConflictException', /no previous service revision to roll back to/),
    );
  });
});

describe('DescribeServiceRevisions', () => {
  it('describes the revisions service deployments name, and reports unknown ones as MISSING', () => {
    const { engine, sdArn } = updating({});
    const deployment = sd(engine, sdArn);
    const target = deployment.targetServiceRevision?.arn as string;
    const source = deployment.sourceServiceRevisions?.[0].arn as string;
    const out = engine.call('DescribeServiceRevisions', { serviceRevisionArns: [target, source, `${target}x`] }) as {
      serviceRevisions: Wire<ServiceRevision>[];
      failures: unknown[];
    };
    expect(out.serviceRevisions.map((r) => r.taskDefinition?.split(':').pop())).toEqual(['2', '1']);
    expect(out.serviceRevisions[0]).toMatchObject({
      serviceRevisionArn: target,
      launchType: 'FARGATE',
      platformVersion: '1.4.0',
      containerImages: [
        { containerName: 'web', image: 'nginx:latest', imageDigest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) },
      ],
    });
    expect(out.failures).toEqual([{ arn: `${target}x`, reason: 'MISSING' }]);
  });
});
