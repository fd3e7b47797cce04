import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../testing/engine';
import { ReportingRuntime } from '../../../testing/reporting-runtime';
import {
  createService,
  describeService,
  liveTasks,
  messages,
  NETWORK,
  registerFargate,
  type Svc,
  serviceTasks,
  setup,
} from '../../../testing/services';

const DEADLOCK = 'was unable to stop or start tasks during a deployment because of the service deployment configuration';

/** Rolls `web` from revision 1 to 2 with the given percentages, checking the limits after every 250 ms step. */
function roll(desired: number, maximumPercent: number, minimumHealthyPercent: number) {
  const { engine } = setup();
  registerFargate(engine);
  createService(engine, {
    serviceName: 'web',
    desiredCount: desired,
    deploymentConfiguration: { maximumPercent, minimumHealthyPercent },
  });
  engine.advance(60_000);
  const before = describeService(engine, 'web');
  expect(before.deployments).toHaveLength(1);
  expect(before.runningCount).toBe(desired);
  const v2 = registerFargate(engine, 'web', { version: '2' });
  engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
  const maxTotal = Math.floor((maximumPercent * desired) / 100);
  const minHealthy = Math.ceil((minimumHealthyPercent * desired) / 100);
  let sawTwoDeployments = false;
  let service: Svc = describeService(engine, 'web');
  let sawBelowMin = false;
  for (let step = 0; step < 1200; step++) {
    engine.advance(250);
    service = describeService(engine, 'web');
    const live = liveTasks(engine, 'web');
    const running = live.filter((t) => t.lastStatus === 'RUNNING').length;
    const pending = live.filter((t) => ['PROVISIONING', 'PENDING', 'ACTIVATING'].includes(t.lastStatus ?? '')).length;
    // Counts agree with DescribeTasks at every step.
    expect(service.runningCount).toBe(running);
    expect(service.pendingCount).toBe(pending);
    expect(running + pending).toBeLessThanOrEqual(Math.max(maxTotal, desired));
    const runningWanted = live.filter((t) => t.lastStatus === 'RUNNING' && t.desiredStatus === 'RUNNING').length;
    if (runningWanted < minHealthy) sawBelowMin = true;
    if (service.deployments.length > 1) sawTwoDeployments = true;
    if (service.deployments.length === 1 && service.deployments[0].rolloutState === 'COMPLETED') break;
  }
  expect(service.deployments).toHaveLength(1);
  expect(service.deployments[0].taskDefinition).toBe(v2);
  expect(service.deployments[0].rolloutState).toBe('COMPLETED');
  expect(service.runningCount).toBe(desired);
  expect(serviceTasks(engine, 'web').every((t) => t.taskDefinitionArn === v2)).toBe(true);
  return { engine, service, sawBelowMin, sawTwoDeployments };
}

