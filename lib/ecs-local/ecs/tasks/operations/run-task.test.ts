import { describe, expect, it } from 'vitest';
import { ecsError, NETWORK, registerEc2, registerFargate, runTask, setup } from '../../../testing/tasks';

describe('RunTask', () => {
  it('refuses bad requests with ECS exception names and messages', () => {
    const { engine } = setup();
    const td = registerFargate(engine, 'web');
    const ec2 = registerEc2(engine, 'bridge', 128, 256);
    const run = (input: Record<string, unknown>) => () => engine.call('RunTask', { cluster: 'demo', ...input });
    expect(run({ cluster: 'nope', taskDefinition: td })).toThrow(ecsError('ClusterNotFoundException', 'Cluster not found.'));
    expect(run({ taskDefinition: 'missing' })).toThrow(ecsError('ClientException', 'Unable to describe task definition.'));
    expect(run({ taskDefinition: td, count: 11, launchType: 'FARGATE', networkConfiguration: NETWORK })).toThrow(
      ecsError('InvalidParameterException', 'count must be between 1 and 10; got 11.'),
    );
    expect(run({ taskDefinition: td, launchType: 'FARGATE' })).toThrow(
      ecsError('InvalidParameterException', "Network Configuration must be provided when networkMode 'awsvpc' is specified."),
    );
    engine.call('RegisterContainerInstance', { cluster: 'demo' });
    expect(run({ taskDefinition: ec2, launchType: 'EXTERNAL', networkConfiguration: NETWORK })).toThrow(
      ecsError(
        'InvalidParameterException',
        'Network Configuration is not valid for the given networkMode of this task definition.',
      ),
    );
    expect(run({ taskDefinition: ec2, launchType: 'FARGATE' })).toThrow(
      ecsError('InvalidParameterException', 'Task definition does not support launch_type FARGATE.'),
    );
    const subnets = Array.from({ length: 17 }, (_, i) => `subnet-${i}`);
    expect(
      run({ taskDefinition: td, launchType: 'FARGATE', networkConfiguration: { awsvpcConfiguration: { subnets } } }),
    ).toThrow(ecsError('InvalidParameterException', 'subnets can have at most 16 items.'));
    expect(
      run({ taskDefinition: td, launchType: 'FARGATE', networkConfiguration: { awsvpcConfiguration: { subnets: [] } } }),
    ).toThrow(ecsError('InvalidParameterException', 'subnets can not be empty.'));
    const groups = { awsvpcConfiguration: { subnets: ['s'], securityGroups: ['1', '2', '3', '4', '5', '6'] } };
    expect(run({ taskDefinition: td, launchType: 'FARGATE', networkConfiguration: groups })).toThrow(
      ecsError('InvalidParameterException', 'securityGroups can have at most 5 items.'),
    );
    expect(
      run({
        taskDefinition: td,
        launchType: 'FARGATE',
        capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }],
        networkConfiguration: NETWORK,
      }),
    ).toThrow(ecsError('InvalidParameterException', /^Specifying both a launch type and capacity provider strategy/));
    expect(
      run({
        taskDefinition: td,
        capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }],
        networkConfiguration: NETWORK,
      }),
    ).toThrow(ecsError('InvalidParameterException', /not associated with the cluster/));
    const override = { containerOverrides: [{ name: 'other', command: ['x'] }] };
    expect(run({ taskDefinition: td, launchType: 'FARGATE', networkConfiguration: NETWORK, overrides: override })).toThrow(
      ecsError('InvalidParameterException', 'Override for container named other is not a container in the TaskDefinition.'),
    );
    const long = { containerOverrides: [{ name: 'app', command: ['x'.repeat(9000)] }] };
    expect(run({ taskDefinition: td, launchType: 'FARGATE', networkConfiguration: NETWORK, overrides: long })).toThrow(
      ecsError('InvalidParameterException', 'Container Overrides length must be at most 8192'),
    );
    expect(run({ taskDefinition: td, launchType: 'FARGATE', networkConfiguration: NETWORK, startedBy: 'has space' })).toThrow(
      ecsError('InvalidParameterException', /^startedBy may contain up to 128 letters/),
    );
    expect(run({ taskDefinition: td, launchType: 'FARGATE', networkConfiguration: NETWORK, propagateTags: 'SERVICE' })).toThrow(
      ecsError('InvalidParameterException', /^propagateTags SERVICE is only valid/),
    );
    expect(run({ taskDefinition: td, launchType: 'FARGATE', networkConfiguration: NETWORK, platformVersion: '9.9.9' })).toThrow(
      ecsError('PlatformUnknownException', 'The specified platform version does not exist.'),
    );
    expect(run({ taskDefinition: ec2, launchType: 'EC2', platformVersion: '1.4.0' })).toThrow(
      ecsError('InvalidParameterException', 'The platform version must be null when specifying an EC2 launch type.'),
    );
    engine.call('DeregisterTaskDefinition', { taskDefinition: 'web:1' });
    expect(run({ taskDefinition: 'web:1', launchType: 'FARGATE', networkConfiguration: NETWORK })).toThrow(
      ecsError('ClientException', /^TaskDefinition is inactive/),
    );
    // Nothing above left a task behind.
    expect(engine.store.ids('us-east-1', 'task')).toEqual([]);
  });

  it('runs count tasks with overrides, group, startedBy and tags (propagated and managed)', () => {
    const { engine } = setup();
    const td = registerFargate(engine, 'web', undefined, {
      tags: [
        { key: 'team', value: 'a' },
        { key: 'env', value: 'td' },
      ],
    });
    const out = runTask(engine, {
      taskDefinition: 'web',
      count: 3,
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
      startedBy: 'job/42',
      group: 'batch',
      overrides: { cpu: '512', memory: '1024', containerOverrides: [{ name: 'app', command: ['echo'] }] },
      tags: [{ key: 'env', value: 'run' }],
      propagateTags: 'TASK_DEFINITION',
      enableECSManagedTags: true,
    });
    expect(out.failures).toEqual([]);
    expect(out.tasks).toHaveLength(3);
    expect(new Set(out.tasks.map((t) => t.taskArn)).size).toBe(3);
    expect(out.tasks[0]).toMatchObject({
      taskDefinitionArn: td,
      group: 'batch',
      startedBy: 'job/42',
      cpu: '512',
      memory: '1024',
      overrides: { cpu: '512', memory: '1024', containerOverrides: [{ name: 'app', command: ['echo'] }] },
    });
    expect(out.tasks[0].tags).toEqual([
      { key: 'team', value: 'a' },
      { key: 'env', value: 'run' },
      { key: 'aws:ecs:clusterName', value: 'demo' },
    ]);
    const described = engine.call('DescribeTasks', { cluster: 'demo', tasks: [out.tasks[0].taskArn] }) as {
      tasks: { tags?: unknown }[];
    };
    expect(described.tasks[0].tags).toBeUndefined();
  });

  it('uses a capacity provider strategy, the cluster default strategy, or picks a launch type', () => {
    const { engine } = setup();
    engine.call('CreateCluster', {
      clusterName: 'spot',
      capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
      defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
    });
    const td = registerFargate(engine, 'web');
    const strategy = [
      { capacityProvider: 'FARGATE', weight: 1, base: 1 },
      { capacityProvider: 'FARGATE_SPOT', weight: 1 },
    ];
    const mixed = runTask(engine, {
      cluster: 'spot',
      taskDefinition: td,
      count: 5,
      capacityProviderStrategy: strategy,
      networkConfiguration: NETWORK,
    });
    expect(mixed.tasks.map((t) => t.capacityProviderName)).toEqual([
      'FARGATE',
      'FARGATE_SPOT',
      'FARGATE',
      'FARGATE_SPOT',
      'FARGATE',
    ]);
    expect(mixed.tasks.every((t) => t.launchType === 'FARGATE')).toBe(true);
    const byDefault = runTask(engine, { cluster: 'spot', taskDefinition: td, networkConfiguration: NETWORK });
    expect(byDefault.tasks[0]).toMatchObject({ launchType: 'FARGATE', capacityProviderName: 'FARGATE_SPOT' });
    // Neither a launch type nor a strategy nor a cluster default: EC2, as in ECS, even for a Fargate-ready revision.
    expect(() => runTask(engine, { taskDefinition: td, networkConfiguration: NETWORK })).toThrow(
      ecsError('InvalidParameterException', 'No Container Instances were found in your cluster.'),
    );
    const explicit = runTask(engine, { taskDefinition: td, launchType: 'FARGATE', networkConfiguration: NETWORK });
    expect(explicit.tasks[0].launchType).toBe('FARGATE');
    expect(explicit.tasks[0].capacityProviderName).toBeUndefined();
    const ec2 = registerEc2(engine, 'ec2', 128, 128);
    registerInstanceQuick(engine);
    expect(runTask(engine, { taskDefinition: ec2 }).tasks[0].launchType).toBe('EC2');
    const onInstance = runTask(engine, { taskDefinition: td, networkConfiguration: NETWORK }).tasks[0];
    expect(onInstance).toMatchObject({ launchType: 'EC2' });
    expect(onInstance.containerInstanceArn).toMatch(/:container-instance\/demo\//);
  });

  it('is idempotent per clientToken and refuses the token with other parameters', () => {
    const { engine } = setup();
    const td = registerFargate(engine, 'web');
    const input = {
      taskDefinition: td,
      count: 2,
      launchType: 'FARGATE' as const,
      networkConfiguration: NETWORK,
      clientToken: 'tok-1',
    };
    const first = runTask(engine, input);
    engine.advance(3000);
    const again = runTask(engine, input);
    expect(again.tasks.map((t) => t.taskArn)).toEqual(first.tasks.map((t) => t.taskArn));
    expect(again.tasks[0].lastStatus).toBe('RUNNING');
    expect(engine.store.ids('us-east-1', 'task')).toHaveLength(2);
    expect(() => runTask(engine, { ...input, count: 1 })).toThrow(
      ecsError('ConflictException', /clientToken 'tok-1' was already used/),
    );
  });
});

function registerInstanceQuick(engine: ReturnType<typeof setup>['engine']) {
  engine.call('RegisterContainerInstance', {
    cluster: 'demo',
    instanceIdentityDocument: JSON.stringify({ instanceId: 'i-0123456789abcdef0' }),
  });
}
