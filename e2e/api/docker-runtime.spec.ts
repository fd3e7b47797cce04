// The engine with --runtime docker, as a user drives it with the AWS CLI and SDK: real busybox containers
// (scripts/docker-test-env.sh builds the image offline), reached only through their ports published on 127.0.0.1.
// The engine is a process of its own here, so it can be killed with -9 and started again on the same data.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DescribeServicesCommand, DescribeTasksCommand, ListTasksCommand, type Task } from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { awsEcs, fargateRegistration } from '../support/aws-cli';
import { BUSYBOX, HTTPD_PAGE, httpdContainer } from '../support/busybox';
import { uniqueName } from '../support/ecs';
import { dockerReady, type EngineProc, removeClusterContainers, startEngine, until } from '../support/processes';

const cluster = uniqueName('docker');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-local-docker-'));
const ENV = { ECS_LOCAL_DATA_DIR: dataDir, ECS_LOCAL_TIME_SCALE: '0.1', ECS_LOCAL_DOCKER_CLEANUP_SECONDS: '0' };
let engine: EngineProc;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

function aws(...args: string[]): Promise<Record<string, unknown>> {
  return awsEcs(engine.url, ...args);
}

async function register(family: string, defs: object[]): Promise<void> {
  await aws(...fargateRegistration(family, defs));
}

async function runTask(family: string): Promise<string> {
  const out = (await aws(
    'run-task',
    '--cluster',
    cluster,
    '--task-definition',
    family,
    '--launch-type',
    'FARGATE',
    '--network-configuration',
    'awsvpcConfiguration={subnets=[subnet-1]}',
  )) as { tasks: { taskArn: string }[] };
  return out.tasks[0].taskArn;
}

async function describeTasks(...taskArns: string[]): Promise<Task[]> {
  return (await engine.ecs.send(new DescribeTasksCommand({ cluster, tasks: taskArns }))).tasks ?? [];
}

function waitForStatus(taskArn: string, status: string, timeoutMs = 60_000): Promise<Task> {
  return until(
    `${taskArn} ${status}`,
    async () => (await describeTasks(taskArn))[0],
    (t) => t?.lastStatus === status,
    timeoutMs,
  );
}

test.beforeAll(async () => {
  dockerReady();
  engine = await startEngine(['--runtime', 'docker'], ENV);
  await aws('create-cluster', '--cluster-name', cluster);
});

