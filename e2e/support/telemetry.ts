// CloudWatch Logs and CloudWatch as the API suites reach them: real SDK clients, raw AWS JSON calls whose bodies
// are checked against the official models, and the AWS CLI (v2 for `aws logs tail`, which v1 does not have).
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { expect } from '@playwright/test';
import { logsModel } from '../../lib/ecs-local/logs/errors';
import { metricsModel } from '../../lib/ecs-local/metrics/errors';
import { assertConformsToOutput } from './conformance';
import { ENGINE_URL } from './ecs';

const config = {
  region: 'us-east-1',
  endpoint: ENGINE_URL,
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  maxAttempts: 1,
};

export const logsClient = () => new CloudWatchLogsClient(config);
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
    headers: { 'content-type': contentType, 'x-amz-target': `${target}.${operation}` },
    body: JSON.stringify(input),
  });
  const text = await res.text();
  expect(res.status, `${operation} ${text.slice(0, 300)}`).toBe(200);
  expect(res.headers.get('content-type')).toBe(contentType);
  const body = JSON.parse(text) as T;
  assertConformsToOutput(operation, body, model);
  return body;
}

export const CLI_ENV = {
  ...process.env,
  AWS_ACCESS_KEY_ID: 'test',
  AWS_SECRET_ACCESS_KEY: 'test',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_REGION: 'us-east-1',
  AWS_PAGER: '',
  AWS_ENDPOINT_URL: '',
  AWS_ENDPOINT_URL_ECS: '',
  AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: '',
  AWS_ENDPOINT_URL_CLOUDWATCH: '',
};

const run = promisify(execFile);

/** The AWS CLI on PATH (whichever version), answering JSON. */
export async function awsCli(...args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run('aws', [...args, '--endpoint-url', ENGINE_URL, '--output', 'json'], {
    env: CLI_ENV,
    timeout: 60_000,
  });
  return stdout.trim() ? (JSON.parse(stdout) as Record<string, unknown>) : {};
}

/** An AWS CLI v2 (`aws logs tail` exists only there): /usr/bin/aws (Debian's awscli package) or the one on PATH. */
export function awsCliV2(): string {
  for (const candidate of ['/usr/bin/aws', 'aws']) {
    try {
      const version = execFileSync(candidate, ['--version'], { env: CLI_ENV, encoding: 'utf8' });
      if (version.startsWith('aws-cli/2.')) return candidate;
    } catch {
      // not installed there
    }
  }
  throw new Error(
    'No AWS CLI v2 found: install Debian’s awscli package (apt-get install awscli), which puts v2 at /usr/bin/aws.',
  );
}
