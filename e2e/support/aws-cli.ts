// The AWS CLI v2, pointed at the engine Playwright started, with dummy credentials and no endpoint variables of the
// machine leaking in. The tests speak to the engine as the CLI v2 does (its protocols, `aws logs tail`, its waiters):
// AWS_CLI names one, else Debian's awscli package at /usr/bin/aws, else the one on PATH; it must be a v2.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { ENGINE_URL } from './ecs';

export const run = promisify(execFile);

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
  AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2: '',
  AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING: '',
};

function findCliV2(): string {
  for (const candidate of [process.env.AWS_CLI, '/usr/bin/aws', 'aws']) {
    if (!candidate) continue;
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

let cli: string | undefined;

/** The AWS CLI v2 the tests run. */
export function awsCliV2(): string {
  cli ??= findCliV2();
  return cli;
}

/** `aws <service> <args…> --endpoint-url <endpoint> --output json`, parsed (an empty answer is {}). */
export async function awsCliAt(endpoint: string, service: string, ...args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run(awsCliV2(), [service, ...args, '--endpoint-url', endpoint, '--output', 'json'], {
    env: CLI_ENV,
    timeout: 90_000,
  });
  return stdout.trim() ? (JSON.parse(stdout) as Record<string, unknown>) : {};
}

/** `aws <service> <args…>` against the engine Playwright started. */
export function awsCli(service: string, ...args: string[]): Promise<Record<string, unknown>> {
  return awsCliAt(ENGINE_URL, service, ...args);
}

/** `aws ecs <args…>` against an engine a test started itself. */
export function awsEcs(endpoint: string, ...args: string[]): Promise<Record<string, unknown>> {
  return awsCliAt(endpoint, 'ecs', ...args);
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

/** Registers a Fargate revision of `family` with the CLI; returns its revision. */
export async function registerWithCli(family: string, labels: Record<string, string> = {}): Promise<number> {
  const containers = [
    { name: 'web', image: 'nginx:latest', essential: true, portMappings: [{ containerPort: 80 }], dockerLabels: labels },
  ];
  const out = await awsCli('ecs', ...fargateRegistration(family, containers));
  return (out.taskDefinition as { revision: number }).revision;
}

/** The error output of an `aws ecs` command (against the engine Playwright started) that must fail. */
export async function awsEcsError(...args: string[]): Promise<string> {
  try {
    await awsCli('ecs', ...args);
  } catch (err) {
    return String((err as { stderr?: string }).stderr ?? err);
  }
  throw new Error(`expected aws ecs ${args[0]} to fail`);
}
