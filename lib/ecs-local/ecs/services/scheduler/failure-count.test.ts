// The deployment's failedTasks while its tasks crash over and over (no circuit breaker to stop it): every task that
// stopped failing is counted once, however many reconciler steps see it, including the stopped ones the step
// knows only by id (service-tasks.ts deploymentTasks).
import { describe, expect, it } from 'vitest';
import { createService, describeService, registerFargate, serviceTasks, setup } from '../../../testing/services';

describe('failedTasks of a crash-looping deployment', () => {
  it('counts each failed task exactly once over many steps', () => {
    const { engine } = setup();
    registerFargate(engine, 'web', { 'ecs-local.exit-code': '1', 'ecs-local.exit-after': '2' });
    createService(engine, { serviceName: 'web', desiredCount: 3 });
    const counts: [number, number][] = [];
    for (let i = 0; i < 12; i++) {
      engine.advance(10_000);
      const [deployment] = describeService(engine, 'web').deployments;
      expect(deployment.rolloutState).toBe('IN_PROGRESS');
      const failed = serviceTasks(engine, 'web', 'STOPPED').filter(
        (t) => t.startedBy === deployment.id && t.stopCode === 'EssentialContainerExited',
      );
      counts.push([deployment.failedTasks ?? 0, failed.length]);
    }
    for (const [reported, stopped] of counts) expect(reported).toBe(stopped);
    expect(counts.at(-1)?.[0]).toBeGreaterThan(20);
  });
});
