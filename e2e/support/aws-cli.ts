// The real AWS CLI against an engine, as a user types it: JSON out, test credentials, no pager, no endpoint
// from the environment (the suites only talk to the engines they start).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const CLI_ENV = {
  ...process.env,
  AWS_ACCESS_KEY_ID: 'test',
  AWS_SECRET_ACCESS_KEY: 'test',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_PAGER: '',
  AWS_ENDPOINT_URL: '',
  AWS_ENDPOINT_URL_ECS: '',
};

/** `aws ecs <args> --endpoint-url <endpoint> --output json`, parsed (an empty answer is {}). */
export async function awsEcs(endpoint: string, ...args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run('aws', ['ecs', ...args, '--endpoint-url', endpoint, '--output', 'json'], {
    env: CLI_ENV,
    timeout: 60_000,
  });
  return stdout.trim() ? (JSON.parse(stdout) as Record<string, unknown>) : {};
}

/** The CLI arguments that register a one-task-size Fargate (awsvpc) definition of `family`. */
export function fargateRegistration(family: string, containerDefinitions: object[]): string[] {
  return [
    'register-task-definition',
    '--family',
    family,
    '--network-mode',
    'awsvpc',
    '--requires-compatibilities',
    'FARGATE',
    '--cpu',
    '256',
    '--memory',
    '512',
    '--container-definitions',
    JSON.stringify(containerDefinitions),
  ];
}
