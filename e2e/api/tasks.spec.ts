// Tasks through the real SDK and raw HTTP: RunTask → RUNNING → StopTask → STOPPED with waiters, failures,
// fault injection, ListTasks filters and paginator, errors.
import {
  CreateClusterCommand,
  DeleteClusterCommand,
  DescribeClustersCommand,
  DescribeTasksCommand,
  ListTasksCommand,
  paginateListTasks,
  RegisterTaskDefinitionCommand,
  RunTaskCommand,
  StopTaskCommand,
  waitUntilTasksRunning,
  waitUntilTasksStopped,
} from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { ecsClient, uniqueName } from '../support/ecs';
import { fargateTaskDefinition, quickWaiter } from './fixtures';
import { arnOf, NETWORK, raw, rawError, sdkError } from './raw';

const client = ecsClient();

async function clusterWithFamily(labels: Record<string, string> = {}) {
  const cluster = uniqueName('tasks');
  const family = uniqueName('tf');
  await client.send(new CreateClusterCommand({ clusterName: cluster }));
  await client.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family, labels)));
  return { cluster, family };
}

function run(cluster: string, family: string, count = 1) {
  return client.send(
    new RunTaskCommand({ cluster, taskDefinition: family, count, launchType: 'FARGATE', networkConfiguration: NETWORK }),
  );
}

test('RunTask starts tasks that reach RUNNING; StopTask stops them with the given reason', async () => {
  const { cluster, family } = await clusterWithFamily();
  const started = await raw<{ tasks: Record<string, unknown>[]; failures: unknown[] }>('RunTask', {
    cluster,
    taskDefinition: family,
    count: 2,
    launchType: 'FARGATE',
    networkConfiguration: NETWORK,
  });
  expect(started.tasks).toHaveLength(2);
  expect(started.failures ?? []).toEqual([]);
  for (const task of started.tasks) {
    expect(task.taskArn).toMatch(new RegExp(`^${arnOf(`task/${cluster}/`)}[0-9a-f]{32}$`));
    expect(task).toMatchObject({
      clusterArn: arnOf(`cluster/${cluster}`),
      taskDefinitionArn: arnOf(`task-definition/${family}:1`),
      desiredStatus: 'RUNNING',
      group: `family:${family}`,
      launchType: 'FARGATE',
      cpu: '256',
      memory: '512',
    });
    // RunTask answers before the task has moved on.
    expect(task.lastStatus).toBe('PROVISIONING');
  }
  const arns = started.tasks.map((t) => t.taskArn as string);
  await waitUntilTasksRunning(quickWaiter(client), { cluster, tasks: arns });

  const described = await raw<{ tasks: Record<string, unknown>[] }>('DescribeTasks', { cluster, tasks: arns });
  for (const task of described.tasks) {
    expect(task.lastStatus).toBe('RUNNING');
    expect(typeof task.startedAt).toBe('number');
    expect((task.attachments as { status: string }[])[0]?.status).toBe('ATTACHED');
  }
  const counts = await client.send(new DescribeClustersCommand({ clusters: [cluster] }));
  expect(counts.clusters?.[0].runningTasksCount).toBe(2);

  const stopped = await raw<{ task: Record<string, unknown> }>('StopTask', { cluster, task: arns[0], reason: 'Done testing' });
  expect(stopped.task).toMatchObject({ desiredStatus: 'STOPPED', stopCode: 'UserInitiated', stoppedReason: 'Done testing' });
  await waitUntilTasksStopped(quickWaiter(client), { cluster, tasks: [arns[0]] });
  const after = await client.send(new DescribeTasksCommand({ cluster, tasks: [arns[0]] }));
  expect(after.tasks?.[0].lastStatus).toBe('STOPPED');
  expect(after.tasks?.[0].stoppedAt).toBeInstanceOf(Date);

  const stoppedList = await client.send(new ListTasksCommand({ cluster, desiredStatus: 'STOPPED' }));
  expect(stoppedList.taskArns).toEqual([arns[0]]);
  const runningList = await client.send(new ListTasksCommand({ cluster }));
  expect(runningList.taskArns).toEqual([arns[1]]);
  const byId = await client.send(new DescribeTasksCommand({ cluster, tasks: [arns[1].split('/').pop() as string] }));
  expect(byId.tasks?.[0].taskArn).toBe(arns[1]);
  const finalCounts = await client.send(new DescribeClustersCommand({ clusters: [cluster] }));
  expect(finalCounts.clusters?.[0].runningTasksCount).toBe(1);
});

