// The AWS CLI (`aws` on PATH) pointed at the engine Playwright started, with test credentials and no pager;
// endpoint variables from the environment are cleared so it can never reach anything else.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ENGINE_URL } from './ecs';

const run = promisify(execFile);
const CLI_ENV = {
  ...process.env,
  AWS_ACCESS_KEY_ID: 'test',
  AWS_SECRET_ACCESS_KEY: 'test',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_PAGER: '',
  AWS_ENDPOINT_URL: '',
  AWS_ENDPOINT_URL_ECS: '',
};

/** Runs `aws ecs <args>` and parses its JSON output ({} when it prints nothing). */
export async function awsEcs(...args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run('aws', ['ecs', ...args, '--endpoint-url', ENGINE_URL, '--output', 'json'], {
    env: CLI_ENV,
    timeout: 60_000,
  });
  return stdout.trim() ? (JSON.parse(stdout) as Record<string, unknown>) : {};
}

/** The error output of an `aws ecs` command that must fail. */
export async function awsEcsError(...args: string[]): Promise<string> {
  try {
    await awsEcs(...args);
  } catch (err) {
    return String((err as { stderr?: string }).stderr ?? err);
  }
  throw new Error(`expected aws ecs ${args[0]} to fail`);
}

/** Registers a Fargate-compatible awsvpc task definition (0.25 vCPU, 512 MiB) and answers its revision. */
export async function awsRegisterFargate(family: string, containerDefinitions: object[]): Promise<number> {
  const out = await awsEcs(
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
  );
  return (out.taskDefinition as { revision: number }).revision;
}
