// Auto Scaling group capacity providers over time: the simulated group's instances boot and register, managed
// scaling adds instances for tasks that wait and removes idle ones after 15 minutes, termination protection
// keeps busy instances, and draining moves service tasks off an instance before it goes.
import type { Task } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import type { Wire } from '../../protocol/serialize';
import { associate, createProvider, MANAGED, providerInstances } from '../../testing/capacity-providers';
import { ecsError, engineWithCluster } from '../../testing/engine';
import { describeService, serviceTasks } from '../../testing/services';

type Engine = ReturnType<typeof engineWithCluster>['engine'];

/** An EC2 task definition whose task needs 1024 CPU units and 2048 MiB (one per t3.medium). */
function registerWorker(engine: Engine, cpu = 1024, memory = 2048): void {
  engine.call('RegisterTaskDefinition', {
    family: 'worker',
    requiresCompatibilities: ['EC2'],
    containerDefinitions: [{ name: 'worker', image: 'busybox', cpu, memory, essential: true }],
  });
}

function runOnProvider(engine: Engine, provider: string, count: number) {
  return engine.call('RunTask', {
    cluster: 'demo',
    taskDefinition: 'worker',
    count,
    capacityProviderStrategy: [{ capacityProvider: provider, weight: 1 }],
  }) as { tasks: Wire<Task>[]; failures: unknown[] };
}

function describeTasks(engine: Engine, arns: string[]): Wire<Task>[] {
  return (engine.call('DescribeTasks', { cluster: 'demo', tasks: arns }) as { tasks: Wire<Task>[] }).tasks;
}

describe('a fixed-size simulated Auto Scaling group', () => {
  it('launches its desired instances into the cluster it is associated with, and follows its size tags', () => {
    const { engine } = engineWithCluster('demo');
    const provider = createProvider(engine, 'fixed', {}, { desired: 2, instanceType: 'm5.large' });
    engine.advance(60_000);
    expect(providerInstances(engine, 'demo', 'fixed')).toHaveLength(0);
    associate(engine, 'demo', ['fixed']);
    engine.advance(10_000);
    expect(providerInstances(engine, 'demo', 'fixed')).toHaveLength(0);
    engine.advance(25_000);
    const instances = providerInstances(engine, 'demo', 'fixed');
    expect(instances).toHaveLength(2);
    const attributes = Object.fromEntries((instances[0].attributes ?? []).map((a) => [a.name, a.value]));
    expect(attributes['ecs.instance-type']).toBe('m5.large');
    expect(attributes['ecs.availability-zone']).toMatch(/^us-east-1[abc]$/);
    expect(instances[0].registeredResources?.find((r) => r.name === 'MEMORY')?.integerValue).toBe(8 * 1024 - 256);
    expect(instances[0].ec2InstanceId).toMatch(/^i-[0-9a-f]{17}$/);

    engine.call('TagResource', {
      resourceArn: provider.capacityProviderArn,
      tags: [{ key: 'ecs-local.asg-desired-capacity', value: '3' }],
    });
    engine.advance(31_000);
    expect(providerInstances(engine, 'demo', 'fixed')).toHaveLength(3);
    engine.call('TagResource', {
      resourceArn: provider.capacityProviderArn,
      tags: [{ key: 'ecs-local.asg-desired-capacity', value: '1' }],
    });
    engine.advance(1_000);
    expect(providerInstances(engine, 'demo', 'fixed')).toHaveLength(1);
    expect(() =>
      engine.call('TagResource', {
        resourceArn: provider.capacityProviderArn,
        tags: [{ key: 'ecs-local.asg-desired-capacity', value: '11' }],
      }),
    ).toThrow(ecsError('InvalidParameterException', /must be between the minimum \(0\) and maximum \(10\) sizes/));
  });

  it('without managed scaling, gives placement failures instead of waiting', () => {
    const { engine } = engineWithCluster('demo');
    registerWorker(engine);
    createProvider(engine, 'fixed');
    associate(engine, 'demo', ['fixed']);
    expect(() => runOnProvider(engine, 'fixed', 1)).toThrow(
      ecsError('InvalidParameterException', /No Container Instances were found in capacity provider fixed/),
    );
    engine.call('TagResource', {
      resourceArn: 'arn:aws:ecs:us-east-1:000000000000:capacity-provider/fixed',
      tags: [{ key: 'ecs-local.asg-desired-capacity', value: '1' }],
    });
    engine.advance(31_000);
    const out = runOnProvider(engine, 'fixed', 2);
    expect(out.tasks).toHaveLength(1);
    expect(out.tasks[0]).toMatchObject({ launchType: 'EC2', capacityProviderName: 'fixed' });
    expect(out.failures).toEqual([expect.objectContaining({ reason: 'RESOURCE:MEMORY' })]);
  });
});