describe('rolling deployments', () => {
  it('replaces every task within max 200 / min 100 and never drops below the healthy minimum', () => {
    const { service, sawBelowMin, sawTwoDeployments } = roll(4, 200, 100);
    expect(sawBelowMin).toBe(false);
    expect(sawTwoDeployments).toBe(true);
    const text = messages(service);
    expect(text[0]).toBe('(service web) has reached a steady state.');
    expect(text[1]).toMatch(/^\(service web\) \(deployment ecs-svc\/\d{19}\) deployment completed\.$/);
    // The four old tasks stop together once the four new ones are healthy: max 200 lets all new ones start at once.
    expect(text[2]).toMatch(/^\(service web\) has stopped 4 running tasks: (\(task [0-9a-f]{32}\) ?){4}\.$/);
    expect(text[3]).toMatch(/^\(service web\) has started 4 tasks: (\(task [0-9a-f]{32}\) ?){4}\.$/);
  });

  it('rolls with max 100 / min 50 by stopping old tasks first', () => {
    const { service, sawBelowMin, sawTwoDeployments } = roll(4, 100, 50);
    expect(sawBelowMin).toBe(false);
    expect(sawTwoDeployments).toBe(true);
    // Min 50 lets two old tasks go at a time: no deadlock to break, so no word about the configuration.
    expect(messages(service).filter((m) => m.includes(DEADLOCK))).toEqual([]);
    expect(messages(service).filter((m) => m.includes('has stopped 2 running tasks'))).toHaveLength(2);
  });

  it('rolls with max 150 / min 50 on an odd count (rounding down and up)', () => {
    // Min 50% of 3 is 2 tasks (rounded up): rounding down to 1 would let two old tasks stop at once.
    const { sawBelowMin, sawTwoDeployments } = roll(3, 150, 50);
    expect(sawBelowMin).toBe(false);
    expect(sawTwoDeployments).toBe(true);
  });

  it('does not deadlock with max 100 / min 100, and says why it moved anyway', () => {
    const { service, sawBelowMin } = roll(2, 100, 100);
    // Moving anyway means stopping one old task first: below the minimum for a moment, on purpose.
    expect(sawBelowMin).toBe(true);
    // Said once per deployment, though it moved anyway once for each of the two old tasks.
    expect(messages(service).filter((m) => m.includes(DEADLOCK))).toHaveLength(1);
    expect(messages(service).filter((m) => m.includes('has stopped 1 running tasks'))).toHaveLength(2);
  });

  it('rolls with min 0 by replacing everything at once', () => {
    const { sawTwoDeployments } = roll(3, 100, 0);
    // The old tasks leave RUNNING in the step that starts the new ones, so the old deployment is gone before the
    // first look.
    expect(sawTwoDeployments).toBe(false);
  });

  it('starts a new deployment on forceNewDeployment with the same revision', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 1 });
    engine.advance(60_000);
    const first = describeService(engine, 'web').deployments[0].id;
    engine.call('UpdateService', { cluster: 'demo', service: 'web', forceNewDeployment: true });
    const during = describeService(engine, 'web');
    expect(during.deployments.map((d) => d.status)).toEqual(['PRIMARY', 'ACTIVE']);
    expect(during.deployments[1].id).toBe(first);
    engine.advance(120_000);
    const after = describeService(engine, 'web');
    expect(after.deployments).toHaveLength(1);
    expect(after.deployments[0].id).not.toBe(first);
    expect(after.deployments[0].rolloutState).toBe('COMPLETED');
  });
  it('keeps old tasks that are still warming up when an update comes early (min 100)', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 2 });
    // RUNNING after a few seconds, but not yet counted as healthy (no health check: 40 s of running first).
    engine.advance(10_000);
    const old = liveTasks(engine, 'web').filter((t) => t.lastStatus === 'RUNNING');
    expect(old).toHaveLength(2);
    registerFargate(engine, 'web', { version: '2' });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
    engine.advance(5_000);
    const stillRunning = liveTasks(engine, 'web').filter(
      (t) => old.some((o) => o.taskArn === t.taskArn) && t.desiredStatus === 'RUNNING',
    );
    expect(stillRunning).toHaveLength(2);
  });
});

/** The service's tasks still wanted (desired RUNNING), by ARN. */
function wantedArns(engine: ReturnType<typeof setup>['engine']): string[] {
  return serviceTasks(engine, 'web')
    .map((t) => t.taskArn as string)
    .sort();
}

describe('scaling the current deployment in and out', () => {
  it('a scale-out that starts tasks updates the deployment at once', () => {
    const { engine, clock } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 1 });
    engine.advance(120_000);
    const before = describeService(engine, 'web').deployments[0];
    expect(before.rolloutState).toBe('COMPLETED');
    expect(Number(before.updatedAt)).toBeLessThan(clock.now() / 1000);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 2 });
    engine.advance(250);
    const after = describeService(engine, 'web');
    expect(after.pendingCount).toBe(1);
    expect(Number(after.deployments[0].updatedAt)).toBe(Math.floor(clock.now() / 1000));
  });

  it('stops the tasks not yet healthy first, whatever their age', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 2 });
    engine.advance(60_000);
    const healthy = wantedArns(engine);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 4 });
    // The two new tasks run but are not healthy yet (40 s without a health check).
    engine.advance(15_000);
    expect(liveTasks(engine, 'web').filter((t) => t.lastStatus === 'RUNNING')).toHaveLength(4);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 2 });
    engine.advance(1_000);
    expect(wantedArns(engine)).toEqual(healthy);
  });

  it('stops a task not yet healthy before a newer healthy one (its containers started later)', () => {
    // A runtime that reports when each task's containers start, as Docker does after a pull of its own length.
    const runtime = new ReportingRuntime();
    const { engine, clock } = testEngine(undefined, { runtime });
    engine.call('CreateCluster', { clusterName: 'demo' });
    registerFargate(engine);
    const started = (arn: string) =>
      runtime.sink?.report('us-east-1', arn, [
        { type: 'started', at: clock.now(), containers: [{ name: 'web', runtimeId: arn.slice(-12) }] },
      ]);
    createService(engine, { serviceName: 'web', desiredCount: 1 });
    engine.advance(2_000);
    const [older] = wantedArns(engine);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 2 });
    engine.advance(2_000);
    const [newer] = wantedArns(engine).filter((a) => a !== older);
    // The newer task's containers start first and it turns healthy (40 s RUNNING without a health check); the older
    // one's start 30 s later, so it is still warming up.
    started(newer);
    engine.advance(30_000);
    started(older);
    engine.advance(12_000);
    const live = liveTasks(engine, 'web');
    expect(live.map((t) => t.lastStatus)).toEqual(['RUNNING', 'RUNNING']);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 1 });
    engine.advance(250);
    expect(wantedArns(engine)).toEqual([newer]);
  });

  it('among healthy tasks, stops the newest first', () => {
    const { engine, clock } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 1 });
    engine.advance(60_000);
    const oldest = wantedArns(engine);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 2 });
    engine.advance(60_000);
    const second = wantedArns(engine).filter((a) => !oldest.includes(a));
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 3 });
    engine.advance(60_000);
    expect(describeService(engine, 'web').runningCount).toBe(3);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 2 });
    engine.advance(1_000);
    expect(wantedArns(engine)).toEqual([...oldest, ...second].sort());
    const scaledIn = Math.floor(clock.now() / 1000);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 1 });
    engine.advance(1_000);
    expect(wantedArns(engine)).toEqual(oldest);
    // The step that stopped a task updated the deployment.
    expect(Number(describeService(engine, 'web').deployments[0].updatedAt)).toBeGreaterThanOrEqual(scaledIn);
  });
});

