// A service's targets when what they come from changes under it: its old revision deleted mid-rollout (Fargate and
// EC2) or its own revision deleted (it keeps running and scaling), a load balancer moved to a container the old
// revision does not have (EC2), one target group named for two container ports, the load balancers removed by
// UpdateService, and an older deployment's protected task stopped for its failing target.
import type { Task } from '@aws-sdk/client-ecs';
import type { TargetHealthDescription } from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../engine';
import type { Wire } from '../../../protocol/serialize';
import { albWithTargetGroup, elb } from '../../../testing/elbv2';
import {
  advanceTo,
  createService,
  describeService,
  messages,
  registerFargate,
  serviceTasks,
  setup,
} from '../../../testing/services';
import { registerInstance } from '../../../testing/tasks';

const QUICK = { HealthCheckIntervalSeconds: 5, HealthCheckTimeoutSeconds: 2 };
const UNHEALTHY_503 = {
  State: 'unhealthy',
  Reason: 'Target.ResponseCodeMismatch',
  Description: 'Health checks failed with these codes: [503]',
};

function health(engine: Engine, tgArn: string): Wire<TargetHealthDescription>[] {
  return elb<{ TargetHealthDescriptions: Wire<TargetHealthDescription>[] }>(engine, 'DescribeTargetHealth', {
    TargetGroupArn: tgArn,
  }).TargetHealthDescriptions;
}

function rollouts(engine: Engine, name: string): (string | undefined)[][] {
  return describeService(engine, name).deployments.map((d) => [d.rolloutState, d.taskDefinition?.split(':').pop()]);
}

function ipOf(task: Wire<Task>): string | undefined {
  return task.attachments?.[0].details?.find((d) => d.name === 'privateIPv4Address')?.value;
}

function hostPortOf(task: Wire<Task>, container: string, port: number): number | undefined {
  return task.containers?.find((c) => c.name === container)?.networkBindings?.find((b) => b.containerPort === port)?.hostPort;
}

/** A bridge revision of `app` for the EC2 launch type: these containers, each mapping its port to a dynamic host port. */
function registerBridgeApp(engine: Engine, containers: { name: string; port: number }[]): void {
  engine.call('RegisterTaskDefinition', {
    family: 'app',
    requiresCompatibilities: ['EC2'],
    containerDefinitions: containers.map(({ name, port }) => ({
      name,
      image: 'nginx',
      cpu: 64,
      memory: 64,
      portMappings: [{ containerPort: port }],
    })),
  });
}

/** Deregisters and deletes a revision (DELETE_IN_PROGRESS): its tasks keep running. */
function deleteRevision(engine: Engine, revision: string): void {
  engine.call('DeregisterTaskDefinition', { taskDefinition: revision });
  const out = engine.call('DeleteTaskDefinitions', { taskDefinitions: [revision] }) as {
    taskDefinitions: { status: string }[];
  };
  expect(out.taskDefinitions.map((t) => t.status)).toEqual(['DELETE_IN_PROGRESS']);
}

describe('a service whose old revision is deleted while its tasks still run', () => {
  it('completes a Fargate rollout to the new revision, the new task the only target left', () => {
    const { engine } = setup();
    registerFargate(engine);
    const { targetGroupArn } = albWithTargetGroup(engine, 'web', 8080, QUICK);
    createService(engine, {
      serviceName: 'web',
      desiredCount: 1,
      loadBalancers: [{ targetGroupArn, containerName: 'web', containerPort: 80 }],
    });
    engine.advance(30_000);
    registerFargate(engine);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
    deleteRevision(engine, 'web:1');
    // The old task drains for the default deregistration delay (300 s) before it stops.
    engine.advance(7 * 60_000);
    expect(rollouts(engine, 'web')).toEqual([['COMPLETED', '2']]);
    const [task] = serviceTasks(engine, 'web');
    expect(task.taskDefinitionArn?.endsWith(':2')).toBe(true);
    expect(health(engine, targetGroupArn).map((d) => [d.Target?.Id, d.Target?.Port, d.TargetHealth?.State])).toEqual([
      [ipOf(task), 80, 'healthy'],
    ]);
  });

  it('completes an EC2 (bridge) rollout to the new revision, the new task the only target left', () => {
    const { engine } = setup();
    const { ec2InstanceId } = registerInstance(engine);
    registerBridgeApp(engine, [{ name: 'web', port: 80 }]);
    const { targetGroupArn } = albWithTargetGroup(engine, 'web', 8080, { ...QUICK, TargetType: 'instance' });
    engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'app',
      taskDefinition: 'app',
      desiredCount: 1,
      launchType: 'EC2',
      loadBalancers: [{ targetGroupArn, containerName: 'web', containerPort: 80 }],
    });
    engine.advance(30_000);
    registerBridgeApp(engine, [{ name: 'web', port: 80 }]);
    engine.call('UpdateService', { cluster: 'demo', service: 'app', taskDefinition: 'app:2' });
    deleteRevision(engine, 'app:1');
    engine.advance(7 * 60_000);
    expect(rollouts(engine, 'app')).toEqual([['COMPLETED', '2']]);
    const [task] = serviceTasks(engine, 'app');
    expect(task.taskDefinitionArn?.endsWith(':2')).toBe(true);
    expect(health(engine, targetGroupArn).map((d) => [d.Target?.Id, d.Target?.Port, d.TargetHealth?.State])).toEqual([
      [ec2InstanceId, hostPortOf(task, 'web', 80), 'healthy'],
    ]);
  });
});

