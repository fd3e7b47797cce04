// Services through the real SDK and raw HTTP: create → steady state, rolling update, scale, delete, paginator,
// waiters, circuit breaker with rollback, errors.
import {
  CreateClusterCommand,
  CreateServiceCommand,
  type CreateServiceCommandInput,
  DeleteClusterCommand,
  DeleteServiceCommand,
  DescribeServicesCommand,
  ListTasksCommand,
  paginateListServices,
  RegisterTaskDefinitionCommand,
  StopTaskCommand,
  UpdateServiceCommand,
  waitUntilServicesInactive,
  waitUntilServicesStable,
} from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { ecsClient, uniqueName } from '../support/ecs';
import { fargateTaskDefinition, quickWaiter } from './fixtures';
import { arnOf, NETWORK, raw, rawError, sdkError } from './raw';

const client = ecsClient();

async function setup(labels: Record<string, string> = {}) {
  const cluster = uniqueName('svc');
  const family = uniqueName('sf');
  await client.send(new CreateClusterCommand({ clusterName: cluster }));
  await client.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  if (Object.keys(labels).length > 0) await client.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family, labels)));
  return { cluster, family };
}

function serviceInput(cluster: string, family: string, serviceName: string, desiredCount: number): CreateServiceCommandInput {
  return {
    cluster,
    serviceName,
    taskDefinition: `${family}:1`,
    desiredCount,
    launchType: 'FARGATE',
    networkConfiguration: NETWORK,
  };
}

async function describeService(cluster: string, service: string) {
  const res = await client.send(new DescribeServicesCommand({ cluster, services: [service] }));
  return res.services?.[0];
}

/** The services-stable waiter only checks counts; ECS marks the deployment COMPLETED once its tasks count as healthy. */
async function waitCompleted(cluster: string, service: string) {
  await expect
    .poll(async () => (await describeService(cluster, service))?.deployments?.map((d) => d.rolloutState), {
      timeout: 30_000,
      intervals: [250],
    })
    .toEqual(['COMPLETED']);
}

test('a service reaches a steady state, rolls to a new revision, and scales without a new deployment', async () => {
  const { cluster, family } = await setup();
  await client.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  const created = await raw<{ service: Record<string, unknown> & { deployments: Record<string, unknown>[] } }>(
    'CreateService',
    serviceInput(cluster, family, 'web', 2),
  );
  expect(created.service).toMatchObject({
    serviceArn: arnOf(`service/${cluster}/web`),
    serviceName: 'web',
    clusterArn: arnOf(`cluster/${cluster}`),
    status: 'ACTIVE',
    desiredCount: 2,
    launchType: 'FARGATE',
    taskDefinition: arnOf(`task-definition/${family}:1`),
    schedulingStrategy: 'REPLICA',
    deploymentController: { type: 'ECS' },
    propagateTags: 'NONE',
  });
  expect(created.service.deploymentConfiguration).toMatchObject({ maximumPercent: 200, minimumHealthyPercent: 100 });
  expect(created.service.deployments).toHaveLength(1);
  expect(created.service.deployments[0]).toMatchObject({ status: 'PRIMARY', rolloutState: 'IN_PROGRESS', desiredCount: 2 });
  expect(created.service.deployments[0].id).toMatch(/^ecs-svc\/\d{19}$/);

  await waitUntilServicesStable(quickWaiter(client), { cluster, services: ['web'] });
  await waitCompleted(cluster, 'web');
  const stable = await raw<{ services: Record<string, unknown>[] }>('DescribeServices', { cluster, services: ['web'] });
  const service = stable.services[0] as {
    runningCount: number;
    deployments: { id: string; rolloutState: string }[];
    events: { message: string }[];
  };
  expect(service.runningCount).toBe(2);
  expect(service.deployments).toHaveLength(1);
  expect(service.deployments[0].rolloutState).toBe('COMPLETED');
  expect(service.events.map((e) => e.message)).toContain('(service web) has reached a steady state.');
  expect(
    service.events.some((e) =>
      /^\(service web\) has started 2 tasks: \(task [0-9a-f]{32}\) \(task [0-9a-f]{32}\)\.$/.test(e.message),
    ),
  ).toBe(true);

  const tasks = await client.send(new ListTasksCommand({ cluster, serviceName: 'web' }));
  expect(tasks.taskArns).toHaveLength(2);

  await client.send(new UpdateServiceCommand({ cluster, service: 'web', taskDefinition: `${family}:2` }));
  const rolling = await describeService(cluster, 'web');
  expect(rolling?.deployments?.[0]).toMatchObject({ status: 'PRIMARY', taskDefinition: arnOf(`task-definition/${family}:2`) });
  expect(rolling?.deployments?.length).toBe(2);
  await waitUntilServicesStable(quickWaiter(client), { cluster, services: ['web'] });
  const rolled = await describeService(cluster, 'web');
  expect(rolled?.deployments).toHaveLength(1);
  expect(rolled?.taskDefinition).toBe(arnOf(`task-definition/${family}:2`));

  const primary = rolled?.deployments?.[0].id;
  await client.send(new UpdateServiceCommand({ cluster, service: 'web', desiredCount: 1 }));
  await waitUntilServicesStable(quickWaiter(client), { cluster, services: ['web'] });
  const scaled = await describeService(cluster, 'web');
  expect(scaled?.deployments?.map((d) => d.id)).toEqual([primary]);
  expect(scaled?.runningCount).toBe(1);
});