test('an essential container that exits stops the task with EssentialContainerExited', async () => {
  const { cluster, family } = await clusterWithFamily({ 'ecs-local.exit-code': '3', 'ecs-local.exit-after': '1' });
  const started = await run(cluster, family);
  const taskArn = started.tasks?.[0].taskArn as string;
  await waitUntilTasksStopped(quickWaiter(client), { cluster, tasks: [taskArn] });
  const task = (await raw<{ tasks: Record<string, unknown>[] }>('DescribeTasks', { cluster, tasks: [taskArn] })).tasks[0];
  expect(task).toMatchObject({ lastStatus: 'STOPPED', stopCode: 'EssentialContainerExited' });
  expect(task.stoppedReason).toBe('Essential container in task exited');
  expect((task.containers as { exitCode?: number }[])[0].exitCode).toBe(3);
});

test('a failed image pull stops the task before RUNNING and fails the tasks-running waiter', async () => {
  const { cluster, family } = await clusterWithFamily({ 'ecs-local.image-pull': 'fail' });
  const started = await run(cluster, family);
  const taskArn = started.tasks?.[0].taskArn as string;
  await expect(waitUntilTasksRunning(quickWaiter(client), { cluster, tasks: [taskArn] })).rejects.toThrow();
  const task = (await client.send(new DescribeTasksCommand({ cluster, tasks: [taskArn] }))).tasks?.[0];
  expect(task?.stopCode).toBe('TaskFailedToStart');
  expect(task?.stoppedReason).toMatch(/^CannotPullContainerError: /);
  expect(task?.startedAt).toBeUndefined();
});

test('paginateListTasks walks several pages; filters by family and startedBy', async () => {
  const { cluster, family } = await clusterWithFamily();
  for (let i = 0; i < 3; i++) await run(cluster, family, 3);
  await client.send(
    new RunTaskCommand({
      cluster,
      taskDefinition: family,
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
      startedBy: 'ci-job-7',
    }),
  );
  const arns: string[] = [];
  let pages = 0;
  for await (const page of paginateListTasks({ client, pageSize: 4 }, { cluster })) {
    pages++;
    arns.push(...(page.taskArns ?? []));
  }
  expect(pages).toBe(3);
  expect(new Set(arns).size).toBe(10);
  const byFamily = await raw<{ taskArns: string[] }>('ListTasks', { cluster, family });
  expect(byFamily.taskArns).toHaveLength(10);
  const byStarter = await raw<{ taskArns: string[] }>('ListTasks', { cluster, startedBy: 'ci-job-7' });
  expect(byStarter.taskArns).toHaveLength(1);
});

test('DescribeTasks reports unknown tasks as MISSING failures', async () => {
  const { cluster } = await clusterWithFamily();
  const id = 'f'.repeat(32);
  const body = await raw<{ tasks: unknown[]; failures: { arn: string; reason: string }[] }>('DescribeTasks', {
    cluster,
    tasks: [id],
  });
  expect(body.tasks).toEqual([]);
  expect(body.failures).toEqual([{ arn: arnOf(`task/${cluster}/${id}`), reason: 'MISSING' }]);
});

