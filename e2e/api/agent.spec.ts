// Container agents (`npm run ecs-local -- agent`) joining the engine Playwright started (time scale 0.1, so an
// agent silent for 3 s shows disconnected): placement across two agents, a killed agent's service tasks moving
// to the other, draining, and an external instance running real containers in Docker.
import { execFileSync } from 'node:child_process';
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DeleteServiceCommand,
  DescribeContainerInstancesCommand,
  DescribeTasksCommand,
  ListTasksCommand,
  RunTaskCommand,
  type Task,
} from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { AGENT_ATTRIBUTE } from '../../lib/ecs-rules/agent';
import { HTTPD_PAGE, registerBridgeHttpd } from '../support/busybox';
import { ENGINE_URL, ecsClient, uniqueName } from '../support/ecs';
import { type AgentProc, dockerReady, removeClusterContainers, startAgent, until } from '../support/processes';
import { raw, rawError } from './raw';

const ecs = ecsClient();
const agents: AgentProc[] = [];

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.afterEach(async () => {
  await Promise.all(agents.splice(0).map((a) => a.kill('SIGKILL')));
});

async function cluster(): Promise<string> {
  const name = uniqueName('agents');
  await ecs.send(new CreateClusterCommand({ clusterName: name }));
  await registerBridgeHttpd(ecs, 'web-agent');
  return name;
}

async function agent(clusterName: string, name: string, ...args: string[]): Promise<AgentProc> {
  const started = await startAgent(ENGINE_URL, clusterName, [
    '--name',
    name,
    '--runtime',
    'simulated',
    '--cpu',
    '4096',
    '--memory',
    '4096',
    ...args,
  ]);
  agents.push(started);
  return started;
}

async function liveTasks(clusterName: string, serviceName?: string): Promise<Task[]> {
  const arns = (await ecs.send(new ListTasksCommand({ cluster: clusterName, serviceName }))).taskArns ?? [];
  return arns.length > 0 ? ((await ecs.send(new DescribeTasksCommand({ cluster: clusterName, tasks: arns }))).tasks ?? []) : [];
}

/** Service `web` of 2 tasks, all on one agent `a` (started first); then a second agent `b` joins. */
async function serviceOnOneAgent(
  name: string,
  deploymentConfiguration?: { minimumHealthyPercent: number; maximumPercent: number },
) {
  const a = await agent(name, uniqueName('a'));
  await ecs.send(
    new CreateServiceCommand({
      cluster: name,
      serviceName: 'web',
      taskDefinition: 'web-agent',
      desiredCount: 2,
      launchType: 'EC2',
      deploymentConfiguration,
    }),
  );
  await until(
    'two tasks running on the first agent',
    () => liveTasks(name, 'web'),
    (tasks) => tasks.filter((t) => t.lastStatus === 'RUNNING' && t.containerInstanceArn === a.instanceArn).length === 2,
  );
  return { a, b: await agent(name, uniqueName('b')) };
}

function where(tasks: Task[]): string[] {
  return tasks.map((t) => t.containerInstanceArn ?? '').sort();
}

test('two agents on one EC2 cluster take tasks by placement strategy and run them', async () => {
  const name = await cluster();
  const [a, b] = [await agent(name, uniqueName('a')), await agent(name, uniqueName('b'))];
  const spread = await ecs.send(
    new RunTaskCommand({
      cluster: name,
      taskDefinition: 'web-agent',
      count: 4,
      launchType: 'EC2',
      placementStrategy: [{ type: 'spread', field: 'instanceId' }],
    }),
  );
  expect(where(spread.tasks ?? [])).toEqual([a.instanceArn, a.instanceArn, b.instanceArn, b.instanceArn].sort());
  const binpack = await ecs.send(
    new RunTaskCommand({
      cluster: name,
      taskDefinition: 'web-agent',
      count: 2,
      launchType: 'EC2',
      placementStrategy: [{ type: 'binpack', field: 'memory' }],
    }),
  );
  expect(new Set(where(binpack.tasks ?? [])).size).toBe(1);
  const running = await until(
    'six tasks RUNNING through the agents’ reports',
    () => liveTasks(name),
    (tasks) => tasks.filter((t) => t.lastStatus === 'RUNNING').length === 6,
  );
  expect(running.every((t) => t.containers?.[0].runtimeId)).toBe(true);
  const described = await raw<{
    containerInstances: { agentConnected: boolean; runningTasksCount: number; attributes: { name: string; value?: string }[] }[];
  }>('DescribeContainerInstances', { cluster: name, containerInstances: [a.instanceArn, b.instanceArn] });
  expect(described.containerInstances.map((i) => i.agentConnected)).toEqual([true, true]);
  expect(described.containerInstances.reduce((n, i) => n + i.runningTasksCount, 0)).toBe(6);
  expect(described.containerInstances[0].attributes).toContainEqual({ name: AGENT_ATTRIBUTE, value: 'simulated' });
});

test('killing an agent shows it disconnected and moves its service tasks to the other agent', async () => {
  const name = await cluster();
  const { a, b } = await serviceOnOneAgent(name);
  await a.kill('SIGKILL');
  await until(
    'the first agent disconnected',
    async () =>
      (await ecs.send(new DescribeContainerInstancesCommand({ cluster: name, containerInstances: [a.instanceArn] })))
        .containerInstances?.[0],
    (i) => i?.agentConnected === false,
  );
  const moved = await until(
    'both service tasks running on the second agent',
    () => liveTasks(name, 'web'),
    (tasks) => tasks.length === 2 && tasks.every((t) => t.lastStatus === 'RUNNING' && t.containerInstanceArn === b.instanceArn),
  );
  expect(moved).toHaveLength(2);
  const stopped =
    (await ecs.send(new ListTasksCommand({ cluster: name, serviceName: 'web', desiredStatus: 'STOPPED' }))).taskArns ?? [];
  const old = (await ecs.send(new DescribeTasksCommand({ cluster: name, tasks: stopped }))).tasks ?? [];
  expect(old.map((t) => t.stopCode)).toEqual(['TerminationNotice', 'TerminationNotice']);
  await ecs.send(new DeleteServiceCommand({ cluster: name, service: 'web', force: true }));
});

