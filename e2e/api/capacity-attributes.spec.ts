// Capacity providers over simulated Auto Scaling groups, attributes, task protection, ECS Exec and account
// settings through the real SDK, with every raw answer checked against the ECS model.
import {
  CreateCapacityProviderCommand,
  CreateClusterCommand,
  DescribeCapacityProvidersCommand,
  DescribeTasksCommand,
  ListAttributesCommand,
  ListTasksCommand,
  PutAttributesCommand,
  RegisterTaskDefinitionCommand,
  RunTaskCommand,
  UpdateTaskProtectionCommand,
} from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { ecsClient, uniqueName } from '../support/ecs';
import { fargateTaskDefinition } from './fixtures';
import { NETWORK, raw, rawError, sdkError } from './raw';

const client = ecsClient();
const ASG =
  'arn:aws:autoscaling:us-east-1:000000000000:autoScalingGroup:00000000-0000-4000-8000-000000000000:autoScalingGroupName';

async function ec2Family(): Promise<string> {
  const family = uniqueName('worker');
  await client.send(
    new RegisterTaskDefinitionCommand({
      family,
      requiresCompatibilities: ['EC2'],
      containerDefinitions: [{ name: 'worker', image: 'busybox', cpu: 1024, memory: 2048, essential: true }],
    }),
  );
  return family;
}

test('an Auto Scaling group provider with managed scaling launches instances for waiting tasks, which then run', async () => {
  const cluster = uniqueName('asg');
  const provider = uniqueName('cp');
  await client.send(new CreateClusterCommand({ clusterName: cluster }));
  const created = await raw<{ capacityProvider: { status: string; autoScalingGroupProvider: Record<string, unknown> } }>(
    'CreateCapacityProvider',
    {
      name: provider,
      autoScalingGroupProvider: {
        autoScalingGroupArn: `${ASG}/${provider}`,
        managedScaling: { status: 'ENABLED', targetCapacity: 100 },
        managedTerminationProtection: 'ENABLED',
      },
      tags: [{ key: 'ecs-local.asg-max-size', value: '3' }],
    },
  );
  expect(created.capacityProvider.status).toBe('ACTIVE');
  expect(created.capacityProvider.autoScalingGroupProvider).toMatchObject({
    managedDraining: 'ENABLED',
    managedTerminationProtection: 'ENABLED',
  });
  await raw('PutClusterCapacityProviders', {
    cluster,
    capacityProviders: [provider],
    defaultCapacityProviderStrategy: [{ capacityProvider: provider, weight: 1 }],
  });
  const family = await ec2Family();
  // No launch type: the cluster's default strategy, so the tasks wait for the provider's instances.
  const run = await raw<{ tasks: { taskArn: string; lastStatus: string; capacityProviderName: string }[] }>('RunTask', {
    cluster,
    taskDefinition: family,
    count: 2,
  });
  expect(run.tasks.map((t) => [t.lastStatus, t.capacityProviderName])).toEqual([
    ['PROVISIONING', provider],
    ['PROVISIONING', provider],
  ]);
  await expect
    .poll(
      async () => {
        const out = await client.send(new DescribeTasksCommand({ cluster, tasks: run.tasks.map((t) => t.taskArn) }));
        return out.tasks?.map((t) => t.lastStatus);
      },
      { timeout: 30_000, intervals: [500] },
    )
    .toEqual(['RUNNING', 'RUNNING']);
  const instances = await raw<{ containerInstanceArns: string[] }>('ListContainerInstances', { cluster });
  expect(instances.containerInstanceArns).toHaveLength(2);
  const described = await raw<{ containerInstances: { capacityProviderName: string }[] }>('DescribeContainerInstances', {
    cluster,
    containerInstances: instances.containerInstanceArns,
  });
  expect(described.containerInstances.every((i) => i.capacityProviderName === provider)).toBe(true);
  const providers = await client.send(new DescribeCapacityProvidersCommand({ capacityProviders: [provider], include: ['TAGS'] }));
  expect(providers.capacityProviders?.[0].tags).toEqual([{ key: 'ecs-local.asg-max-size', value: '3' }]);
  expect(await rawError('DeleteCapacityProvider', { capacityProvider: provider })).toEqual({
    __type: 'ClientException',
    message: `The capacity provider ${provider} is associated with cluster ${cluster} and cannot be deleted. Remove it from the cluster with PutClusterCapacityProviders first.`,
  });
  expect(
    await sdkError(
      client.send(
        new CreateCapacityProviderCommand({ name: 'ecs-reserved', autoScalingGroupProvider: { autoScalingGroupArn: 'x' } }),
      ),
    ),
  ).toMatchObject({ name: 'ClientException' });
  await raw('UpdateCapacityProvider', { name: provider, autoScalingGroupProvider: { managedScaling: { targetCapacity: 80 } } });
});

