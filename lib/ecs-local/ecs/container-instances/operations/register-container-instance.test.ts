import type { ContainerInstance, ListContainerInstancesResponse } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../engine';
import type { Wire } from '../../../protocol/serialize';
import { putTask } from '../../../testing/documents';

type Instance = Wire<ContainerInstance>;
const ARN_PREFIX = 'arn:aws:ecs:us-east-1:000000000000:container-instance/demo/';

function setup() {
  const engine = new Engine({ memory: true });
  engine.call('CreateCluster', { clusterName: 'demo' });
  return engine;
}

function register(engine: Engine, input: Record<string, unknown> = {}): Instance {
  return (engine.call('RegisterContainerInstance', { cluster: 'demo', ...input }) as { containerInstance: Instance })
    .containerInstance;
}

function describeInstances(engine: Engine, input: Record<string, unknown>) {
  return engine.call('DescribeContainerInstances', { cluster: 'demo', ...input }) as {
    containerInstances: Instance[];
    failures: { arn: string; reason: string }[];
  };
}

describe('RegisterContainerInstance', () => {
  it('registers an EXTERNAL instance with default resources when nothing is given', () => {
    const engine = setup();
    const instance = register(engine, { tags: [{ key: 'k', value: 'v' }] });
    expect(instance.containerInstanceArn).toMatch(new RegExp(`^${ARN_PREFIX}[0-9a-f]{32}$`));
    expect(instance.ec2InstanceId).toMatch(/^mi-[0-9a-f]{17}$/);
    expect(instance).toMatchObject({
      status: 'ACTIVE',
      agentConnected: true,
      runningTasksCount: 0,
      pendingTasksCount: 0,
      version: 1,
    });
    expect(instance.tags).toEqual([{ key: 'k', value: 'v' }]);
    const cpu = instance.registeredResources?.find((r) => r.name === 'CPU');
    expect(cpu).toMatchObject({ type: 'INTEGER', integerValue: 2048 });
    expect(instance.registeredResources?.map((r) => r.name)).toEqual(['CPU', 'MEMORY', 'PORTS', 'PORTS_UDP']);
    expect(instance.remainingResources).toEqual(instance.registeredResources);
    expect(instance).not.toHaveProperty('_cluster');
  });

  it('takes the EC2 instance id from the identity document, and answers a second registration with the same instance', () => {
    const engine = setup();
    const doc = JSON.stringify({ instanceId: 'i-0123456789abcdef0', region: 'us-east-1' });
    const first = register(engine, {
      instanceIdentityDocument: doc,
      totalResources: [{ name: 'CPU', type: 'INTEGER', integerValue: 4096 }],
      attributes: [{ name: 'stack', value: 'prod' }],
    });
    expect(first.ec2InstanceId).toBe('i-0123456789abcdef0');
    expect(first.registeredResources?.find((r) => r.name === 'CPU')?.integerValue).toBe(4096);
    expect(first.attributes).toContainEqual({ name: 'stack', value: 'prod' });
    expect(register(engine, { instanceIdentityDocument: doc }).containerInstanceArn).toBe(first.containerInstanceArn);
    expect(() => register(engine, { instanceIdentityDocument: 'not json' })).toThrow(
      expect.objectContaining({ type: 'InvalidParameterException' }),
    );
  });

  it('refuses an attribute name or value that PutAttributes would refuse, naming it', () => {
    const engine = setup();
    const cases: [object, RegExp][] = [
      [{ name: 'stack', value: '' }, /The value '' of attribute stack is not valid/],
      [{ name: 'bad name!', value: 'x' }, /The attribute name 'bad name!' is not valid/],
      [{ name: 'stack', value: ' padded' }, /The value ' padded' of attribute stack is not valid/],
    ];
    for (const [attribute, message] of cases)
      expect(() => register(engine, { attributes: [attribute] })).toThrow(
        expect.objectContaining({ type: 'InvalidParameterException', message: expect.stringMatching(message) }),
      );
    expect(engine.call('ListContainerInstances', { cluster: 'demo' })).toMatchObject({ containerInstanceArns: [] });
  });

  it("turns the identity document's instance type, zone and AMI into ECS's attributes", () => {
    const engine = setup();
    const doc = JSON.stringify({
      instanceId: 'i-0aaaabbbbccccdddd',
      instanceType: 'm5.large',
      availabilityZone: 'us-east-1b',
      imageId: 'ami-0123456789abcdef0',
    });
    const instance = register(engine, { instanceIdentityDocument: doc, attributes: [{ name: 'team', value: 'a' }] });
    const attributes = Object.fromEntries((instance.attributes ?? []).map((a) => [a.name, a.value]));
    expect(attributes).toMatchObject({
      'ecs.instance-type': 'm5.large',
      'ecs.availability-zone': 'us-east-1b',
      'ecs.ami-id': 'ami-0123456789abcdef0',
      'ecs.os-type': 'linux',
      team: 'a',
    });
    // A re-registration with new attributes keeps ECS's own ones.
    const again = register(engine, {
      containerInstanceArn: instance.containerInstanceArn,
      attributes: [{ name: 'team', value: 'b' }],
    });
    const after = Object.fromEntries((again.attributes ?? []).map((a) => [a.name, a.value]));
    expect(after).toMatchObject({ 'ecs.instance-type': 'm5.large', 'ecs.availability-zone': 'us-east-1b', team: 'b' });
    // An EXTERNAL instance has no EC2 facts.
    const external = register(engine);
    expect(external.attributes?.map((a) => a.name)).not.toContain('ecs.instance-type');
  });

  it('refuses an unknown cluster', () => {
    const engine = setup();
    expect(() => engine.call('RegisterContainerInstance', { cluster: 'nope' })).toThrow(
      expect.objectContaining({ type: 'ClusterNotFoundException', message: 'Cluster not found.' }),
    );
  });
});