test('draining an instance moves its service tasks off it within the deployment limits', async () => {
  const name = await cluster();
  const { a, b } = await serviceOnOneAgent(name, { minimumHealthyPercent: 50, maximumPercent: 100 });
  const drained = await raw<{ containerInstances: { status: string }[]; failures: unknown[] }>('UpdateContainerInstancesState', {
    cluster: name,
    containerInstances: [a.instanceArn],
    status: 'DRAINING',
  });
  expect(drained).toEqual({ containerInstances: [expect.objectContaining({ status: 'DRAINING' })], failures: [] });
  let most = 0;
  const moved = await until(
    'both tasks on the second agent',
    async () => {
      const tasks = await liveTasks(name, 'web');
      most = Math.max(most, tasks.length);
      return tasks;
    },
    (tasks) => tasks.length === 2 && tasks.every((t) => t.lastStatus === 'RUNNING' && t.containerInstanceArn === b.instanceArn),
    60_000,
  );
  expect(moved).toHaveLength(2);
  expect(most).toBeLessThanOrEqual(2);
  const refused = await ecs.send(
    new RunTaskCommand({
      cluster: name,
      taskDefinition: 'web-agent',
      launchType: 'EC2',
      placementConstraints: [
        {
          type: 'memberOf',
          expression: `ec2InstanceId == ${(await raw<{ containerInstances: { ec2InstanceId: string }[] }>('DescribeContainerInstances', { cluster: name, containerInstances: [a.instanceArn] })).containerInstances[0].ec2InstanceId}`,
        },
      ],
    }),
  );
  expect(refused.tasks).toEqual([]);
  await ecs.send(new DeleteServiceCommand({ cluster: name, service: 'web', force: true }));
});

test('an external instance runs its task’s containers in Docker, and deregistering it stops them', async () => {
  dockerReady();
  const name = await cluster();
  const external = await startAgent(ENGINE_URL, name, [
    '--name',
    uniqueName('ext'),
    '--external',
    '--runtime',
    'docker',
    '--cpu',
    '1024',
    '--memory',
    '1024',
  ]);
  agents.push(external);
  const [instance] =
    (await ecs.send(new DescribeContainerInstancesCommand({ cluster: name, containerInstances: [external.instanceArn] })))
      .containerInstances ?? [];
  expect(instance.ec2InstanceId).toMatch(/^mi-[0-9a-f]{17}$/);
  const out = await ecs.send(new RunTaskCommand({ cluster: name, taskDefinition: 'web-agent', launchType: 'EXTERNAL' }));
  const taskArn = out.tasks?.[0].taskArn ?? '';
  const task = await until(
    'RUNNING in Docker',
    async () => (await ecs.send(new DescribeTasksCommand({ cluster: name, tasks: [taskArn] }))).tasks?.[0],
    (t) => t?.lastStatus === 'RUNNING',
  );
  const binding = task?.containers?.[0].networkBindings?.[0];
  expect(binding).toMatchObject({ bindIP: '127.0.0.1', containerPort: 80 });
  expect(await (await fetch(`http://127.0.0.1:${binding?.hostPort}/`)).text()).toBe(HTTPD_PAGE);
  const id = task?.containers?.[0].runtimeId ?? '';
  expect(
    execFileSync('docker', ['inspect', '-f', '{{index .Config.Labels "com.amazonaws.ecs.cluster"}}', id]).toString().trim(),
  ).toBe(name);

  // The agent-facing answers, as the model has them.
  expect(await raw('DiscoverPollEndpoint', { cluster: name, containerInstance: external.instanceArn })).toEqual({
    endpoint: ENGINE_URL,
    telemetryEndpoint: ENGINE_URL,
    serviceConnectEndpoint: ENGINE_URL,
  });
  expect(await raw('SubmitTaskStateChange', { cluster: name, task: taskArn, status: 'PENDING' })).toEqual({
    acknowledgment: 'ACK',
  });
  expect(
    await raw('SubmitContainerStateChange', { cluster: name, task: taskArn, containerName: 'web', status: 'RUNNING' }),
  ).toEqual({
    acknowledgment: 'ACK',
  });
  expect(await rawError('SubmitTaskStateChange', { cluster: name, task: 'f'.repeat(32), status: 'RUNNING' })).toEqual({
    __type: 'InvalidParameterException',
    message: 'The referenced task was not found.',
  });
  expect((await rawError('UpdateContainerAgent', { cluster: name, containerInstance: external.instanceArn })).__type).toBe(
    'NoUpdateAvailableException',
  );
  await raw('DeregisterContainerInstance', { cluster: name, containerInstance: external.instanceArn, force: true });
  await until(
    'the agent to stop the container and exit',
    async () => ({
      running: execFileSync('docker', ['inspect', '-f', '{{.State.Running}}', id]).toString().trim(),
      exited: external.child.exitCode,
    }),
    (s) => s.running === 'false' && s.exited === 0,
  );
  const stopped = (await ecs.send(new DescribeTasksCommand({ cluster: name, tasks: [taskArn] }))).tasks?.[0];
  expect(stopped).toMatchObject({ lastStatus: 'STOPPED', stoppedReason: expect.stringMatching(/was deregistered/) });
  removeClusterContainers(name);
});