test('attributes on container instances: put, list, delete, and memberOf placement on them', async () => {
  const cluster = uniqueName('attr');
  await client.send(new CreateClusterCommand({ clusterName: cluster }));
  const instance = await raw<{
    containerInstance: { containerInstanceArn: string; attributes: { name: string; value?: string }[] };
  }>('RegisterContainerInstance', {
    cluster,
    instanceIdentityDocument: JSON.stringify({ instanceId: 'i-0abc', instanceType: 'm5.large', availabilityZone: 'us-east-1c' }),
  });
  const target = instance.containerInstance.containerInstanceArn;
  expect(instance.containerInstance.attributes).toEqual(
    expect.arrayContaining([
      { name: 'ecs.instance-type', value: 'm5.large' },
      { name: 'ecs.availability-zone', value: 'us-east-1c' },
    ]),
  );
  await raw('PutAttributes', { cluster, attributes: [{ name: 'stack', value: 'prod', targetId: target }] });
  const listed = await client.send(
    new ListAttributesCommand({ cluster, targetType: 'container-instance', attributeName: 'stack' }),
  );
  expect(listed.attributes).toEqual([{ name: 'stack', value: 'prod', targetId: target, targetType: 'container-instance' }]);
  await raw('ListAttributes', { cluster, targetType: 'container-instance', maxResults: 2 });
  expect(
    (await rawError('PutAttributes', { cluster, attributes: [{ name: 'x', value: 'y', targetId: 'f'.repeat(32) }] })).__type,
  ).toBe('TargetNotFoundException');
  const family = await ec2Family();
  const placed = await client.send(
    new RunTaskCommand({
      cluster,
      taskDefinition: family,
      placementConstraints: [{ type: 'memberOf', expression: 'attribute:stack == dev' }],
    }),
  );
  expect(placed.tasks).toEqual([]);
  expect(placed.failures?.[0].reason).toBe('ATTRIBUTE');
  await raw('DeleteAttributes', { cluster, attributes: [{ name: 'stack', targetId: target }] });
  const after = await client.send(
    new PutAttributesCommand({ cluster, attributes: [{ name: 'stack', value: 'dev', targetId: target }] }),
  );
  expect(after.attributes?.[0].value).toBe('dev');
  const now = await client.send(
    new RunTaskCommand({
      cluster,
      taskDefinition: family,
      placementConstraints: [{ type: 'memberOf', expression: 'attribute:stack == dev' }],
    }),
  );
  expect(now.tasks?.[0].containerInstanceArn).toBe(target);
});

test('task protection, ECS Exec and DeleteAccountSetting', async () => {
  const cluster = uniqueName('prot');
  const family = uniqueName('pf');
  await client.send(new CreateClusterCommand({ clusterName: cluster }));
  await client.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  await raw('CreateService', {
    cluster,
    serviceName: 'web',
    taskDefinition: family,
    desiredCount: 1,
    launchType: 'FARGATE',
    networkConfiguration: NETWORK,
    enableExecuteCommand: true,
  });
  const firstTask = async () => (await client.send(new ListTasksCommand({ cluster, serviceName: 'web' }))).taskArns?.[0];
  await expect.poll(firstTask, { timeout: 20_000 }).toBeTruthy();
  const taskArn = (await firstTask()) as string;
  const protectedOut = await client.send(
    new UpdateTaskProtectionCommand({ cluster, tasks: [taskArn], protectionEnabled: true, expiresInMinutes: 5 }),
  );
  expect(protectedOut.protectedTasks?.[0]).toMatchObject({ taskArn, protectionEnabled: true });
  expect(protectedOut.protectedTasks?.[0].expirationDate).toBeInstanceOf(Date);
  const got = await raw<{ protectedTasks: { protectionEnabled: boolean }[] }>('GetTaskProtection', { cluster, tasks: [taskArn] });
  expect(got.protectedTasks[0].protectionEnabled).toBe(true);
  await raw('UpdateService', { cluster, service: 'web', desiredCount: 0 });
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const still = await client.send(new DescribeTasksCommand({ cluster, tasks: [taskArn] }));
  expect(still.tasks?.[0].desiredStatus).toBe('RUNNING');

  await expect
    .poll(async () => (await client.send(new DescribeTasksCommand({ cluster, tasks: [taskArn] }))).tasks?.[0].lastStatus, {
      timeout: 20_000,
    })
    .toBe('RUNNING');
  const exec = await raw<{ session: { sessionId: string }; containerName: string }>('ExecuteCommand', {
    cluster,
    task: taskArn,
    command: '/bin/sh',
    interactive: true,
  });
  expect(exec.containerName).toBe('web');
  expect(exec.session.sessionId).toMatch(/^ecs-execute-command-/);

  await raw('PutAccountSetting', {
    name: 'awsvpcTrunking',
    value: 'enabled',
    principalArn: 'arn:aws:iam::000000000000:user/e2e',
  });
  const deleted = await raw<{ setting: { name: string; value: string } }>('DeleteAccountSetting', {
    name: 'awsvpcTrunking',
    principalArn: 'arn:aws:iam::000000000000:user/e2e',
  });
  expect(deleted.setting).toMatchObject({ name: 'awsvpcTrunking', value: 'enabled' });
});
