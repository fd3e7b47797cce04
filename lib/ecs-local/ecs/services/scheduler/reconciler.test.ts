import { describe, expect, it } from 'vitest';
import {
  createService,
  describeService,
  liveTasks,
  messages,
  registerFargate,
  serviceTasks,
  setup,
} from '../../../testing/services';
import { STEADY_STATE_REPEAT_MS } from '../events';

describe('service reconciler', () => {
  it('starts the desired tasks, completes the deployment and reports a steady state once', () => {
    const { engine } = setup();
    registerFargate(engine);
    const created = createService(engine, { serviceName: 'web', desiredCount: 2 });
    const id = created.deployments?.[0].id ?? '';
    expect(created.deployments?.[0]).toMatchObject({
      status: 'PRIMARY',
      rolloutState: 'IN_PROGRESS',
      rolloutStateReason: `ECS deployment ${id} in progress.`,
      platformVersion: '1.4.0',
    });
    engine.advance(250);
    const starting = describeService(engine, 'web');
    expect(starting.pendingCount + starting.runningCount).toBe(2);
    const started = messages(starting)[0];
    expect(started).toMatch(/^\(service web\) has started 2 tasks: \(task [0-9a-f]{32}\) \(task [0-9a-f]{32}\)\.$/);
    const tasks = serviceTasks(engine, 'web');
    expect(tasks.every((t) => t.group === 'service:web' && t.startedBy === id)).toBe(true);

    engine.advance(60_000);
    const steady = describeService(engine, 'web');
    expect(steady.runningCount).toBe(2);
    expect(steady.deployments[0].rolloutState).toBe('COMPLETED');
    expect(steady.deployments[0].rolloutStateReason).toBe(`ECS deployment ${id} completed.`);
    expect(messages(steady).slice(0, 2)).toEqual([
      '(service web) has reached a steady state.',
      `(service web) (deployment ${id}) deployment completed.`,
    ]);
    for (const e of steady.events) {
      expect(e.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(typeof e.createdAt).toBe('number');
    }
    // Steady: nothing to do until the 6-hourly steady-state event.
    expect(engine.tick()).toBe(0);
    engine.advance(60 * 60_000, 60_000);
    expect(describeService(engine, 'web').events).toHaveLength(steady.events.length);
    engine.advance(STEADY_STATE_REPEAT_MS, 60_000);
    const later = describeService(engine, 'web');
    expect(later.events).toHaveLength(steady.events.length + 1);
    expect(messages(later)[0]).toBe('(service web) has reached a steady state.');
  });

  it('scales up and down without a new deployment, counts always agreeing with DescribeTasks', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 1 });
    engine.advance(60_000);
    const id = describeService(engine, 'web').deployments[0].id;
    const check = () => {
      const service = describeService(engine, 'web');
      const live = liveTasks(engine, 'web');
      expect(service.runningCount).toBe(live.filter((t) => t.lastStatus === 'RUNNING').length);
      expect(service.pendingCount).toBe(
        live.filter((t) => ['PROVISIONING', 'PENDING', 'ACTIVATING'].includes(t.lastStatus ?? '')).length,
      );
      expect(service.deployments[0].runningCount).toBe(service.runningCount);
      return service;
    };
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 5 });
    for (let i = 0; i < 40; i++) {
      engine.advance(250);
      check();
    }
    let service = check();
    expect(service.runningCount).toBe(5);
    expect(service.deployments).toHaveLength(1);
    expect(service.deployments[0].id).toBe(id);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 2 });
    for (let i = 0; i < 40; i++) {
      engine.advance(250);
      check();
    }
    service = check();
    expect(service.runningCount).toBe(2);
    expect(
      messages(service).some((m) => /^\(service web\) has stopped 3 running tasks: (\(task [0-9a-f]{32}\) ?){3}\.$/.test(m)),
    ).toBe(true);
    const stopped = serviceTasks(engine, 'web', 'STOPPED');
    expect(stopped).toHaveLength(3);
    expect(stopped[0].stopCode).toBe('ServiceSchedulerInitiated');
    expect(stopped[0].stoppedReason).toBe(`Scaling activity initiated by (deployment ${id})`);
  });

  it('replaces a task that is stopped from outside', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 2 });
    engine.advance(60_000);
    const [victim] = serviceTasks(engine, 'web');
    engine.call('StopTask', { cluster: 'demo', task: victim.taskArn, reason: 'testing' });
    engine.advance(20_000);
    const tasks = serviceTasks(engine, 'web');
    expect(tasks).toHaveLength(2);
    expect(tasks.map((t) => t.taskArn)).not.toContain(victim.taskArn);
    expect(describeService(engine, 'web').runningCount).toBe(2);
  });

  it('reports placement failures on EC2 and retries later rather than on every tick', () => {
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
    engine.advance(1_000);
    const service = describeService(engine, 'app');
    expect(messages(service)[0]).toBe(
      '(service app) was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster.',
    );
    const ranBefore = engine.tick();
    expect(ranBefore).toBe(0);
    engine.advance(120_000);
    // The same message is not repeated on every retry.
    expect(describeService(engine, 'app').events.length).toBeLessThanOrEqual(4);
  });

  it('counts tasks without a health check as healthy after 40 s, or after a longer grace period', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'quick', desiredCount: 1 });
    createService(engine, { serviceName: 'slow', desiredCount: 1, healthCheckGracePeriodSeconds: 120 });
    engine.advance(50_000);
    expect(describeService(engine, 'quick').deployments[0].rolloutState).toBe('COMPLETED');
    expect(describeService(engine, 'slow').deployments[0].rolloutState).toBe('IN_PROGRESS');
    engine.advance(80_000);
    expect(describeService(engine, 'slow').deployments[0].rolloutState).toBe('COMPLETED');
  });

  it('completes as soon as tasks with a container health check report HEALTHY', () => {
    const { engine } = setup();
    registerFargate(engine, 'web', undefined, {
      healthCheck: { command: ['CMD-SHELL', 'true'], interval: 5, timeout: 2, retries: 1 },
    });
    createService(engine, { serviceName: 'web', desiredCount: 1 });
    engine.advance(20_000);
    const [task] = serviceTasks(engine, 'web');
    expect(task.healthStatus).toBe('HEALTHY');
    expect(describeService(engine, 'web').deployments[0].rolloutState).toBe('COMPLETED');
  });
});