test('deleting a service: refused while scaled up, DRAINING then INACTIVE, unlisted, name reusable', async () => {
  const { cluster, family } = await setup();
  await client.send(new CreateServiceCommand(serviceInput(cluster, family, 'api', 1)));
  const refused = await sdkError(client.send(new DeleteServiceCommand({ cluster, service: 'api' })));
  expect(refused).toEqual({
    name: 'InvalidParameterException',
    message: 'The service cannot be stopped while it is scaled above 0.',
  });
  const clusterRefused = await sdkError(client.send(new DeleteClusterCommand({ cluster })));
  expect(clusterRefused).toEqual({
    name: 'ClusterContainsServicesException',
    message: 'The Cluster cannot be deleted while Services are active.',
  });

  const deleted = await raw<{ service: { status: string; desiredCount: number } }>('DeleteService', {
    cluster,
    service: 'api',
    force: true,
  });
  expect(deleted.service.status).toBe('DRAINING');
  expect(deleted.service.desiredCount).toBe(0);
  const listed = await raw<{ serviceArns: string[] }>('ListServices', { cluster });
  expect(listed.serviceArns).toEqual([]);
  await waitUntilServicesInactive(quickWaiter(client), { cluster, services: ['api'] });
  expect((await describeService(cluster, 'api'))?.status).toBe('INACTIVE');
  const again = await client.send(new CreateServiceCommand(serviceInput(cluster, family, 'api', 0)));
  expect(again.service?.status).toBe('ACTIVE');
});

test('paginateListServices: 10 per page by default, every service once', async () => {
  const { cluster, family } = await setup();
  const names = Array.from({ length: 12 }, (_, i) => `s${String(i).padStart(2, '0')}`);
  for (const name of names) await client.send(new CreateServiceCommand(serviceInput(cluster, family, name, 0)));
  const first = await raw<{ serviceArns: string[]; nextToken?: string }>('ListServices', { cluster });
  expect(first.serviceArns).toHaveLength(10);
  expect(first.nextToken).toBeTruthy();
  const arns: string[] = [];
  for await (const page of paginateListServices({ client, pageSize: 5 }, { cluster })) arns.push(...(page.serviceArns ?? []));
  expect(arns.sort()).toEqual(names.map((n) => arnOf(`service/${cluster}/${n}`)));
});