describe('a service whose own revision is deleted (ECS: it keeps running and can still scale)', () => {
  it('registers a task that starts after the deletion, completes its rollout, and scales with UpdateService', () => {
    const { engine } = setup();
    registerFargate(engine);
    const { targetGroupArn } = albWithTargetGroup(engine, 'web', 8080, QUICK);
    createService(engine, {
      serviceName: 'web',
      desiredCount: 1,
      loadBalancers: [{ targetGroupArn, containerName: 'web', containerPort: 80 }],
    });
    engine.advance(500); // the task is still PROVISIONING
    deleteRevision(engine, 'web:1');
    engine.advance(60_000);
    const [first] = serviceTasks(engine, 'web');
    expect(first.lastStatus).toBe('RUNNING');
    expect(health(engine, targetGroupArn).map((d) => [d.Target?.Id, d.Target?.Port, d.TargetHealth?.State])).toEqual([
      [ipOf(first), 80, 'healthy'],
    ]);
    expect(rollouts(engine, 'web')).toEqual([['COMPLETED', '1']]);

    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 2 });
    engine.advance(60_000);
    const tasks = serviceTasks(engine, 'web');
    expect(tasks.map((t) => [t.lastStatus, t.taskDefinitionArn?.split(':').pop()])).toEqual([
      ['RUNNING', '1'],
      ['RUNNING', '1'],
    ]);
    expect(health(engine, targetGroupArn).map((d) => d.TargetHealth?.State)).toEqual(['healthy', 'healthy']);
    expect(describeService(engine, 'web').runningCount).toBe(2);
  });

  it('still refuses to move a service onto a deleted revision', () => {
    const { engine } = setup();
    registerFargate(engine);
    registerFargate(engine);
    createService(engine, { serviceName: 'web', taskDefinition: 'web:2', desiredCount: 1 });
    deleteRevision(engine, 'web:1');
    expect(() => engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:1' })).toThrow(
      'Unable to describe task definition.',
    );
  });
});

describe('the targets of an EC2 (bridge) service as its load balancers change', () => {
  it('completes an update that moves the load balancer to a container the old revision does not have', () => {
    const { engine } = setup();
    const { ec2InstanceId } = registerInstance(engine);
    registerBridgeApp(engine, [{ name: 'web', port: 80 }]);
    const { targetGroupArn } = albWithTargetGroup(engine, 'web', 8080, { ...QUICK, TargetType: 'instance' });
    engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'app',
      taskDefinition: 'app',
      desiredCount: 1,
      launchType: 'EC2',
      loadBalancers: [{ targetGroupArn, containerName: 'web', containerPort: 80 }],
    });
    engine.advance(30_000);
    registerBridgeApp(engine, [
      { name: 'web', port: 80 },
      { name: 'api', port: 8080 },
    ]);
    engine.call('UpdateService', {
      cluster: 'demo',
      service: 'app',
      taskDefinition: 'app:2',
      loadBalancers: [{ targetGroupArn, containerName: 'api', containerPort: 8080 }],
    });
    engine.advance(7 * 60_000);
    expect(rollouts(engine, 'app')).toEqual([['COMPLETED', '2']]);
    const [task] = serviceTasks(engine, 'app');
    const hostPort = hostPortOf(task, 'api', 8080);
    expect(hostPort).toBeGreaterThanOrEqual(49152);
    expect(health(engine, targetGroupArn).map((d) => [d.Target?.Id, d.Target?.Port, d.TargetHealth?.State])).toEqual([
      [ec2InstanceId, hostPort, 'healthy'],
    ]);
  });
});

describe('one target group named for two container ports of a task', () => {
  it('registers the task on each port and keeps each target’s own outcome', () => {
    const { engine } = setup();
    engine.call('RegisterTaskDefinition', {
      family: 'web',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      containerDefinitions: [
        { name: 'web', image: 'nginx', portMappings: [{ containerPort: 80 }] },
        {
          name: 'admin',
          image: 'nginx',
          portMappings: [{ containerPort: 81 }],
          dockerLabels: { 'ecs-local.lb-health': 'unhealthy' },
        },
      ],
    });
    const { targetGroupArn } = albWithTargetGroup(engine, 'web', 8080, QUICK);
    createService(engine, {
      serviceName: 'web',
      desiredCount: 1,
      healthCheckGracePeriodSeconds: 600,
      loadBalancers: [
        { targetGroupArn, containerName: 'web', containerPort: 80 },
        { targetGroupArn, containerName: 'admin', containerPort: 81 },
      ],
    });
    engine.advance(60_000);
    const ip = ipOf(serviceTasks(engine, 'web')[0]);
    expect(health(engine, targetGroupArn).map((d) => [d.Target?.Id, d.Target?.Port, d.TargetHealth])).toEqual([
      [ip, 80, { State: 'healthy' }],
      [ip, 81, UNHEALTHY_503],
    ]);
    expect(messages(describeService(engine, 'web')).filter((m) => m.startsWith('(service web) registered'))).toEqual([
      `(service web) registered 2 targets in (target-group ${targetGroupArn})`,
    ]);
  });
});

