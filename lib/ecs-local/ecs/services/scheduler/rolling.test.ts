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
  // With min 0 the old tasks leave RUNNING at once, so the old deployment may be gone before the first look.
  if (minHealthy > 0) expect(sawTwoDeployments).toBe(true);
  expect(service.deployments).toHaveLength(1);
  expect(service.deployments[0].taskDefinition).toBe(v2);
  expect(service.deployments[0].rolloutState).toBe('COMPLETED');
  expect(service.runningCount).toBe(desired);
  expect(serviceTasks(engine, 'web').every((t) => t.taskDefinitionArn === v2)).toBe(true);
  return { engine, service, sawBelowMin };
}

describe('rolling deployments', () => {
  it('replaces every task within max 200 / min 100 and never drops below the healthy minimum', () => {
    const { service, sawBelowMin } = roll(4, 200, 100);
    expect(sawBelowMin).toBe(false);
    const text = messages(service);
    expect(text[0]).toBe('(service web) has reached a steady state.');
    expect(text[1]).toMatch(/^\(service web\) \(deployment ecs-svc\/\d{19}\) deployment completed\.$/);
    expect(text.some((m) => /has stopped 4 running tasks|has stopped \d running tasks/.test(m))).toBe(true);
  });

  it('rolls with max 100 / min 50 by stopping old tasks first', () => {
    const { sawBelowMin } = roll(4, 100, 50);
    expect(sawBelowMin).toBe(false);
  });

  it('rolls with max 150 / min 50 on an odd count (rounding down and up)', () => {
    roll(3, 150, 50);
  });

  it('does not deadlock with max 100 / min 100, and says why it moved anyway', () => {
    const { service } = roll(2, 100, 100);
    expect(
      messages(service).some((m) =>
        m.includes('was unable to stop or start tasks during a deployment because of the service deployment configuration'),
      ),
    ).toBe(true);
  });

  it('rolls with min 0 by replacing everything at once', () => {
    roll(3, 100, 0);
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
