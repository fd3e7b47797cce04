// StopTask on a task still PENDING on the Docker runtime (scripts/docker-test-env.sh installs and starts Docker and
// builds local/busybox:latest offline), behind a served engine driven with the AWS SDK: the runtime is told to clean
// up at once, so the container it had begun running (a dependency the task waits on) is stopped, not left to finish.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import {
  CreateClusterCommand,
  DescribeTasksCommand,
  RegisterTaskDefinitionCommand,
  RunTaskCommand,
  StopTaskCommand,
  type Task,
} from '@aws-sdk/client-ecs';
import Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../engine';
import { type ServedEngine, servedEngine } from '../../testing/engine';
import { until } from '../../testing/until';
import { DockerRuntime } from './docker-runtime';

const IMAGE = 'local/busybox:latest';
const docker = new Docker();
const owner = `test-${crypto.randomBytes(6).toString('hex')}`;
let served: ServedEngine;

async function describeTask(taskArn: string): Promise<Task> {
  const out = await served.ecs.send(new DescribeTasksCommand({ cluster: 'docker', tasks: [taskArn] }));
  return out.tasks?.[0] as Task;
}

/** The task's containers in Docker (running or not), by their ECS container name. */
async function containersOf(taskArn: string): Promise<Map<string, Docker.ContainerInfo>> {
  const found = await docker.listContainers({
    all: true,
    filters: JSON.stringify({ label: [`ecs-local.owner=${owner}`, `com.amazonaws.ecs.task-arn=${taskArn}`] }),
  });
  return new Map(found.map((c) => [c.Labels['com.amazonaws.ecs.container-name'], c]));
}

beforeAll(async () => {
  execFileSync('bash', [path.resolve(__dirname, '../../../../scripts/docker-test-env.sh')], { stdio: 'inherit' });
  const runtime = new DockerRuntime({ owner, removeOnClose: true, cleanupAfterMs: 0, usageIntervalMs: 500 });
  const engine = new Engine({ memory: true, runtime });
  runtime.attach({
    report: (region, taskArn, events) => engine.report(region, taskArn, events),
    log: () => {},
    usage: () => {},
  });
  served = await servedEngine(engine);
  await served.ecs.send(new CreateClusterCommand({ clusterName: 'docker' }));
}, 120_000);

afterAll(async () => {
  // Bounded: a runtime never told to stop the task would wait for its launch (the app's 600 s sleep).
  await Promise.race([served?.engine.runtime.close(), new Promise((r) => setTimeout(r, 20_000))]);
  await served?.close();
  const left = await docker.listContainers({ all: true, filters: JSON.stringify({ label: [`ecs-local.owner=${owner}`] }) });
  // Removed here whatever happened above (a failed run must not leave a container behind), then checked.
  await Promise.all(left.map((c) => docker.getContainer(c.Id).remove({ force: true })));
  expect(left).toEqual([]);
}, 60_000);

describe('the Docker runtime, a task stopped while PENDING', () => {
  it('stops the container it was waiting on at once, and the task is STOPPED with the reason', async () => {
    await served.ecs.send(
      new RegisterTaskDefinitionCommand({
        family: 'waiting',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '256',
        memory: '512',
        containerDefinitions: [
          // The app waits for this one to exit 0, 20 s from now: the task stays PENDING meanwhile.
          { name: 'init', image: IMAGE, essential: false, command: ['sleep', '20'], stopTimeout: 2 },
          {
            name: 'app',
            image: IMAGE,
            command: ['sleep', '600'],
            dependsOn: [{ containerName: 'init', condition: 'SUCCESS' }],
            stopTimeout: 2,
          },
        ],
      }),
    );
    const out = await served.ecs.send(
      new RunTaskCommand({
        cluster: 'docker',
        taskDefinition: 'waiting',
        launchType: 'FARGATE',
        networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
      }),
    );
    const taskArn = out.tasks?.[0].taskArn ?? '';
    await until(
      'the init container running',
      async () => (await containersOf(taskArn)).get('init'),
      (c) => c?.State === 'running',
    );
    expect((await describeTask(taskArn)).lastStatus).toBe('PENDING');
    expect((await containersOf(taskArn)).get('app')?.State).not.toBe('running');

    await served.ecs.send(new StopTaskCommand({ cluster: 'docker', task: taskArn, reason: 'not needed after all' }));
    // Told to stop at once: SIGTERM (sleep ignores it as PID 1), SIGKILL after its 2 s stopTimeout, long before the
    // 20 s its sleep would take.
    await until(
      'the init container stopped',
      async () => (await containersOf(taskArn)).get('init'),
      (c) => c === undefined || c.State !== 'running',
      10_000,
    );
    const stopped = await until(
      'STOPPED',
      () => describeTask(taskArn),
      (t) => t.lastStatus === 'STOPPED',
    );
    expect(stopped).toMatchObject({ desiredStatus: 'STOPPED', stopCode: 'UserInitiated', stoppedReason: 'not needed after all' });
    // The app container was never started.
    const app = (await containersOf(taskArn)).get('app');
    expect(app === undefined || app.State !== 'running').toBe(true);
  }, 60_000);
});
