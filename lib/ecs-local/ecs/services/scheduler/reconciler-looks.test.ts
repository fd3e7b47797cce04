// When the service scheduler looks again (scheduler/reconciler.ts nextLook), seen two ways: what happens at the very
// time a task counts as healthy when something else woke the service in between, and what does NOT happen: a
// service is never stepped at a time when nothing can change for it (`engine.tick()` counts the steps that ran;
// a service due in the past would be stepped at every tick, 20 times over).
import { describe, expect, it } from 'vitest';
import {
  advanceTo,
  createService,
  describeService,
  messages,
  registerFargate,
  serviceTasks,
  setup,
} from '../../../testing/services';
import { registerEc2, registerInstance } from '../../../testing/tasks';
import { STEADY_STATE_REPEAT_MS } from '../events';

describe('the next look of a service that is not steady', () => {
  it('still completes at the very time its task counts as healthy after a protection woke it 8 s before', () => {
    const { engine, clock } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 1 });
    engine.advance(5_000);
    const [task] = serviceTasks(engine, 'web');
    expect(task.lastStatus).toBe('RUNNING');
    const startedAt = (task.startedAt as number) * 1000;
    const healthyAt = startedAt + 40_000;
    // 32 s after the start: off the 15-second polls, 8 s before the task counts as healthy.
    advanceTo(engine, clock, startedAt + 32_000);
    engine.call('UpdateTaskProtection', { cluster: 'demo', tasks: [task.taskArn], protectionEnabled: true, expiresInMinutes: 1 });
    advanceTo(engine, clock, healthyAt - 1);
    expect(describeService(engine, 'web').deployments[0].rolloutState).toBe('IN_PROGRESS');
    // Not at the poll 15 s after the protection, nor when the protection ends: at the task's own time.
    advanceTo(engine, clock, healthyAt + 1);
    expect(describeService(engine, 'web').deployments[0].rolloutState).toBe('COMPLETED');
  });
});

describe('the steps a service that is not steady costs', () => {
  it('runs no step between its polls while a task waits out a 20 s grace period it needs no longer than 40 s', () => {
    const { engine, clock } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 1, healthCheckGracePeriodSeconds: 20 });
    engine.advance(5_000);
    const [task] = serviceTasks(engine, 'web');
    const startedAt = (task.startedAt as number) * 1000;
    // The grace period's end changes nothing for a task that is not UNHEALTHY (it counts as healthy at 40 s).
    advanceTo(engine, clock, startedAt + 20_000 - 1);
    clock.advance(1);
    expect(engine.tick()).toBe(0);
    advanceTo(engine, clock, startedAt + 40_000 + 1);
    expect(describeService(engine, 'web').deployments[0].rolloutState).toBe('COMPLETED');
  });

  it('runs no step at the grace period’s end of an UNHEALTHY task it is already stopping', () => {
    const { engine, clock } = setup();
    registerFargate(engine, 'web', { 'ecs-local.health': 'unhealthy' });
    createService(engine, { serviceName: 'web', desiredCount: 1, healthCheckGracePeriodSeconds: 60 });
    engine.advance(5_000);
    const [task] = serviceTasks(engine, 'web');
    const graceEnds = (task.startedAt as number) * 1000 + 60_000;
    advanceTo(engine, clock, graceEnds - 1_000);
    expect(serviceTasks(engine, 'web').map((t) => t.healthStatus)).toEqual(['UNHEALTHY']);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 0 });
    advanceTo(engine, clock, graceEnds - 1);
    expect(serviceTasks(engine, 'web', 'STOPPED').map((t) => [t.lastStatus, t.healthStatus])).toEqual([
      ['STOPPING', 'UNHEALTHY'],
    ]);
    // Its grace period ends while it stops: nothing left to replace, so no look then.
    clock.advance(1);
    expect(engine.tick()).toBe(0);
  });

  it('runs no step again at once while a HEALTHY task it no longer wants is held by scale-in protection', () => {
    const { engine } = setup();
    registerFargate(engine, 'web', undefined, {
      healthCheck: { command: ['CMD-SHELL', 'true'], interval: 5, timeout: 2, retries: 1 },
    });
    createService(engine, { serviceName: 'web', desiredCount: 1 });
    engine.advance(20_000);
    const [task] = serviceTasks(engine, 'web');
    expect(task.healthStatus).toBe('HEALTHY');
    engine.call('UpdateTaskProtection', { cluster: 'demo', tasks: [task.taskArn], protectionEnabled: true, expiresInMinutes: 5 });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 0 });
    engine.advance(1_000);
    // Not steady (a task it no longer wants), and the task is HEALTHY now: the next look is a poll away, not now.
    expect(serviceTasks(engine, 'web').map((t) => t.taskArn)).toEqual([task.taskArn]);
    expect(engine.tick()).toBe(0);
  });

  it('runs no step again at once after the placement retry it waited for', () => {
    const { engine, clock } = setup();
    // One task per instance (3,000 of its 4,096 MiB): the second task finds no room.
    registerEc2(engine, 'ec2', 256, 3000);
    registerInstance(engine);
    engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'app',
      taskDefinition: 'ec2',
      desiredCount: 2,
      launchType: 'EC2',
    });
    const failedAt = clock.now();
    engine.advance(1_000);
    registerInstance(engine);
    advanceTo(engine, clock, failedAt + 15_000);
    expect(serviceTasks(engine, 'app').length).toBe(2);
    // The retry time is now (then past): it is no reason to look again.
    expect(engine.tick()).toBe(0);
    engine.advance(250);
    expect(engine.tick()).toBe(0);
  });
});

describe('the steady-state event of a steady service', () => {
  it('comes again exactly 6 hours after the last one, whatever woke the service in between', () => {
    const { engine, clock } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 1 });
    engine.advance(60_000);
    const steady = describeService(engine, 'web');
    expect(messages(steady)[0]).toBe('(service web) has reached a steady state.');
    const steadyAt = steady.events[0].createdAt * 1000;
    // An hour on, an UpdateService that changes nothing wakes it: still steady, no second event yet.
    advanceTo(engine, clock, steadyAt + 60 * 60_000, 60_000);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 1 });
    engine.advance(1_000);
    expect(describeService(engine, 'web').events).toHaveLength(steady.events.length);
    advanceTo(engine, clock, steadyAt + STEADY_STATE_REPEAT_MS - 1, 60_000);
    expect(describeService(engine, 'web').events).toHaveLength(steady.events.length);
    advanceTo(engine, clock, steadyAt + STEADY_STATE_REPEAT_MS, 60_000);
    const later = describeService(engine, 'web');
    expect(later.events).toHaveLength(steady.events.length + 1);
    expect(later.events[0].createdAt * 1000).toBe(steadyAt + STEADY_STATE_REPEAT_MS);
  });
});