/** The ARNs of `web`'s tasks still wanted (desired RUNNING) that the given ones include. */
function stillWanted(engine: ReturnType<typeof setup>['engine'], arns: string[]): string[] {
  return wantedArns(engine).filter((a) => arns.includes(a));
}

describe('old tasks during a rolling deployment', () => {
  it('stops old tasks that are still starting at once, whatever the minimum', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 2 });
    engine.advance(500);
    const old = wantedArns(engine);
    expect(liveTasks(engine, 'web').every((t) => t.lastStatus !== 'RUNNING')).toBe(true);
    registerFargate(engine, 'web', { version: '2' });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
    engine.advance(250);
    expect(stillWanted(engine, old)).toEqual([]);
  });

  it('stops an old task still warming up once the healthy minimum holds without it (min 50)', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, {
      serviceName: 'web',
      desiredCount: 1,
      deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 50 },
    });
    engine.advance(60_000);
    const healthy = wantedArns(engine);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 2 });
    engine.advance(10_000);
    const warming = wantedArns(engine).filter((a) => !healthy.includes(a));
    expect(warming).toHaveLength(1);
    registerFargate(engine, 'web', { version: '2' });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
    engine.advance(250);
    // Min 50% of 2 is 1 healthy task: the healthy one stays, the warming one goes.
    expect(stillWanted(engine, [...healthy, ...warming])).toEqual(healthy);
  });

  it('stops old healthy tasks down to the minimum of a desired count lowered mid-deployment', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 3 });
    engine.advance(60_000);
    const old = wantedArns(engine);
    registerFargate(engine, 'web', { version: '2' });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
    // The three new tasks run, not healthy yet; the three old ones stay (min 100).
    engine.advance(20_000);
    expect(stillWanted(engine, old)).toHaveLength(3);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 1 });
    engine.advance(250);
    // Two new tasks go (scale-in), and of the old ones only what min 100% of 1 needs stays healthy: one.
    expect(stillWanted(engine, old)).toHaveLength(1);
    expect(wantedArns(engine)).toHaveLength(2);
  });

  it('counts a healthy new task scaled in mid-deployment out of the healthy minimum: the old healthy task stays', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, {
      serviceName: 'web',
      desiredCount: 2,
      deploymentConfiguration: { maximumPercent: 150, minimumHealthyPercent: 100 },
    });
    engine.advance(60_000);
    const old = wantedArns(engine);
    registerFargate(engine, 'web', { version: '2' });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
    // Max 150 of 2 is 3 tasks: one new task at a time.
    engine.advance(5_000);
    const [firstNew, ...others] = wantedArns(engine).filter((a) => !old.includes(a));
    expect(others).toEqual([]);
    // Once the first is healthy one old task goes and the second new one starts.
    engine.advance(40_000);
    const kept = stillWanted(engine, old);
    expect(kept).toHaveLength(1);
    const [secondNew] = wantedArns(engine).filter((a) => !old.includes(a) && a !== firstNew);
    expect(wantedArns(engine)).toEqual([...kept, firstNew, secondNew].sort());
    // The second new task, not yet healthy, is protected: the scale-in to 1 can only stop the healthy first one.
    engine.call('UpdateTaskProtection', { cluster: 'demo', tasks: [secondNew], protectionEnabled: true, expiresInMinutes: 5 });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 1 });
    engine.advance(250);
    // Min 100% of 1 needs one healthy task: with the new healthy one gone, the old healthy one is it.
    expect(wantedArns(engine)).toEqual([...kept, secondNew].sort());
  });

  it('with max 100 / min 100 and the old task protected, waits: no task beyond the maximum', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, {
      serviceName: 'web',
      desiredCount: 1,
      deploymentConfiguration: { maximumPercent: 100, minimumHealthyPercent: 100 },
    });
    engine.advance(60_000);
    const old = wantedArns(engine);
    engine.call('UpdateTaskProtection', { cluster: 'demo', tasks: old, protectionEnabled: true, expiresInMinutes: 5 });
    registerFargate(engine, 'web', { version: '2' });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
    engine.advance(60_000);
    expect(wantedArns(engine)).toEqual(old);
    expect(liveTasks(engine, 'web')).toHaveLength(1);
    expect(messages(describeService(engine, 'web')).filter((m) => m.includes(DEADLOCK))).toHaveLength(1);
    engine.advance(5 * 60_000);
    expect(stillWanted(engine, old)).toEqual([]);
  });
});

