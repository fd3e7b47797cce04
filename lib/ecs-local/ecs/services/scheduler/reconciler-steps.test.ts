// When the service scheduler looks again (scheduler/reconciler.ts nextLook): a service that is not steady is polled
// every 15 s, but the things that change without a task notification (a task becoming healthy 40 s after it
// started, a health check grace period ending, scale-in protection expiring) are acted on at their very time.
import type { ServiceDeployment, ServiceDeploymentBrief, TaskSet } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import type { Wire } from '../../../protocol/serialize';
import { albWithTargetGroup, elb } from '../../../testing/elbv2';
import { NETWORK } from '../../../testing/engine';
import {
  advanceTo,
  createService,
  describeService,
  liveTasks,
  messages,
  registerFargate,
  serviceTasks,
  setup,
} from '../../../testing/services';

describe('the next look of a service that is not steady', () => {
  it('completes a deployment the moment its tasks (no health check) count as healthy, 40 s after they started', () => {
    const { engine, clock } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 1 });
    engine.advance(5_000);
    const [task] = serviceTasks(engine, 'web');
    expect(task.lastStatus).toBe('RUNNING');
    const healthyAt = (task.startedAt as number) * 1000 + 40_000;
    advanceTo(engine, clock, healthyAt - 1);
    expect(describeService(engine, 'web').deployments[0].rolloutState).toBe('IN_PROGRESS');
    // The 15-second polls since the task started do not fall on this instant.
    advanceTo(engine, clock, healthyAt + 1);
    const service = describeService(engine, 'web');
    expect(service.deployments[0].rolloutState).toBe('COMPLETED');
    expect(messages(service)[0]).toBe('(service web) has reached a steady state.');
  });

  it('replaces an UNHEALTHY task the moment the health check grace period ends', () => {
    const { engine, clock } = setup();
    registerFargate(engine, 'web', { 'ecs-local.health': 'unhealthy' });
    createService(engine, { serviceName: 'web', desiredCount: 1, healthCheckGracePeriodSeconds: 37 });
    engine.advance(5_000);
    const [task] = serviceTasks(engine, 'web');
    const graceEnds = (task.startedAt as number) * 1000 + 37_000;
    advanceTo(engine, clock, graceEnds - 1);
    expect(serviceTasks(engine, 'web').map((t) => [t.taskArn, t.healthStatus])).toEqual([[task.taskArn, 'UNHEALTHY']]);
    advanceTo(engine, clock, graceEnds + 1);
    const stopped = serviceTasks(engine, 'web', 'STOPPED');
    expect(stopped.map((t) => [t.taskArn, t.stoppedReason])).toEqual([[task.taskArn, 'Task failed container health checks']]);
  });

  it('starts the replacement of an UNHEALTHY task in the step that stops it', () => {
    const { engine, clock } = setup();
    registerFargate(engine, 'web', { 'ecs-local.health': 'unhealthy' });
    createService(engine, { serviceName: 'web', desiredCount: 1, healthCheckGracePeriodSeconds: 37 });
    engine.advance(5_000);
    const [task] = serviceTasks(engine, 'web');
    const graceEnds = (task.startedAt as number) * 1000 + 37_000;
    advanceTo(engine, clock, graceEnds - 1);
    advanceTo(engine, clock, graceEnds + 1);
    const [replacement] = serviceTasks(engine, 'web');
    expect(replacement.taskArn).not.toBe(task.taskArn);
    expect(replacement.lastStatus).toBe('PROVISIONING');
    expect((replacement.createdAt as number) * 1000).toBe(clock.now());
  });

  it('stops a task kept by scale-in protection the moment the protection expires', () => {
    const { engine, clock } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 1 });
    engine.advance(60_000);
    const [task] = serviceTasks(engine, 'web');
    const out = engine.call('UpdateTaskProtection', {
      cluster: 'demo',
      tasks: [task.taskArn],
      protectionEnabled: true,
      expiresInMinutes: 1,
    }) as { protectedTasks: { expirationDate: number }[] };
    const expires = out.protectedTasks[0].expirationDate * 1000;
    // Seven seconds on, so that the 15-second polls from the scale-in do not fall on the expiry.
    engine.advance(7_000);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 0 });
    advanceTo(engine, clock, expires - 1);
    expect(serviceTasks(engine, 'web').map((t) => t.taskArn)).toEqual([task.taskArn]);
    advanceTo(engine, clock, expires + 1);
    expect(serviceTasks(engine, 'web')).toEqual([]);
    expect(serviceTasks(engine, 'web', 'STOPPED').map((t) => t.taskArn)).toEqual([task.taskArn]);
  });
});