test('the circuit breaker fails a broken deployment and rolls back to the last good one', async () => {
  const { cluster, family } = await setup({ 'ecs-local.exit-code': '1', 'ecs-local.exit-after': '1' });
  await client.send(
    new CreateServiceCommand({
      ...serviceInput(cluster, family, 'cb', 1),
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
    }),
  );
  await waitUntilServicesStable(quickWaiter(client), { cluster, services: ['cb'] });
  // Rollback goes to the last COMPLETED deployment, so the first one must have completed.
  await waitCompleted(cluster, 'cb');
  const good = (await describeService(cluster, 'cb'))?.deployments?.[0].id;
  await client.send(new UpdateServiceCommand({ cluster, service: 'cb', taskDefinition: `${family}:2` }));
  const failing = (await describeService(cluster, 'cb'))?.deployments?.[0].id;
  expect(failing).not.toBe(good);
  await expect
    .poll(async () => (await describeService(cluster, 'cb'))?.taskDefinition, { timeout: 45_000, intervals: [500] })
    .toBe(arnOf(`task-definition/${family}:1`));
  const service = await describeService(cluster, 'cb');
  const primary = service?.deployments?.find((d) => d.status === 'PRIMARY');
  expect(primary?.id).not.toBe(good);
  expect(primary?.id).not.toBe(failing);
  expect(primary?.taskDefinition).toBe(arnOf(`task-definition/${family}:1`));
  // The breaker's own words, in the service's events.
  expect(service?.events?.map((e) => e.message)).toContain(
    `(service cb) (deployment ${failing}) deployment failed: tasks failed to start.`,
  );
  await waitUntilServicesStable(quickWaiter(client), { cluster, services: ['cb'] });
});

test('service errors carry ECS exception names and messages', async () => {
  const { cluster, family } = await setup();
  await client.send(new CreateServiceCommand(serviceInput(cluster, family, 'dup', 0)));
  expect(await rawError('CreateService', serviceInput(cluster, family, 'dup', 0))).toEqual({
    __type: 'InvalidParameterException',
    message: 'Creation of service was not idempotent.',
  });
  const noNetwork = await sdkError(
    client.send(new CreateServiceCommand({ ...serviceInput(cluster, family, 'nonet', 1), networkConfiguration: undefined })),
  );
  expect(noNetwork).toEqual({
    name: 'InvalidParameterException',
    message: "Network Configuration must be provided when networkMode 'awsvpc' is specified.",
  });
  expect(await sdkError(client.send(new UpdateServiceCommand({ cluster, service: 'ghost', desiredCount: 1 })))).toEqual({
    name: 'ServiceNotFoundException',
    message: 'Service not found.',
  });
  expect((await sdkError(client.send(new DescribeServicesCommand({ cluster: uniqueName('x'), services: ['a'] })))).name).toBe(
    'ClusterNotFoundException',
  );
  const missing = await raw<{ services: unknown[]; failures: { arn: string; reason: string }[] }>('DescribeServices', {
    cluster,
    services: ['ghost'],
  });
  expect(missing.services).toEqual([]);
  expect(missing.failures).toEqual([{ arn: arnOf(`service/${cluster}/ghost`), reason: 'MISSING' }]);
  expect((await rawError('DescribeServices', { cluster, services: Array.from({ length: 11 }, (_, i) => `s${i}`) })).__type).toBe(
    'InvalidParameterException',
  );
});