test.afterAll(async () => {
  await engine?.kill('SIGTERM');
  removeClusterContainers(cluster);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('with --runtime docker and no Docker daemon answering, the engine exits and says so', async () => {
  // A closed loopback port: nothing answers there.
  const failed = await startEngine(['--runtime', 'docker', '--memory'], { DOCKER_HOST: 'tcp://127.0.0.1:9' }).then(
    () => 'started',
    (err: Error) => err.message,
  );
  expect(failed).toMatch(/exited with 1/);
  expect(failed).toMatch(
    /The Docker runtime needs a Docker daemon, and none answers at tcp:\/\/127\.0\.0\.1:9 .*Start Docker, set DOCKER_HOST/,
  );
});

test('reports the live runtime on /health', async () => {
  expect(await (await fetch(`${engine.url}/health`)).json()).toEqual({
    service: 'ecs-local',
    status: 'ok',
    runtime: 'docker',
    loadBalancers: 'real',
  });
});

test('a Fargate service of 2 busybox httpd tasks answers on each task’s published loopback port', async () => {
  await register('httpd', [httpdContainer()]);
  await aws(
    'create-service',
    '--cluster',
    cluster,
    '--service-name',
    'web',
    '--task-definition',
    'httpd',
    '--desired-count',
    '2',
    '--launch-type',
    'FARGATE',
    '--network-configuration',
    'awsvpcConfiguration={subnets=[subnet-1]}',
  );
  await until(
    'two running tasks',
    async () => (await engine.ecs.send(new DescribeServicesCommand({ cluster, services: ['web'] }))).services?.[0].runningCount,
    (n) => n === 2,
  );
  const arns = (await engine.ecs.send(new ListTasksCommand({ cluster, serviceName: 'web' }))).taskArns ?? [];
  const tasks = await describeTasks(...arns);
  const ports = tasks.map((t) => t.containers?.[0].networkBindings?.[0]);
  for (const port of ports) {
    expect(port).toMatchObject({ bindIP: '127.0.0.1', containerPort: 80, protocol: 'tcp' });
    const res = await fetch(`http://127.0.0.1:${port?.hostPort}/`);
    expect(await res.text()).toBe(HTTPD_PAGE);
  }
  expect(new Set(ports.map((p) => p?.hostPort)).size).toBe(2);
  const listed = execFileSync('docker', [
    'ps',
    '-q',
    '--filter',
    `label=com.amazonaws.ecs.cluster=${cluster}`,
    '--filter',
    'label=com.amazonaws.ecs.task-definition-family=httpd',
  ]);
  expect(listed.toString().trim().split('\n')).toHaveLength(2);
  await aws('delete-service', '--cluster', cluster, '--service', 'web', '--force');
});

test('a failing health check stops the service’s task and replaces it', async () => {
  await register('sick', [
    httpdContainer({ healthCheck: { command: ['CMD-SHELL', 'exit 1'], interval: 5, timeout: 2, retries: 1 } }),
  ]);
  await aws(
    'create-service',
    '--cluster',
    cluster,
    '--service-name',
    'sick',
    '--task-definition',
    'sick',
    '--desired-count',
    '1',
    '--launch-type',
    'FARGATE',
    '--network-configuration',
    'awsvpcConfiguration={subnets=[subnet-1]}',
  );
  const stopped = await until(
    'an unhealthy task stopped by the service',
    async () => {
      const arns =
        (await engine.ecs.send(new ListTasksCommand({ cluster, serviceName: 'sick', desiredStatus: 'STOPPED' }))).taskArns ?? [];
      return arns.length > 0 ? describeTasks(...arns) : [];
    },
    (tasks) => tasks.some((t) => t.stoppedReason === 'Task failed container health checks'),
    60_000,
  );
  expect(stopped.find((t) => t.stoppedReason === 'Task failed container health checks')).toMatchObject({
    stopCode: 'ServiceSchedulerInitiated',
    containers: [{ healthStatus: 'UNHEALTHY' }],
  });
  const replacement = await until(
    'a replacement task',
    async () => (await engine.ecs.send(new ListTasksCommand({ cluster, serviceName: 'sick' }))).taskArns ?? [],
    (arns) => arns.length === 1 && !stopped.some((t) => t.taskArn === arns[0]),
  );
  expect(replacement).toHaveLength(1);
  await aws('delete-service', '--cluster', cluster, '--service', 'sick', '--force');
});

test('an essential container that exits stops its task with the real exit code', async () => {
  await register('exits', [{ name: 'main', image: BUSYBOX, command: ['sh', '-c', 'echo bye; exit 3'] }]);
  const taskArn = await runTask('exits');
  await waitForStatus(taskArn, 'STOPPED');
  const out = (await aws('describe-tasks', '--cluster', cluster, '--tasks', taskArn)) as { tasks: Task[] };
  expect(out.tasks[0]).toMatchObject({
    stopCode: 'EssentialContainerExited',
    stoppedReason: 'Essential container in task exited',
    containers: [{ name: 'main', lastStatus: 'STOPPED', exitCode: 3 }],
  });
});

test('an image that cannot be pulled stops the task with CannotPullContainerError and Docker’s reason', async () => {
  // A registry on a closed loopback port: the pull fails at once, without leaving the machine.
  await register('nopull', [{ name: 'main', image: '127.0.0.1:9/nothing/here:1' }]);
  const taskArn = await runTask('nopull');
  const task = await waitForStatus(taskArn, 'STOPPED');
  expect(task.stopCode).toBe('TaskFailedToStart');
  expect(task.stoppedReason).toMatch(
    /^CannotPullContainerError: Error response from daemon: .*127\.0\.0\.1:9.*connection refused/,
  );
  expect(task.containers?.[0].reason).toBe(task.stoppedReason);
});

test('after kill -9 and a restart the engine re-adopts running containers and stops tasks whose containers are gone', async () => {
  await register('survivor', [httpdContainer()]);
  const kept = await runTask('survivor');
  const lost = await runTask('survivor');
  const [keptTask, lostTask] = [await waitForStatus(kept, 'RUNNING'), await waitForStatus(lost, 'RUNNING')];
  const keptId = keptTask.containers?.[0].runtimeId ?? '';
  const port = keptTask.containers?.[0].networkBindings?.[0].hostPort;

  await engine.kill('SIGKILL');
  execFileSync('docker', ['rm', '-f', lostTask.containers?.[0].runtimeId ?? '']);
  expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
  engine = await startEngine(['--runtime', 'docker'], ENV);

  const [again] = await describeTasks(kept);
  expect(again).toMatchObject({
    lastStatus: 'RUNNING',
    containers: [{ runtimeId: keptId, networkBindings: [{ hostPort: port }] }],
  });
  const gone = await waitForStatus(lost, 'STOPPED');
  expect(gone).toMatchObject({
    stopCode: 'EssentialContainerExited',
    containers: [{ reason: expect.stringMatching(/^CannotInspectContainerError: No such container/) }],
  });

  // The re-adopted task is still the engine's: StopTask stops its container.
  await aws('stop-task', '--cluster', cluster, '--task', kept);
  await waitForStatus(kept, 'STOPPED');
  await until(
    'the container to be removed after the cleanup wait (0 s here)',
    async () =>
      execFileSync('docker', ['ps', '-aq', '--filter', `id=${keptId}`])
        .toString()
        .trim(),
    (out) => out === '',
  );
});
