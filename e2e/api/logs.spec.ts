// CloudWatch Logs from outside, as users reach it: the SDK, raw bodies checked against the official Logs model, and
// the AWS CLI (`aws logs filter-log-events`, and `aws logs tail --follow` from CLI v2), on tasks that log with
// awslogs, fail and get restarted by their service.
import { spawn } from 'node:child_process';
import { type FilteredLogEvent, FilterLogEventsCommand, ResourceNotFoundException } from '@aws-sdk/client-cloudwatch-logs';
import { CreateClusterCommand, DescribeTasksCommand, RegisterTaskDefinitionCommand, RunTaskCommand } from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { ENGINE_URL, ecsClient, uniqueName } from '../support/ecs';
import {
  awsCli,
  awsCliV2,
  CLI_ENV,
  createFargateService,
  loggingTaskDefinition,
  logsClient,
  rawTelemetry,
  runTaskUntil,
} from '../support/telemetry';
import { NETWORK } from './raw';

const ecs = ecsClient();
const logs = logsClient();

async function loggingService(labels: Record<string, string>, logOptions: Record<string, string> = {}) {
  const cluster = uniqueName('logs');
  const family = uniqueName('lg');
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  await ecs.send(new RegisterTaskDefinitionCommand(loggingTaskDefinition(family, labels, logOptions)));
  return { cluster, family, group: `/ecs/${family}` };
}

/** Every matching event (all pages); none while the first task has not created the group yet. */
async function events(group: string, filterPattern?: string): Promise<FilteredLogEvent[]> {
  const out: FilteredLogEvent[] = [];
  let nextToken: string | undefined;
  do {
    const page = await logs.send(new FilterLogEventsCommand({ logGroupName: group, filterPattern, nextToken })).catch((err) => {
      if (err instanceof ResourceNotFoundException) return { events: [], nextToken: undefined };
      throw err;
    });
    out.push(...(page.events ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return out;
}

test('a failing service’s tasks log, exit and restart: each task has its stream with the error before the exit', async () => {
  test.setTimeout(90_000);
  const { cluster, family, group } = await loggingService({ 'ecs-local.exit-code': '2', 'ecs-local.exit-after': '5' });
  await createFargateService(ecs, cluster, 'worker', family, 1);
  // Time scale 0.1: a task runs half a second before exiting; the service keeps replacing it.
  await expect
    .poll(async () => new Set((await events(group, 'exited')).map((e) => e.logStreamName)).size, { timeout: 45_000 })
    .toBeGreaterThanOrEqual(2);
  const exited = [...new Set((await events(group, 'exited')).map((e) => e.logStreamName))];
  const errors = await events(group, '?ERROR ?exited');
  for (const stream of exited) {
    expect(stream).toMatch(/^ecs\/web\/[0-9a-f]{32}$/);
    expect(errors.filter((e) => e.logStreamName === stream).map((e) => e.message)).toEqual([
      expect.stringMatching(/^ERROR Unhandled exception/),
      'web exited with code 2 (injected by the ecs-local.exit-code label)',
    ]);
  }
  const streams = exited;

  const described = await rawTelemetry<{ logStreams: { logStreamName: string }[] }>('logs', 'DescribeLogStreams', {
    logGroupName: group,
    orderBy: 'LastEventTime',
    descending: true,
  });
  expect(described.logStreams.length).toBeGreaterThanOrEqual(2);
  const page = await rawTelemetry<{ events: { message: string }[]; nextForwardToken: string }>('logs', 'GetLogEvents', {
    logGroupName: group,
    logStreamName: streams[0],
    startFromHead: true,
  });
  expect(page.events[0].message).toBe(
    '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  );
  await rawTelemetry('logs', 'FilterLogEvents', { logGroupName: group, filterPattern: 'ERROR', limit: 5 });
  await rawTelemetry('logs', 'DescribeLogGroups', { logGroupNamePrefix: group });
});

test('a task whose log group is missing stops with ECS’s ResourceInitializationError', async () => {
  const { cluster, family } = await loggingService({}, { 'awslogs-create-group': 'false' });
  const arn = await runTaskUntil(ecs, cluster, family, 'STOPPED');
  const task = (await ecs.send(new DescribeTasksCommand({ cluster, tasks: [arn] }))).tasks?.[0];
  expect(task?.stopCode).toBe('TaskFailedToStart');
  expect(task?.stoppedReason).toMatch(
    /^ResourceInitializationError: .*ResourceNotFoundException: The specified log group does not exist\./,
  );
});

test('aws logs filter-log-events and aws logs tail --follow (CLI v2) read a running task’s lines', async () => {
  test.setTimeout(90_000);
  const { cluster, family, group } = await loggingService({ 'ecs-local.log': 'orders service ready' });
  await ecs.send(new RunTaskCommand({ cluster, taskDefinition: family, launchType: 'FARGATE', networkConfiguration: NETWORK }));
  await expect.poll(async () => (await events(group, '"orders service ready"')).length, { timeout: 20_000 }).toBe(1);

  const filtered = await awsCli(
    'logs',
    'filter-log-events',
    '--log-group-name',
    group,
    '--filter-pattern',
    '"orders service ready"',
  );
  const found = filtered.events as { message: string; logStreamName: string; eventId: string }[];
  expect(found).toEqual([
    expect.objectContaining({ message: 'orders service ready', eventId: expect.stringMatching(/^\d{56}$/) }),
  ]);

  const cli = awsCliV2();
  const tail = spawn(
    cli,
    ['logs', 'tail', group, '--follow', '--since', '10m', '--format', 'short', '--endpoint-url', ENGINE_URL],
    {
      env: CLI_ENV,
    },
  );
  let output = '';
  let errors = '';
  tail.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  tail.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString('utf8');
  });
  try {
    await expect
      .poll(() => output, { timeout: 20_000, message: `aws logs tail printed nothing; stderr: ${errors}` })
      .toContain('orders service ready');
    // Activity lines keep coming (one a second at time scale 0.1); tail re-queries every 5 s and prints only new ones.
    const seen = output.split('\n').filter(Boolean).length;
    await expect.poll(() => output.split('\n').filter(Boolean).length, { timeout: 20_000 }).toBeGreaterThan(seen);
    const lines = output.split('\n').filter(Boolean);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines.at(-1)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d \S+/);
  } finally {
    tail.kill('SIGINT');
  }
});