test('service tasks carry the deployment, a stopped one is replaced, and cluster counts follow', async () => {
  const { cluster, family } = await setup();
  await client.send(new CreateServiceCommand(serviceInput(cluster, family, 'heal', 2)));
  await waitUntilServicesStable(quickWaiter(client), { cluster, services: ['heal'] });
  const service = await describeService(cluster, 'heal');
  const deploymentId = service?.deployments?.[0].id as string;
  const listed = await client.send(new ListTasksCommand({ cluster, serviceName: 'heal' }));
  const tasks = await raw<{ tasks: { taskArn: string; group: string; startedBy: string }[] }>('DescribeTasks', {
    cluster,
    tasks: listed.taskArns,
  });
  for (const task of tasks.tasks) expect(task).toMatchObject({ group: 'service:heal', startedBy: deploymentId });
  const byStarter = await client.send(new ListTasksCommand({ cluster, startedBy: deploymentId }));
  expect(byStarter.taskArns?.sort()).toEqual(listed.taskArns?.sort());

  const counts = await raw<{ clusters: { activeServicesCount: number; runningTasksCount: number }[] }>('DescribeClusters', {
    clusters: [cluster],
  });
  expect(counts.clusters[0]).toMatchObject({ activeServicesCount: 1, runningTasksCount: 2 });

  const victim = listed.taskArns?.[0] as string;
  await client.send(new StopTaskCommand({ cluster, task: victim, reason: 'chaos' }));
  await expect
    .poll(
      async () => {
        const arns = (await client.send(new ListTasksCommand({ cluster, serviceName: 'heal' }))).taskArns ?? [];
        const s = await describeService(cluster, 'heal');
        return { replaced: arns.length === 2 && !arns.includes(victim), running: s?.runningCount };
      },
      { timeout: 20_000, intervals: [250] },
    )
    .toEqual({ replaced: true, running: 2 });
});

test('a DRAINING service cannot be updated nor its name reused; forceNewDeployment starts a deployment', async () => {
  const { cluster, family } = await setup();
  await client.send(new CreateServiceCommand(serviceInput(cluster, family, 'web', 1)));
  await waitUntilServicesStable(quickWaiter(client), { cluster, services: ['web'] });
  const before = (await describeService(cluster, 'web'))?.deployments?.map((d) => d.id);
  const forced = await client.send(new UpdateServiceCommand({ cluster, service: 'web', forceNewDeployment: true }));
  expect(forced.service?.deployments?.[0].id).not.toBe(before?.[0]);
  expect(forced.service?.deployments?.[0].status).toBe('PRIMARY');
  expect(forced.service?.taskDefinition).toBe(arnOf(`task-definition/${family}:1`));

  await client.send(new CreateServiceCommand(serviceInput(cluster, family, 'slow', 0)));
  // Keep a task so the service stays DRAINING for a moment.
  await client.send(new UpdateServiceCommand({ cluster, service: 'slow', desiredCount: 1 }));
  await client.send(new DeleteServiceCommand({ cluster, service: 'slow', force: true }));
  // Both calls go out together, right after the delete: the service is DRAINING only until the scheduler's next
  // steps stop its tasks, so sequential round trips on a loaded machine could find it INACTIVE already.
  const [update, create] = await Promise.all([
    sdkError(client.send(new UpdateServiceCommand({ cluster, service: 'slow', desiredCount: 2 }))),
    sdkError(client.send(new CreateServiceCommand(serviceInput(cluster, family, 'slow', 0)))),
  ]);
  expect(update).toEqual({ name: 'ServiceNotActiveException', message: 'Service was not ACTIVE.' });
  expect(create).toEqual({ name: 'InvalidParameterException', message: 'Creation of service was not idempotent.' });
});

test('DescribeServices returns tags only with include TAGS; ListServices filters by launch type', async () => {
  const { cluster, family } = await setup();
  await client.send(
    new CreateServiceCommand({ ...serviceInput(cluster, family, 'tagged', 0), tags: [{ key: 'team', value: 'web' }] }),
  );
  const plain = await raw<{ services: Record<string, unknown>[] }>('DescribeServices', { cluster, services: ['tagged'] });
  expect(plain.services[0].tags ?? []).toEqual([]);
  const tagged = await raw<{ services: Record<string, unknown>[] }>('DescribeServices', {
    cluster,
    services: ['tagged'],
    include: ['TAGS'],
  });
  expect(tagged.services[0].tags).toEqual([{ key: 'team', value: 'web' }]);
  expect((await raw<{ serviceArns: string[] }>('ListServices', { cluster, launchType: 'FARGATE' })).serviceArns).toHaveLength(1);
  expect((await raw<{ serviceArns: string[] }>('ListServices', { cluster, launchType: 'EC2' })).serviceArns).toEqual([]);
  expect((await rawError('ListServices', { cluster, maxResults: 101 })).__type).toBe('InvalidParameterException');
});