describe('a service updated to no load balancer', () => {
  it('no longer stops a task for its old target failing, once the grace period is over', () => {
    const { engine } = setup();
    registerFargate(engine, 'web', { 'ecs-local.lb-health': 'unhealthy' });
    const { targetGroupArn } = albWithTargetGroup(engine, 'web', 8080, QUICK);
    createService(engine, {
      serviceName: 'web',
      desiredCount: 1,
      healthCheckGracePeriodSeconds: 60,
      loadBalancers: [{ targetGroupArn, containerName: 'web', containerPort: 80 }],
    });
    engine.advance(30_000);
    const [old] = serviceTasks(engine, 'web');
    expect(health(engine, targetGroupArn).map((d) => d.TargetHealth)).toEqual([UNHEALTHY_503]);
    // The new revision's tasks exit at once: the old task stays, its target still failing, past the grace period.
    registerFargate(engine, 'web', { 'ecs-local.exit-code': '1' });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2', loadBalancers: [] });
    engine.advance(90_000);
    expect(health(engine, targetGroupArn).map((d) => [d.Target?.Id, d.TargetHealth])).toEqual([[ipOf(old), UNHEALTHY_503]]);
    expect(serviceTasks(engine, 'web').find((t) => t.taskArn === old.taskArn)?.lastStatus).toBe('RUNNING');
    expect(serviceTasks(engine, 'web', 'STOPPED').some((t) => t.stoppedReason?.startsWith('Task failed ELB'))).toBe(false);
    const text = messages(describeService(engine, 'web'));
    expect(text.some((m) => m.includes('is unhealthy in (target-group'))).toBe(false);
    expect(text.filter((m) => m.startsWith('(service web) registered'))).toHaveLength(1);
  });
});

describe('an older deployment’s protected task stopped for its load balancer health checks', () => {
  it('updates the deployment in progress at that look, although nothing is started or counted then', () => {
    const { engine, clock } = setup();
    // Revision 1's targets fail their checks; revision 2's pass.
    registerFargate(engine, 'web', { 'ecs-local.lb-health': 'unhealthy' });
    registerFargate(engine, 'web');
    const { targetGroupArn } = albWithTargetGroup(engine, 'web', 8080, QUICK);
    createService(engine, {
      serviceName: 'web',
      desiredCount: 1,
      taskDefinition: 'web:1',
      healthCheckGracePeriodSeconds: 30,
      loadBalancers: [{ targetGroupArn, containerName: 'web', containerPort: 80 }],
    });
    engine.advance(5_000);
    const [old] = serviceTasks(engine, 'web');
    expect(old.lastStatus).toBe('RUNNING');
    // Protected from scale-in, the old task is not stopped by the rollout: only its failing target stops it.
    engine.call('UpdateTaskProtection', { cluster: 'demo', tasks: [old.taskArn], protectionEnabled: true, expiresInMinutes: 60 });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
    const graceEnds = (old.startedAt as number) * 1000 + 30_000;
    advanceTo(engine, clock, graceEnds - 1);
    const before = describeService(engine, 'web');
    expect(before.deployments.map((d) => [d.status, d.rolloutState, d.runningCount])).toEqual([
      ['PRIMARY', 'IN_PROGRESS', 1],
      ['ACTIVE', 'IN_PROGRESS', 1],
    ]);
    expect(
      health(engine, targetGroupArn)
        .map((d) => d.TargetHealth?.State)
        .sort(),
    ).toEqual(['healthy', 'unhealthy']);
    const updatedBefore = before.deployments[0].updatedAt as number;
    // The service looks again at its next poll (15 s) after the grace period: the old task is stopped then.
    const stoppedOld = () => serviceTasks(engine, 'web', 'STOPPED').find((t) => t.taskArn === old.taskArn);
    for (let i = 0; i < 30 && !stoppedOld(); i++) engine.advance(1_000);
    const stopped = stoppedOld();
    expect(stopped?.stoppedReason).toBe(`Task failed ELB health checks in (target-group ${targetGroupArn})`);
    const stoppedAt = stopped?.stoppingAt as number;
    expect(stoppedAt).toBeGreaterThan(updatedBefore);
    const primary = describeService(engine, 'web').deployments[0];
    expect(primary).toMatchObject({ id: before.deployments[0].id, failedTasks: 0 });
    expect(primary.updatedAt).toBe(stoppedAt);
  });
});