describe('the end of a step', () => {
  it('keeps a deleted service DRAINING while its tasks drain their targets, then INACTIVE with its PRIMARY deployment only', () => {
    const { engine } = setup();
    registerFargate(engine);
    const { targetGroupArn } = albWithTargetGroup(engine, 'web', 8080, { HealthCheckIntervalSeconds: 10 });
    elb(engine, 'ModifyTargetGroupAttributes', {
      TargetGroupArn: targetGroupArn,
      Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '20' }],
    });
    createService(engine, {
      serviceName: 'web',
      desiredCount: 2,
      loadBalancers: [{ targetGroupArn, containerName: 'web', containerPort: 80 }],
    });
    engine.advance(30_000);
    registerFargate(engine, 'web', { version: '2' });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
    engine.advance(3_000);
    const rolling = describeService(engine, 'web');
    expect(rolling.deployments.map((d) => [d.status, d.desiredCount, d.runningCount])).toEqual([
      ['PRIMARY', 2, 2],
      ['ACTIVE', 2, 2],
    ]);
    engine.call('DeleteService', { cluster: 'demo', service: 'web', force: true });
    engine.advance(15_000);
    // Connections drain for 20 s: the tasks are DEACTIVATING, the service still DRAINING with both deployments.
    expect(liveTasks(engine, 'web').map((t) => t.lastStatus)).toEqual(Array(4).fill('DEACTIVATING'));
    const draining = describeService(engine, 'web');
    expect(draining.status).toBe('DRAINING');
    expect(draining.deployments.map((d) => d.status)).toEqual(['PRIMARY', 'ACTIVE']);
    engine.advance(10_000);
    const inactive = describeService(engine, 'web');
    expect(inactive.status).toBe('INACTIVE');
    expect(inactive.deployments.map((d) => [d.status, d.id])).toEqual([['PRIMARY', rolling.deployments[0].id]]);
  });

  it('makes a deleted service INACTIVE as soon as every task is STOPPING, before any has stopped', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 2 });
    engine.advance(60_000);
    engine.call('DeleteService', { cluster: 'demo', service: 'web', force: true });
    // 0.5 s DEACTIVATING, then the containers take 1 s to stop.
    engine.advance(1_000);
    expect(liveTasks(engine, 'web').map((t) => t.lastStatus)).toEqual(['STOPPING', 'STOPPING']);
    expect(describeService(engine, 'web').status).toBe('INACTIVE');
  });

  it('makes a service deleted while its tasks are still starting INACTIVE while they deprovision', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 2 });
    engine.advance(250);
    expect(liveTasks(engine, 'web').map((t) => t.lastStatus)).toEqual(['PROVISIONING', 'PROVISIONING']);
    engine.call('DeleteService', { cluster: 'demo', service: 'web', force: true });
    // A task that has not started its containers goes straight to DEPROVISIONING (1 s).
    engine.advance(250);
    expect(liveTasks(engine, 'web').map((t) => t.lastStatus)).toEqual(['DEPROVISIONING', 'DEPROVISIONING']);
    expect(describeService(engine, 'web').status).toBe('INACTIVE');
  });

  it('keeps an older deployment listed while its only task (protected) is still starting, then running', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 1 });
    engine.advance(250);
    const [task] = serviceTasks(engine, 'web');
    expect(task.lastStatus).toBe('PROVISIONING');
    // Scale-in protection keeps the deployment from stopping it at once, as it does other starting tasks.
    engine.call('UpdateTaskProtection', {
      cluster: 'demo',
      tasks: [task.taskArn],
      protectionEnabled: true,
      expiresInMinutes: 10,
    });
    registerFargate(engine, 'web', { version: '2' });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
    // The service looks at each of the task's steps (PROVISIONING, PENDING, ACTIVATING, RUNNING).
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      engine.advance(250);
      const old = serviceTasks(engine, 'web').find((t) => t.taskArn === task.taskArn);
      seen.add(old?.lastStatus ?? '');
      const deployments = describeService(engine, 'web').deployments;
      expect(deployments.map((d) => [d.status, d.taskDefinition?.split(':').at(-1)])).toEqual([
        ['PRIMARY', '2'],
        ['ACTIVE', '1'],
      ]);
    }
    expect([...seen]).toEqual(['PROVISIONING', 'PENDING', 'ACTIVATING', 'RUNNING']);
    const old = describeService(engine, 'web').deployments[1];
    expect([old.desiredCount, old.runningCount, old.pendingCount]).toEqual([1, 1, 0]);
  });

  it('gives a deleted service no more events and no step once it is INACTIVE', () => {
    const { engine, clock } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 1 });
    engine.advance(60_000);
    engine.call('DeleteService', { cluster: 'demo', service: 'web', force: true });
    engine.advance(10_000);
    const deleted = describeService(engine, 'web');
    expect(deleted.status).toBe('INACTIVE');
    // The stopped task is forgotten after an hour; then six hours on (a steady service's next look), the one step
    // due is the metric store's retention sweep (each minute).
    engine.advance(61 * 60_000, 60_000);
    clock.advance(6 * 60 * 60_000);
    expect(engine.tick()).toBe(1);
    expect(messages(describeService(engine, 'web'))).toEqual(messages(deleted));
  });

  it('shows an older deployment’s desired count as its tasks still wanted, step by step', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 3 });
    engine.advance(60_000);
    registerFargate(engine, 'web', { version: '2' });
    engine.call('UpdateService', {
      cluster: 'demo',
      service: 'web',
      taskDefinition: 'web:2',
      deploymentConfiguration: { minimumHealthyPercent: 50, maximumPercent: 100 },
    });
    // min 50 % of 3 is 2 healthy tasks and max 100 % is 3: one old task stops, then a new one starts.
    engine.advance(250);
    const deployments = () =>
      describeService(engine, 'web').deployments.map((d) => [d.status, d.desiredCount, d.runningCount, d.pendingCount]);
    expect(deployments()).toEqual([
      ['PRIMARY', 3, 0, 0],
      ['ACTIVE', 2, 2, 0],
    ]);
    engine.advance(1_000);
    expect(deployments()).toEqual([
      ['PRIMARY', 3, 0, 1],
      ['ACTIVE', 2, 2, 0],
    ]);
  });

  it('does not count as failed a task that exits after it counted as healthy', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 1 });
    engine.advance(60_000);
    const [old] = serviceTasks(engine, 'web');
    // The old task is protected: the deployment stays IN_PROGRESS while its new tasks come and go.
    engine.call('UpdateTaskProtection', { cluster: 'demo', tasks: [old.taskArn], protectionEnabled: true, expiresInMinutes: 10 });
    registerFargate(engine, 'web', { 'ecs-local.exit-after': '45' });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
    engine.advance(60_000);
    // The new task counted as healthy 40 s after it started, then exited 5 s later and was replaced.
    expect(serviceTasks(engine, 'web', 'STOPPED').map((t) => t.taskDefinitionArn?.endsWith(':2'))).toEqual([true]);
    const [current] = describeService(engine, 'web').deployments;
    expect([current.rolloutState, current.failedTasks]).toEqual(['IN_PROGRESS', 0]);
  });

  it('gives the circuit breaker’s rollback deployment the platform family of the revision it goes back to', () => {
    const { engine } = setup();
    const windows = (labels?: Record<string, string>) =>
      engine.call('RegisterTaskDefinition', {
        family: 'win',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '1024',
        memory: '2048',
        runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'X86_64' },
        containerDefinitions: [
          { name: 'web', image: 'mcr.microsoft.com/windows/servercore:ltsc2022', essential: true, dockerLabels: labels },
        ],
      });
    windows();
    createService(engine, {
      serviceName: 'web',
      taskDefinition: 'win',
      desiredCount: 1,
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
    });
    engine.advance(60_000);
    const first = describeService(engine, 'web').deployments[0].id;
    windows({ 'ecs-local.exit-code': '1' });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'win:2' });
    engine.advance(10 * 60_000);
    const [rollback] = describeService(engine, 'web').deployments;
    expect(rollback.taskDefinition?.endsWith('win:1')).toBe(true);
    // A new deployment back to revision 1 (the breaker's rollback), not the first one.
    expect(rollback.id).not.toBe(first);
    expect(rollback.platformFamily).toBe('WINDOWS_SERVER_2022_CORE');
  });

  it('records the completed deployment’s running and pending task counts in its service deployment', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 3 });
    engine.advance(60_000);
    const list = engine.call('ListServiceDeployments', { cluster: 'demo', service: 'web' }) as {
      serviceDeployments: Wire<ServiceDeploymentBrief>[];
    };
    const described = engine.call('DescribeServiceDeployments', {
      serviceDeploymentArns: list.serviceDeployments.map((d) => d.serviceDeploymentArn),
    }) as { serviceDeployments: Wire<ServiceDeployment>[] };
    expect(described.serviceDeployments).toHaveLength(1);
    expect(described.serviceDeployments[0].status).toBe('SUCCESSFUL');
    expect(described.serviceDeployments[0].targetServiceRevision).toMatchObject({
      requestedTaskCount: 3,
      runningTaskCount: 3,
      pendingTaskCount: 0,
    });
  });
});

