// Engines and agents as separate processes, for what the shared engine cannot show: a Docker engine killed with
// -9 and started again, agents that die. Each is one Node process (node --import tsx, no wrapper), so a signal
// reaches the process itself; engines listen on a free loopback port (ECS_LOCAL_PORT=0) and print it.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { ECSClient } from '@aws-sdk/client-ecs';

export { until } from '../../lib/ecs-local/testing/until';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'lib/ecs-local/cli.ts');

export interface Proc {
  child: ChildProcess;
  output(): string;
  /** Sends a signal and waits for the process to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

function start(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 60_000,
): Promise<{ proc: Proc; match: RegExpExecArray }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, AWS_ENDPOINT_URL: '', AWS_ENDPOINT_URL_ECS: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const proc: Proc = {
    child,
    output: () => text,
    kill: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void proc.kill('SIGKILL');
      reject(new Error(`${args.join(' ')} did not start within ${timeoutMs / 1000} s:\n${text}`));
    }, timeoutMs);
    const look = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const match = ready.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve({ proc, match });
      }
    };
    child.stdout?.on('data', look);
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited with ${code}:\n${text}`));
    });
  });
}

export interface EngineProc extends Proc {
  url: string;
  ecs: ECSClient;
}

/** An engine on a free loopback port; `args` e.g. ['--runtime', 'docker'], `env` e.g. a data dir. */
export async function startEngine(args: string[], env: Record<string, string> = {}): Promise<EngineProc> {
  const { proc, match } = await start(
    args,
    { ECS_LOCAL_PORT: '0', ECS_LOCAL_HOST: '127.0.0.1', ...env },
    /listening on (http:\/\/\S+)/,
  );
  const url = match[1];
  const ecs = new ECSClient({
    region: 'us-east-1',
    endpoint: url,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
  return { ...proc, url, ecs };
}

export interface AgentProc extends Proc {
  instanceArn: string;
}

/** A container agent for `cluster` of the engine at `endpoint`. */
export async function startAgent(endpoint: string, cluster: string, args: string[] = []): Promise<AgentProc> {
  const { proc, match } = await start(
    ['agent', '--cluster', cluster, '--endpoint', endpoint, '--poll-ms', '300', ...args],
    {},
    /container instance (arn:\S+)/,
  );
  return { ...proc, instanceArn: match[1] };
}

/** Installs / starts Docker and builds local/busybox:latest when missing (scripts/docker-test-env.sh). */
export function dockerReady(): void {
  execFileSync('bash', [path.join(ROOT, 'scripts/docker-test-env.sh')], { stdio: 'inherit' });
}

/** Removes every container (and its anonymous volumes) of a cluster, whoever started it. */
export function removeClusterContainers(cluster: string): void {
  const ids = execFileSync('docker', ['ps', '-aq', '--filter', `label=com.amazonaws.ecs.cluster=${cluster}`])
    .toString()
    .split('\n')
    .filter(Boolean);
  if (ids.length > 0) execFileSync('docker', ['rm', '-f', '-v', ...ids]);
}
