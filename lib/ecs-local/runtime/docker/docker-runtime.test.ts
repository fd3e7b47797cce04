// The Docker runtime against the real Docker Engine (scripts/docker-test-env.sh installs and starts it and builds
// local/busybox:latest offline), behind a served engine driven with the AWS SDK: what the task definition says is
// what the container gets, dependsOn is observed, and output and resource use reach the runtime's sink.
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
import type { LogLine, UsageSample } from '../container-runtime';
import { DockerRuntime } from './docker-runtime';

const IMAGE = 'local/busybox:latest';
const docker = new Docker();
const owner = `test-${crypto.randomBytes(6).toString('hex')}`;
const logs: { container: string; lines: LogLine[] }[] = [];
const usage: UsageSample[] = [];
let served: ServedEngine;

async function describeTask(taskArn: string): Promise<Task> {
  const out = await served.ecs.send(new DescribeTasksCommand({ cluster: 'docker', tasks: [taskArn] }));
  return out.tasks?.[0] as Task;
}

async function run(family: string, containerDefinitions: object[], extra: object = {}): Promise<Task> {
  await served.ecs.send(
    new RegisterTaskDefinitionCommand({
      family,
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      containerDefinitions,
      ...extra,
    } as never),
  );
  const out = await served.ecs.send(
    new RunTaskCommand({
      cluster: 'docker',
      taskDefinition: family,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
    }),
  );
  const taskArn = out.tasks?.[0].taskArn ?? '';
  return until(
    'RUNNING',
    () => describeTask(taskArn),
    (t) => t.lastStatus === 'RUNNING' || t.lastStatus === 'STOPPED',
  );
}

beforeAll(async () => {
  execFileSync('bash', [path.resolve(__dirname, '../../../../scripts/docker-test-env.sh')], { stdio: 'inherit' });
  const runtime = new DockerRuntime({ owner, removeOnClose: true, cleanupAfterMs: 0, usageIntervalMs: 500 });
  const engine = new Engine({ memory: true, runtime });
  runtime.attach({
    report: (region, taskArn, events) => engine.report(region, taskArn, events),
    log: (_region, _taskArn, container, lines) => logs.push({ container, lines }),
    usage: (_region, _taskArn, samples) => usage.push(...samples),
  });
  served = await servedEngine(engine);
  await served.ecs.send(new CreateClusterCommand({ clusterName: 'docker' }));
}, 120_000);

afterAll(async () => {
  await served?.engine.runtime.close();
  await served?.close();
  expect(await docker.listContainers({ all: true, filters: JSON.stringify({ label: [`ecs-local.owner=${owner}`] }) })).toEqual(
    [],
  );
});

