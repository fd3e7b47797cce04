import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  CreateServiceCommand,
  DescribeTasksCommand,
  type ECSClient,
  type RegisterTaskDefinitionCommandInput,
  RunTaskCommand,
} from '@aws-sdk/client-ecs';
import { expect } from '@playwright/test';
import { logsModel } from '../../lib/ecs-local/logs/errors';
import { metricsModel } from '../../lib/ecs-local/metrics/errors';
import { testAuthorization } from '../../lib/ecs-local/testing/signature';
import { fargateTaskDefinition } from '../api/fixtures';
import { assertConformsToOutput } from './conformance';
import { ENGINE_URL } from './ecs';

const config = {
  region: 'us-east-1',
  endpoint: ENGINE_URL,
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  maxAttempts: 1,
};

export const logsClient = () => new CloudWatchLogsClient(config);

/**
 * Waits until the group holds `count` events with `text` (in `stream` if given). A container prints its start-up lines
 * just after its task is RUNNING, and the engine writes them out in steps; a Logs tab with live tail off reads once.
 */
export async function waitForLogLines(group: string, text: string, count: number, stream?: string): Promise<void> {
  const logs = logsClient();
  await expect
    .poll(
      async () => {
        const found = logs.send(
          new FilterLogEventsCommand({
            logGroupName: group,
            logStreamNames: stream ? [stream] : undefined,
            filterPattern: JSON.stringify(text),
          }),
        );
        // The group appears with the first task's first line.
        return (await found.catch(() => undefined))?.events?.length ?? 0;
      },
      { timeout: 20_000 },
    )
    .toBe(count);
}

/**
 * The Fargate task definition of the API suites (container `web`, or `container`) whose container logs with awslogs
 * to `/ecs/<family>` (prefix `ecs`, group created at the first start unless `options` say otherwise).
 */
export function loggingTaskDefinition(
  family: string,
  labels: Record<string, string> = {},
  options: Record<string, string> = {},
  container = 'web',
): RegisterTaskDefinitionCommandInput {
  const td = fargateTaskDefinition(family, labels);
  td.containerDefinitions = td.containerDefinitions?.map((c) => ({
    ...c,
    name: container,
    logConfiguration: {
      logDriver: 'awslogs',
      options: {
        'awslogs-group': `/ecs/${family}`,
        'awslogs-region': 'us-east-1',
        'awslogs-stream-prefix': 'ecs',
        'awslogs-create-group': 'true',
        ...options,
      },
    },
  }));
  return td;
}

const NETWORK = { awsvpcConfiguration: { subnets: ['subnet-e2e'], securityGroups: ['sg-e2e'] } };

/** Runs one Fargate task of `family` and waits until it reaches `status`; returns its ARN. */
export async function runTaskUntil(
  ecs: ECSClient,
  cluster: string,
  family: string,
  status: 'RUNNING' | 'STOPPED',
): Promise<string> {
  const run = await ecs.send(
    new RunTaskCommand({ cluster, taskDefinition: family, launchType: 'FARGATE', networkConfiguration: NETWORK }),
  );
  const arn = run.tasks?.[0].taskArn as string;
  await expect
    .poll(async () => (await ecs.send(new DescribeTasksCommand({ cluster, tasks: [arn] }))).tasks?.[0].lastStatus, {
      timeout: 20_000,
    })
    .toBe(status);
  return arn;
}

/** A Fargate service of `count` tasks. */
export function createFargateService(
  ecs: ECSClient,
  cluster: string,
  serviceName: string,
  taskDefinition: string,
  count: number,
) {
  return ecs.send(
    new CreateServiceCommand({
      cluster,
      serviceName,
      taskDefinition,
      desiredCount: count,
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
    }),
  );
}
export const cloudwatchClient = () => new CloudWatchClient(config);

const SERVICES = {
  logs: { target: 'Logs_20140328', contentType: 'application/x-amz-json-1.1', model: logsModel },
  cloudwatch: { target: 'GraniteServiceVersion20100801', contentType: 'application/x-amz-json-1.0', model: metricsModel },
};

/** A successful raw call whose body must conform to the operation's output shape in the service's official model. */
export async function rawTelemetry<T>(service: keyof typeof SERVICES, operation: string, input: unknown): Promise<T> {
  const { target, contentType, model } = SERVICES[service];
  const res = await fetch(ENGINE_URL, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-amz-target': `${target}.${operation}`,
      authorization: testAuthorization(service === 'logs' ? 'logs' : 'monitoring'),
    },
    body: JSON.stringify(input),
  });
  const text = await res.text();
  expect(res.status, `${operation} ${text.slice(0, 300)}`).toBe(200);
  expect(res.headers.get('content-type')).toBe(contentType);
  const body = JSON.parse(text) as T;
  assertConformsToOutput(operation, body, model);
  return body;
}

export { awsCli, awsCliV2, CLI_ENV } from './aws-cli';