describe('DescribeContainerInstances', () => {
  it('describes by id or ARN, counts tasks placed on the instance, reports unknown ones as MISSING', () => {
    const engine = setup();
    const instance = register(engine);
    const arn = instance.containerInstanceArn ?? '';
    const id = arn.split('/').pop() ?? '';
    putTask(engine, 'demo', 'RUNNING', { containerInstanceArn: arn });
    putTask(engine, 'demo', 'PENDING', { containerInstanceArn: arn });
    putTask(engine, 'demo', 'STOPPED', { containerInstanceArn: arn });
    putTask(engine, 'demo', 'RUNNING');
    const out = describeInstances(engine, { containerInstances: [id, arn, 'f'.repeat(32)] });
    expect(out.containerInstances.map((i) => [i.runningTasksCount, i.pendingTasksCount])).toEqual([
      [1, 1],
      [1, 1],
    ]);
    expect(out.containerInstances[0].tags).toBeUndefined();
    expect(out.failures).toEqual([{ arn: `${ARN_PREFIX}${'f'.repeat(32)}`, reason: 'MISSING' }]);
    const withTags = describeInstances(engine, { containerInstances: [id], include: ['TAGS', 'CONTAINER_INSTANCE_HEALTH'] });
    expect(withTags.containerInstances[0]).toMatchObject({ tags: [], healthStatus: { overallStatus: 'OK' } });
  });

  it('refuses an empty list, after the cluster check', () => {
    const engine = setup();
    expect(() => describeInstances(engine, { containerInstances: [] })).toThrow(
      expect.objectContaining({ type: 'ClientException', message: 'Container Instances cannot be empty.' }),
    );
    expect(() => engine.call('DescribeContainerInstances', { cluster: 'nope', containerInstances: [] })).toThrow(
      expect.objectContaining({ type: 'ClusterNotFoundException' }),
    );
  });

  it('refuses more than 100 instances', () => {
    const engine = setup();
    expect(() => describeInstances(engine, { containerInstances: Array.from({ length: 101 }, (_, i) => `i${i}`) })).toThrow(
      expect.objectContaining({
        type: 'InvalidParameterException',
        message: 'At most 100 container instances can be described at once; got 101.',
      }),
    );
  });
});