describe('a service with task sets', () => {
  it('keeps an EXTERNAL service’s task set at its count, not a deployment of its own', () => {
    const { engine } = setup();
    registerFargate(engine);
    engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'web',
      desiredCount: 2,
      deploymentController: { type: 'EXTERNAL' },
    });
    const { taskSet } = engine.call('CreateTaskSet', {
      cluster: 'demo',
      service: 'web',
      taskDefinition: 'web',
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
    }) as { taskSet: Wire<TaskSet> };
    engine.advance(60_000);
    const tasks = serviceTasks(engine, 'web');
    expect(tasks.map((t) => [t.startedBy, t.lastStatus])).toEqual([
      [taskSet.id, 'RUNNING'],
      [taskSet.id, 'RUNNING'],
    ]);
    const service = describeService(engine, 'web');
    expect(service.deployments).toEqual([]);
    expect(service.runningCount).toBe(2);
  });

  it('never steps a deleted EXTERNAL service again once it is INACTIVE', () => {
    const { engine, clock } = setup();
    registerFargate(engine);
    engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'web',
      desiredCount: 1,
      deploymentController: { type: 'EXTERNAL' },
    });
    engine.call('CreateTaskSet', {
      cluster: 'demo',
      service: 'web',
      taskDefinition: 'web',
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
    });
    engine.advance(60_000);
    engine.call('DeleteService', { cluster: 'demo', service: 'web', force: true });
    engine.advance(250);
    expect(describeService(engine, 'web').status).toBe('INACTIVE');
    // Its task goes on stopping (each step of it wakes the service), then is forgotten after an hour.
    engine.advance(61 * 60_000, 60_000);
    expect(serviceTasks(engine, 'web', 'STOPPED')).toEqual([]);
    // Six hours on (a steady service's next look), the one step due is the metric store's retention sweep (each minute).
    clock.advance(6 * 60 * 60_000);
    expect(engine.tick()).toBe(1);
  });
});