test('task errors carry ECS exception names and messages', async () => {
  const { cluster, family } = await clusterWithFamily();
  const noNetwork = await sdkError(client.send(new RunTaskCommand({ cluster, taskDefinition: family, launchType: 'FARGATE' })));
  expect(noNetwork).toEqual({
    name: 'InvalidParameterException',
    message: "Network Configuration must be provided when networkMode 'awsvpc' is specified.",
  });
  expect(await rawError('RunTask', { cluster, taskDefinition: uniqueName('nope'), launchType: 'FARGATE' })).toEqual({
    __type: 'ClientException',
    message: 'Unable to describe task definition.',
  });
  const noCluster = await sdkError(run(uniqueName('nocluster'), family));
  expect(noCluster).toEqual({ name: 'ClusterNotFoundException', message: 'Cluster not found.' });
  expect((await rawError('RunTask', { cluster, taskDefinition: family, count: 11, networkConfiguration: NETWORK })).__type).toBe(
    'InvalidParameterException',
  );
  const noService = await sdkError(client.send(new ListTasksCommand({ cluster, serviceName: 'nothing-here' })));
  expect(noService.name).toBe('ServiceNotFoundException');
  const stopUnknown = await sdkError(client.send(new StopTaskCommand({ cluster, task: 'a'.repeat(32) })));
  expect(stopUnknown.name).toBe('InvalidParameterException');
});

test('a cluster with active tasks cannot be deleted; PENDING desired status never matches', async () => {
  const { cluster, family } = await clusterWithFamily();
  const started = await run(cluster, family);
  const taskArn = started.tasks?.[0].taskArn as string;
  expect(await sdkError(client.send(new DeleteClusterCommand({ cluster })))).toEqual({
    name: 'ClusterContainsTasksException',
    message: 'The Cluster cannot be deleted while Tasks are active.',
  });
  expect((await raw<{ taskArns: string[] }>('ListTasks', { cluster, desiredStatus: 'PENDING' })).taskArns).toEqual([]);
  await client.send(new StopTaskCommand({ cluster, task: taskArn }));
  await waitUntilTasksStopped(quickWaiter(client), { cluster, tasks: [taskArn] });
  const deleted = await client.send(new DeleteClusterCommand({ cluster }));
  expect(deleted.cluster?.status).toBe('INACTIVE');
});

test('tags only come back with include TAGS, and StopTask deletes them', async () => {
  const { cluster, family } = await clusterWithFamily();
  const started = await client.send(
    new RunTaskCommand({
      cluster,
      taskDefinition: family,
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
      tags: [{ key: 'job', value: 'nightly' }],
    }),
  );
  const taskArn = started.tasks?.[0].taskArn as string;
  const plain = await raw<{ tasks: Record<string, unknown>[] }>('DescribeTasks', { cluster, tasks: [taskArn] });
  expect(plain.tasks[0].tags ?? []).toEqual([]);
  const withTags = await raw<{ tasks: Record<string, unknown>[] }>('DescribeTasks', {
    cluster,
    tasks: [taskArn],
    include: ['TAGS'],
  });
  expect(withTags.tasks[0].tags).toEqual([{ key: 'job', value: 'nightly' }]);
  await client.send(new StopTaskCommand({ cluster, task: taskArn }));
  const after = await raw<{ tags?: unknown[] }>('ListTagsForResource', { resourceArn: taskArn });
  expect(after.tags ?? []).toEqual([]);
});

test('a stopped task passes DEACTIVATING → STOPPING → DEPROVISIONING → STOPPED with its timestamps', async () => {
  const { cluster, family } = await clusterWithFamily();
  const taskArn = (await run(cluster, family)).tasks?.[0].taskArn as string;
  await waitUntilTasksRunning(quickWaiter(client), { cluster, tasks: [taskArn] });
  const stopped = await client.send(new StopTaskCommand({ cluster, task: taskArn }));
  expect(stopped.task?.stopCode).toBe('UserInitiated');
  expect(stopped.task?.stoppedReason).toBe('Task stopped by user');
  await waitUntilTasksStopped(quickWaiter(client), { cluster, tasks: [taskArn] });
  const task = (await raw<{ tasks: Record<string, number | string>[] }>('DescribeTasks', { cluster, tasks: [taskArn] })).tasks[0];
  const order = ['createdAt', 'startedAt', 'stoppingAt', 'executionStoppedAt', 'stoppedAt'].map((k) => task[k]);
  for (const t of order) expect(typeof t).toBe('number');
  expect([...order].sort()).toEqual(order);
  expect(task.version).toBeGreaterThan(1);
});