describe('ListContainerInstances', () => {
  it('lists non-INACTIVE instances in pages, filters by status and attribute, and rejects garbage tokens', () => {
    const engine = setup();
    const arns = [1, 2, 3].map((n) => register(engine, { attributes: [{ name: 'n', value: String(n) }] }).containerInstanceArn);
    const sorted = [...arns].sort();
    const pages: string[][] = [];
    let nextToken: string | undefined;
    do {
      const out = engine.call('ListContainerInstances', {
        cluster: 'demo',
        maxResults: 1,
        nextToken,
      }) as ListContainerInstancesResponse;
      pages.push(out.containerInstanceArns ?? []);
      nextToken = out.nextToken;
    } while (nextToken);
    expect(pages).toEqual(sorted.map((arn) => [arn]));

    const filtered = engine.call('ListContainerInstances', {
      cluster: 'demo',
      filter: 'attribute:n == 2',
    }) as ListContainerInstancesResponse;
    expect(filtered.containerInstanceArns).toEqual([arns[1]]);
    const exists = engine.call('ListContainerInstances', { cluster: 'demo', filter: 'attribute:n exists and attribute:n != 1' });
    const either = engine.call('ListContainerInstances', { cluster: 'demo', filter: 'attribute:n == 1 or attribute:n in [3]' });
    expect((either as ListContainerInstancesResponse).containerInstanceArns?.sort()).toEqual([arns[0], arns[2]].sort());
    expect((exists as ListContainerInstancesResponse).containerInstanceArns?.sort()).toEqual([arns[1], arns[2]].sort());
    expect(() => engine.call('ListContainerInstances', { cluster: 'demo', filter: 'runningTasksCount > 1' })).toThrow(
      expect.objectContaining({ type: 'InvalidParameterException' }),
    );

    engine.call('DeregisterContainerInstance', { cluster: 'demo', containerInstance: arns[0] });
    const active = engine.call('ListContainerInstances', { cluster: 'demo' }) as ListContainerInstancesResponse;
    expect(active.containerInstanceArns).toHaveLength(2);
    expect(engine.call('ListContainerInstances', { cluster: 'demo', status: 'DRAINING' })).toEqual({ containerInstanceArns: [] });
    expect(() => engine.call('ListContainerInstances', { cluster: 'demo', nextToken: 'zzz' })).toThrow(
      expect.objectContaining({ type: 'InvalidParameterException', message: 'Invalid nextToken.' }),
    );
  });
});

describe('DeregisterContainerInstance', () => {
  it('refuses an instance with tasks unless forced, then marks it INACTIVE', () => {
    const engine = setup();
    const arn = register(engine).containerInstanceArn ?? '';
    putTask(engine, 'demo', 'RUNNING', { containerInstanceArn: arn });
    expect(() => engine.call('DeregisterContainerInstance', { cluster: 'demo', containerInstance: arn })).toThrow(
      expect.objectContaining({
        type: 'InvalidParameterException',
        message: 'The container instance has 1 task on it. Stop them first, or deregister with force to leave them orphaned.',
      }),
    );
    const out = engine.call('DeregisterContainerInstance', { cluster: 'demo', containerInstance: arn, force: true }) as {
      containerInstance: Instance;
    };
    expect(out.containerInstance).toMatchObject({ status: 'INACTIVE', agentConnected: false });
    expect(() => engine.call('DeregisterContainerInstance', { cluster: 'demo', containerInstance: arn })).toThrow(
      expect.objectContaining({ type: 'InvalidParameterException' }),
    );
  });

  it('does not find an instance through another cluster', () => {
    const engine = setup();
    engine.call('CreateCluster', { clusterName: 'other' });
    const arn = register(engine).containerInstanceArn ?? '';
    const id = arn.split('/').pop();
    expect(() => engine.call('DeregisterContainerInstance', { cluster: 'other', containerInstance: id })).toThrow(
      expect.objectContaining({ type: 'InvalidParameterException' }),
    );
    expect(describeInstances(engine, { cluster: 'other', containerInstances: [arn] }).failures).toHaveLength(1);
  });
});
