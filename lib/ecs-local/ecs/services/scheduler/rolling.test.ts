import { describe, expect, it } from 'vitest';
import {
  createService,
  describeService,
  liveTasks,
  messages,
  registerFargate,
  type Svc,
  serviceTasks,
  setup,
} from '../../../testing/services';

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
    const { sawBelowMin, sawTwoDeployments } = roll(4, 100, 50);
    expect(sawBelowMin).toBe(false);
    expect(sawTwoDeployments).toBe(true);
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
    expect(
      messages(service).some((m) =>
        m.includes('was unable to stop or start tasks during a deployment because of the service deployment configuration'),
      ),
    ).toBe(true);
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