describe('the Docker runtime', () => {
  it('gives the container what the task definition says, with the agent labels, and reports its output and resource use', async () => {
    const task = await run('settings', [
      {
        name: 'app',
        image: IMAGE,
        entryPoint: ['sh', '-c'],
        command: ['echo "in $(pwd) as $(id -u) with $GREETING"; echo oops >&2; while true; do echo tick; sleep 0.2; done'],
        environment: [{ name: 'GREETING', value: 'hello' }],
        workingDirectory: '/tmp',
        user: '65534',
        dockerLabels: { team: 'blue' },
        memory: 64,
        cpu: 128,
        ulimits: [{ name: 'nofile', softLimit: 1024, hardLimit: 2048 }],
        readonlyRootFilesystem: true,
        linuxParameters: { initProcessEnabled: true },
        stopTimeout: 2,
      },
    ]);
    expect(task.lastStatus).toBe('RUNNING');
    const id = task.containers?.[0].runtimeId ?? '';
    const info = await docker.getContainer(id).inspect();
    expect(info.Config.Labels).toMatchObject({
      team: 'blue',
      'com.amazonaws.ecs.task-arn': task.taskArn,
      'com.amazonaws.ecs.container-name': 'app',
      'com.amazonaws.ecs.cluster': 'docker',
      'com.amazonaws.ecs.task-definition-family': 'settings',
      'com.amazonaws.ecs.task-definition-version': '1',
    });
    expect(info.Name).toMatch(/^\/ecs-settings-1-app-[0-9a-f]{20}$/);
    expect(info.Config).toMatchObject({ WorkingDir: '/tmp', User: '65534', Entrypoint: ['sh', '-c'] });
    expect(info.Config.Env).toContain('GREETING=hello');
    expect(info.HostConfig).toMatchObject({
      Memory: 64 * 1024 * 1024,
      CpuShares: 128,
      NanoCpus: 250_000_000,
      ReadonlyRootfs: true,
      Init: true,
      Ulimits: [{ Name: 'nofile', Soft: 1024, Hard: 2048 }],
    });
    const lines = await until(
      'output',
      async () => logs.filter((l) => l.container === 'app').flatMap((l) => l.lines),
      (all) => all.some((l) => l.message === 'tick'),
    );
    expect(lines.find((l) => l.stream === 'stdout')?.message).toBe('in /tmp as 65534 with hello');
    expect(lines.find((l) => l.stream === 'stderr')?.message).toBe('oops');
    expect(Math.abs(lines[0].at - Date.now())).toBeLessThan(30_000);
    const sample = await until('usage', async () => usage.find((u) => u.container === 'app'), Boolean);
    expect(sample?.cpuPercent).toBeGreaterThanOrEqual(0);
    expect(sample?.memoryPercent).toBeGreaterThan(0);
    expect(sample?.memoryPercent).toBeLessThan(100);
    await served.ecs.send(new StopTaskCommand({ cluster: 'docker', task: task.taskArn }));
    const stopped = await until(
      'STOPPED',
      () => describeTask(task.taskArn ?? ''),
      (t) => t.lastStatus === 'STOPPED',
    );
    // init forwards SIGTERM to sh, which exits on it.
    expect(stopped.containers?.[0].exitCode).toBe(143);
  }, 60_000);

  it('starts containers in dependsOn order: SUCCESS of an init container, HEALTHY of a sidecar, and shares localhost in awsvpc', async () => {
    const task = await run(
      'ordered',
      [
        {
          name: 'init',
          image: IMAGE,
          essential: false,
          command: ['sh', '-c', 'sleep 1; echo ready > /shared/ready'],
          mountPoints: [{ sourceVolume: 'shared', containerPath: '/shared' }],
        },
        {
          name: 'side',
          image: IMAGE,
          command: ['httpd', '-f', '-p', '8080', '-h', '/www'],
          portMappings: [{ containerPort: 8080 }],
          healthCheck: {
            command: ['CMD-SHELL', 'wget -q -O /dev/null http://127.0.0.1:8080/'],
            interval: 5,
            timeout: 2,
            retries: 2,
          },
          stopTimeout: 2,
        },
        {
          name: 'app',
          image: IMAGE,
          command: [
            'sh',
            '-c',
            'test -f /shared/ready || exit 9; wget -q -O /dev/null http://127.0.0.1:8080/ || exit 8; sleep 600',
          ],
          mountPoints: [{ sourceVolume: 'shared', containerPath: '/shared', readOnly: true }],
          dependsOn: [
            { containerName: 'init', condition: 'SUCCESS' },
            { containerName: 'side', condition: 'HEALTHY' },
          ],
          stopTimeout: 2,
        },
      ],
      { volumes: [{ name: 'shared' }] },
    );
    expect(task.lastStatus).toBe('RUNNING');
    const byName = new Map(task.containers?.map((c) => [c.name, c]));
    expect(byName.get('init')).toMatchObject({ lastStatus: 'STOPPED', exitCode: 0 });
    expect(byName.get('app')?.lastStatus).toBe('RUNNING');
    const inspect = (name: string) => docker.getContainer(byName.get(name)?.runtimeId ?? '').inspect();
    const [init, app, side] = await Promise.all([inspect('init'), inspect('app'), inspect('side')]);
    expect(Date.parse(app.State.StartedAt)).toBeGreaterThanOrEqual(Date.parse(init.State.FinishedAt));
    expect(app.HostConfig.NetworkMode).toBe(`container:${side.Id}`);
    const port = byName.get('side')?.networkBindings?.[0];
    expect(port).toMatchObject({ bindIP: '127.0.0.1', containerPort: 8080, protocol: 'tcp' });
    expect((await fetch(`http://127.0.0.1:${port?.hostPort}/`)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await describeTask(task.taskArn ?? '')).lastStatus).toBe('RUNNING');
    await served.ecs.send(new StopTaskCommand({ cluster: 'docker', task: task.taskArn }));
    await until(
      'STOPPED',
      () => describeTask(task.taskArn ?? ''),
      (t) => t.lastStatus === 'STOPPED',
    );
  }, 60_000);

  it('fails the task when a SUCCESS dependency exits non-zero, with the reason', async () => {
    const task = await run('unmet', [
      { name: 'init', image: IMAGE, essential: false, command: ['sh', '-c', 'exit 4'] },
      { name: 'app', image: IMAGE, command: ['sleep', '600'], dependsOn: [{ containerName: 'init', condition: 'SUCCESS' }] },
    ]);
    const stopped = await until(
      'STOPPED',
      () => describeTask(task.taskArn ?? ''),
      (t) => t.lastStatus === 'STOPPED',
    );
    expect(stopped).toMatchObject({
      stopCode: 'TaskFailedToStart',
      stoppedReason:
        'CannotStartContainerError: container app cannot start: dependency init exited with code 4, and the SUCCESS condition needs exit code 0',
    });
  }, 60_000);
});