describe('a REPLICA service that cannot place its tasks', () => {
  it('retries without updating its deployment: nothing changed', () => {
    const { engine } = setup();
    engine.call('RegisterTaskDefinition', {
      family: 'ec2',
      requiresCompatibilities: ['EC2'],
      containerDefinitions: [{ name: 'app', image: 'busybox', memory: 128, essential: true }],
    });
    engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'app',
      taskDefinition: 'ec2',
      desiredCount: 1,
      launchType: 'EC2',
    });
    const created = describeService(engine, 'app').deployments[0];
    engine.advance(120_000);
    const later = describeService(engine, 'app');
    expect(later.pendingCount + later.runningCount).toBe(0);
    expect(later.deployments[0].updatedAt).toBe(created.updatedAt);
  });
});

describe('a deleted (DRAINING) service', () => {
  it('stops a task that joins it while it drains (its group and deployment), once, then turns INACTIVE', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 2 });
    engine.advance(60_000);
    const deployment = describeService(engine, 'web').deployments[0].id;
    engine.call('DeleteService', { cluster: 'demo', service: 'web', force: true });
    // A task started by hand as the service's own, after DeleteService stopped the service's tasks.
    const out = engine.call('RunTask', {
      cluster: 'demo',
      taskDefinition: 'web',
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
      group: 'service:web',
      startedBy: deployment,
    }) as { tasks: { taskArn: string }[] };
    const late = out.tasks[0].taskArn;
    expect(wantedArns(engine)).toEqual([late]);
    for (let look = 0; look < 20; look++) engine.advance(250);
    const service = describeService(engine, 'web');
    expect(service.status).toBe('INACTIVE');
    expect(wantedArns(engine)).toEqual([]);
    const [task] = serviceTasks(engine, 'web', 'STOPPED').filter((t) => t.taskArn === late);
    expect(task.stopCode).toBe('ServiceSchedulerInitiated');
    // One event for the two tasks DeleteService stopped, one for the late task; none again while they stop.
    expect(messages(service).filter((m) => m.startsWith('(service web) has stopped'))).toEqual([
      `(service web) has stopped 1 running tasks: (task ${late.slice(late.lastIndexOf('/') + 1)}).`,
      expect.stringMatching(/^\(service web\) has stopped 2 running tasks: (\(task [0-9a-f]{32}\) ?){2}\.$/),
    ]);
  });

  it('stays DRAINING in the look that stops such a task, though it goes straight to DEPROVISIONING', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 0 });
    engine.advance(1_000);
    const deployment = describeService(engine, 'web').deployments[0].id;
    engine.call('DeleteService', { cluster: 'demo', service: 'web' });
    const out = engine.call('RunTask', {
      cluster: 'demo',
      taskDefinition: 'web',
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
      group: 'service:web',
      startedBy: deployment,
    }) as { tasks: { taskArn: string }[] };
    engine.advance(0);
    // Not started yet: stopped straight to DEPROVISIONING, but the look that stopped it does not end the draining.
    expect(serviceTasks(engine, 'web', 'STOPPED').map((t) => [t.taskArn, t.lastStatus])).toEqual([
      [out.tasks[0].taskArn, 'DEPROVISIONING'],
    ]);
    expect(describeService(engine, 'web').status).toBe('DRAINING');
    engine.advance(5_000);
    expect(describeService(engine, 'web').status).toBe('INACTIVE');
  });
});