describe('managed scaling', () => {
  it('adds instances for tasks waiting in PROVISIONING, which then run on them', () => {
    const { engine } = engineWithCluster('demo');
    registerWorker(engine);
    createProvider(engine, 'managed', MANAGED, { max: 5 });
    associate(engine, 'demo', ['managed']);
    const { tasks, failures } = runOnProvider(engine, 'managed', 3);
    expect(failures).toEqual([]);
    expect(tasks.map((t) => [t.lastStatus, t.capacityProviderName, t.containerInstanceArn])).toEqual(
      Array.from({ length: 3 }, () => ['PROVISIONING', 'managed', undefined]),
    );
    engine.advance(20_000);
    const arns = tasks.map((t) => t.taskArn as string);
    expect(describeTasks(engine, arns).every((t) => t.lastStatus === 'PROVISIONING')).toBe(true);
    engine.advance(40_000);
    const instances = providerInstances(engine, 'demo', 'managed');
    expect(instances).toHaveLength(3);
    const running = describeTasks(engine, arns);
    expect(running.map((t) => t.lastStatus)).toEqual(['RUNNING', 'RUNNING', 'RUNNING']);
    expect(new Set(running.map((t) => t.containerInstanceArn)).size).toBe(3);
    const cluster = engine.call('DescribeClusters', { clusters: ['demo'] }) as {
      clusters: { registeredContainerInstancesCount: number }[];
    };
    expect(cluster.clusters[0].registeredContainerInstancesCount).toBe(3);
  });

  it('starts with its desired capacity, then scales idle instances in after 15 minutes', () => {
    const { engine } = engineWithCluster('demo');
    createProvider(engine, 'managed', MANAGED, { desired: 2 });
    associate(engine, 'demo', ['managed']);
    engine.advance(31_000);
    expect(providerInstances(engine, 'demo', 'managed')).toHaveLength(2);
    engine.advance(15 * 60_000);
    expect(providerInstances(engine, 'demo', 'managed')).toHaveLength(0);
  });

  it('stops at the group maximum: what does not fit keeps waiting until capacity frees up', () => {
    const { engine } = engineWithCluster('demo');
    registerWorker(engine);
    createProvider(engine, 'managed', MANAGED, { max: 2 });
    associate(engine, 'demo', ['managed']);
    const { tasks } = runOnProvider(engine, 'managed', 3);
    engine.advance(90_000);
    expect(providerInstances(engine, 'demo', 'managed')).toHaveLength(2);
    const arns = tasks.map((t) => t.taskArn as string);
    const statuses = describeTasks(engine, arns).map((t) => t.lastStatus);
    expect(statuses.filter((s) => s === 'RUNNING')).toHaveLength(2);
    expect(statuses.filter((s) => s === 'PROVISIONING')).toHaveLength(1);
    const firstRunning = describeTasks(engine, arns).find((t) => t.lastStatus === 'RUNNING') as Wire<Task>;
    engine.call('StopTask', { cluster: 'demo', task: firstRunning.taskArn });
    engine.advance(30_000);
    const after = describeTasks(engine, arns);
    expect(after.filter((t) => t.lastStatus === 'RUNNING')).toHaveLength(2);
    expect(after.find((t) => t.lastStatus === 'STOPPED')?.taskArn).toBe(firstRunning.taskArn);
  });

  it('scales a service out and, after 15 minutes of lower demand, back in, never removing a busy instance', () => {
    const { engine } = engineWithCluster('demo');
    registerWorker(engine);
    createProvider(engine, 'managed', MANAGED, { max: 6 });
    associate(engine, 'demo', ['managed']);
    engine.call('CreateService', { cluster: 'demo', serviceName: 'workers', taskDefinition: 'worker', desiredCount: 4 });
    engine.advance(120_000);
    expect(describeService(engine, 'workers').runningCount).toBe(4);
    expect(providerInstances(engine, 'demo', 'managed')).toHaveLength(4);
    expect(serviceTasks(engine, 'workers').every((t) => t.capacityProviderName === 'managed')).toBe(true);

    engine.call('UpdateService', { cluster: 'demo', service: 'workers', desiredCount: 1 });
    engine.advance(5 * 60_000);
    // Lower demand for less than 15 minutes: the idle instances stay.
    expect(providerInstances(engine, 'demo', 'managed')).toHaveLength(4);
    engine.advance(12 * 60_000);
    const left = providerInstances(engine, 'demo', 'managed');
    expect(left).toHaveLength(1);
    const [task] = serviceTasks(engine, 'workers');
    expect(task.containerInstanceArn).toBe(left[0].containerInstanceArn);
    expect(task.lastStatus).toBe('RUNNING');
  });
});

describe('scale-in without termination protection', () => {
  it('drains a busy instance: its service task moves to another instance before the instance goes', () => {
    const { engine } = engineWithCluster('demo');
    registerWorker(engine, 512, 1024);
    const provider = createProvider(engine, 'fixed', {}, { desired: 2 });
    associate(engine, 'demo', ['fixed']);
    engine.advance(31_000);
    engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'workers',
      taskDefinition: 'worker',
      desiredCount: 2,
      placementConstraints: [{ type: 'distinctInstance' }],
    });
    engine.advance(60_000);
    expect(new Set(serviceTasks(engine, 'workers').map((t) => t.containerInstanceArn)).size).toBe(2);
    engine.call('UpdateService', { cluster: 'demo', service: 'workers', placementConstraints: [] });
    engine.call('TagResource', {
      resourceArn: provider.capacityProviderArn,
      tags: [{ key: 'ecs-local.asg-desired-capacity', value: '1' }],
    });
    engine.advance(1_000);
    const draining = providerInstances(engine, 'demo', 'fixed').filter((i) => i.status === 'DRAINING');
    expect(draining).toHaveLength(1);
    engine.advance(120_000);
    const [remaining] = providerInstances(engine, 'demo', 'fixed');
    expect(providerInstances(engine, 'demo', 'fixed')).toHaveLength(1);
    expect(remaining.containerInstanceArn).not.toBe(draining[0].containerInstanceArn);
    const running = serviceTasks(engine, 'workers');
    expect(running).toHaveLength(2);
    expect(running.every((t) => t.containerInstanceArn === remaining.containerInstanceArn)).toBe(true);
    const stopped = serviceTasks(engine, 'workers', 'STOPPED');
    expect(stopped[0].stoppedReason).toMatch(/is draining: its Auto Scaling group is scaling in\.$/);
  });
});
