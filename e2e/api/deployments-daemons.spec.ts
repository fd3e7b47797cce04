// Task sets, blue/green deployments with a paused hook, StopServiceDeployment, service revisions, daemons,
// Express gateway services and ListServicesByNamespace through the real SDK, raw answers checked against
// the ECS model.
import {
  CreateClusterCommand,
  DescribeServicesCommand,
  DescribeTaskSetsCommand,
  ListDaemonDeploymentsCommand,
  ListServiceDeploymentsCommand,
  RegisterTaskDefinitionCommand,
  type ServiceDeployment,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { ecsClient, uniqueName } from '../support/ecs';
import { fargateTaskDefinition } from './fixtures';
import { NETWORK, raw, rawError } from './raw';

const client = ecsClient();

async function clusterWithFamily() {
  const cluster = uniqueName('dep');
  const family = uniqueName('df');
  await client.send(new CreateClusterCommand({ clusterName: cluster }));
  await client.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  await client.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  return { cluster, family };
}

async function serviceDeployment(arn: string): Promise<ServiceDeployment> {
  const out = await raw<{ serviceDeployments: ServiceDeployment[] }>('DescribeServiceDeployments', {
    serviceDeploymentArns: [arn],
  });
  return out.serviceDeployments[0];
}

test('task sets of an EXTERNAL service reach their computed counts and report stability', async () => {
  const { cluster, family } = await clusterWithFamily();
  await raw('CreateService', { cluster, serviceName: 'ext', desiredCount: 2, deploymentController: { type: 'EXTERNAL' } });
  const created = await raw<{ taskSet: { id: string; taskSetArn: string } }>('CreateTaskSet', {
    cluster,
    service: 'ext',
    taskDefinition: `${family}:1`,
    launchType: 'FARGATE',
    networkConfiguration: NETWORK,
    scale: { value: 50, unit: 'PERCENT' },
  });
  await expect
    .poll(
      async () => {
        const out = await client.send(new DescribeTaskSetsCommand({ cluster, service: 'ext' }));
        const set = out.taskSets?.[0];
        return [set?.computedDesiredCount, set?.runningCount, set?.stabilityStatus];
      },
      { timeout: 30_000, intervals: [500] },
    )
    .toEqual([1, 1, 'STEADY_STATE']);
  await raw('UpdateServicePrimaryTaskSet', { cluster, service: 'ext', primaryTaskSet: created.taskSet.taskSetArn });
  await raw('UpdateTaskSet', { cluster, service: 'ext', taskSet: created.taskSet.id, scale: { value: 0, unit: 'PERCENT' } });
  const sets = await raw<{ taskSets: { status: string }[] }>('DescribeTaskSets', { cluster, service: 'ext', include: ['TAGS'] });
  expect(sets.taskSets[0].status).toBe('PRIMARY');
  await raw('DeleteTaskSet', { cluster, service: 'ext', taskSet: created.taskSet.id });
  expect((await rawError('CreateTaskSet', { cluster, service: 'nope', taskDefinition: family })).__type).toBe(
    'ServiceNotFoundException',
  );
});

test('a blue/green deployment pauses at its hook until ContinueServiceDeployment, then completes', async () => {
  test.setTimeout(90_000);
  const { cluster, family } = await clusterWithFamily();
  const strategy = { strategy: 'BLUE_GREEN' as const, bakeTimeInMinutes: 0 };
  await raw('CreateService', {
    cluster,
    serviceName: 'bg',
    taskDefinition: `${family}:1`,
    desiredCount: 1,
    launchType: 'FARGATE',
    networkConfiguration: NETWORK,
    deploymentConfiguration: strategy,
  });
  const completed = async () =>
    (await client.send(new DescribeServicesCommand({ cluster, services: ['bg'] }))).services?.[0].deployments?.[0].rolloutState;
  await expect.poll(completed, { timeout: 30_000, intervals: [500] }).toBe('COMPLETED');
  await client.send(
    new UpdateServiceCommand({
      cluster,
      service: 'bg',
      taskDefinition: `${family}:2`,
      deploymentConfiguration: { ...strategy, lifecycleHooks: [{ targetType: 'PAUSE', lifecycleStages: ['POST_SCALE_UP'] }] },
    }),
  );
  const service = (await client.send(new DescribeServicesCommand({ cluster, services: ['bg'] }))).services?.[0];
  const arn = service?.currentServiceDeployment as string;
  await expect
    .poll(async () => (await serviceDeployment(arn)).lifecycleStage, { timeout: 30_000, intervals: [500] })
    .toBe('POST_SCALE_UP');
  const hook = (await serviceDeployment(arn)).lifecycleHookDetails?.[0];
  expect(hook?.status).toBe('AWAITING_ACTION');
  await raw('ContinueServiceDeployment', { serviceDeploymentArn: arn, hookId: hook?.hookId, action: 'CONTINUE' });
  await expect.poll(async () => (await serviceDeployment(arn)).status, { timeout: 30_000, intervals: [500] }).toBe('SUCCESSFUL');
  const target = (await serviceDeployment(arn)).targetServiceRevision?.arn;
  const revisions = await raw<{ serviceRevisions: { taskDefinition: string }[] }>('DescribeServiceRevisions', {
    serviceRevisionArns: [target],
  });
  expect(revisions.serviceRevisions[0].taskDefinition).toMatch(new RegExp(`${family}:2$`));
});

test('StopServiceDeployment rolls a rolling deployment back', async () => {
  const { cluster, family } = await clusterWithFamily();
  await raw('CreateService', {
    cluster,
    serviceName: 'roll',
    taskDefinition: `${family}:1`,
    desiredCount: 1,
    launchType: 'FARGATE',
    networkConfiguration: NETWORK,
  });
  const first = async () => (await client.send(new DescribeServicesCommand({ cluster, services: ['roll'] }))).services?.[0];
  await expect
    .poll(async () => (await first())?.deployments?.[0].rolloutState, { timeout: 30_000, intervals: [500] })
    .toBe('COMPLETED');
  await client.send(new UpdateServiceCommand({ cluster, service: 'roll', taskDefinition: `${family}:2` }));
  const arn = (await first())?.currentServiceDeployment as string;
  await raw('StopServiceDeployment', { serviceDeploymentArn: arn, stopType: 'ROLLBACK' });
  await expect
    .poll(async () => (await serviceDeployment(arn)).status, { timeout: 30_000, intervals: [500] })
    .toBe('ROLLBACK_SUCCESSFUL');
  expect((await first())?.taskDefinition).toMatch(new RegExp(`${family}:1$`));
  expect((await rawError('StopServiceDeployment', { serviceDeploymentArn: arn })).__type).toBe('ConflictException');
  const history = await client.send(new ListServiceDeploymentsCommand({ cluster, service: 'roll' }));
  expect(history.serviceDeployments?.map((d) => d.status)).toEqual(['ROLLBACK_SUCCESSFUL', 'SUCCESSFUL']);
});

test('a daemon runs one task per instance of its capacity provider', async () => {
  const cluster = uniqueName('dmn');
  const provider = uniqueName('nodes');
  await client.send(new CreateClusterCommand({ clusterName: cluster }));
  await raw('CreateCapacityProvider', {
    name: provider,
    autoScalingGroupProvider: {
      autoScalingGroupArn: `arn:aws:autoscaling:us-east-1:000000000000:autoScalingGroup:x:autoScalingGroupName/${provider}`,
    },
    tags: [{ key: 'ecs-local.asg-desired-capacity', value: '2' }],
  });
  await raw('PutClusterCapacityProviders', { cluster, capacityProviders: [provider], defaultCapacityProviderStrategy: [] });
  const family = uniqueName('agent');
  const td = await raw<{ daemonTaskDefinitionArn: string }>('RegisterDaemonTaskDefinition', {
    family,
    containerDefinitions: [{ name: 'agent', image: 'amazon/cloudwatch-agent:latest' }],
  });
  await raw('DescribeDaemonTaskDefinition', { daemonTaskDefinition: family });
  await raw('ListDaemonTaskDefinitions', { familyPrefix: family });
  const daemon = await raw<{ daemonArn: string; deploymentArn: string }>('CreateDaemon', {
    clusterArn: cluster,
    daemonName: 'agent',
    daemonTaskDefinitionArn: td.daemonTaskDefinitionArn,
    capacityProviderArns: [provider],
  });
  await expect
    .poll(
      async () =>
        (
          await raw<{ daemon: { currentRevisions: { totalRunningCount: number }[] } }>('DescribeDaemon', {
            daemonArn: daemon.daemonArn,
          })
        ).daemon.currentRevisions[0]?.totalRunningCount,
      { timeout: 30_000, intervals: [500] },
    )
    .toBe(2);
  const deployments = await raw<{ daemonDeployments: { status: string; targetDaemonRevision: { arn: string } }[] }>(
    'DescribeDaemonDeployments',
    {
      daemonDeploymentArns: [daemon.deploymentArn],
    },
  );
  await raw('DescribeDaemonRevisions', { daemonRevisionArns: [deployments.daemonDeployments[0].targetDaemonRevision.arn] });
  await raw('ListDaemons', { clusterArn: cluster });
  const listed = await client.send(new ListDaemonDeploymentsCommand({ daemonArn: daemon.daemonArn }));
  expect(listed.daemonDeployments?.length).toBe(1);
  await raw('DeleteDaemon', { daemonArn: daemon.daemonArn });
  await raw('DeleteDaemonTaskDefinition', { daemonTaskDefinition: td.daemonTaskDefinitionArn });
});

test('Express gateway services and ListServicesByNamespace', async () => {
  const cluster = uniqueName('exp');
  await client.send(new CreateClusterCommand({ clusterName: cluster, serviceConnectDefaults: { namespace: `${cluster}-ns` } }));
  const created = await raw<{
    service: { serviceArn: string; activeConfigurations: { ingressPaths: { endpoint: string }[] }[] };
  }>('CreateExpressGatewayService', {
    cluster,
    executionRoleArn: 'arn:aws:iam::000000000000:role/exec',
    infrastructureRoleArn: 'arn:aws:iam::000000000000:role/infra',
    primaryContainer: { image: 'nginx:latest' },
  });
  expect(created.service.activeConfigurations[0].ingressPaths[0].endpoint).toMatch(/\.ecs\.us-east-1\.on\.aws$/);
  await raw('DescribeExpressGatewayService', { serviceArn: created.service.serviceArn, include: ['TAGS'] });
  await raw('UpdateExpressGatewayService', { serviceArn: created.service.serviceArn, cpu: '512', memory: '1024' });
  await raw('DeleteExpressGatewayService', { serviceArn: created.service.serviceArn });
  expect(await raw('ListServicesByNamespace', { namespace: `${cluster}-ns` })).toEqual({ serviceArns: [] });
  expect((await rawError('ListServicesByNamespace', { namespace: uniqueName('none') })).__type).toBe(
    'NamespaceNotFoundException',
  );
});
