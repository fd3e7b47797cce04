// The engine as its own process (`lib/ecs-local/cli.ts`), for what only a real process shows: kill -9, a second
// engine on the same data directory, an exception that would end the process, its RSS under load (the soak bench).
// One node process per engine (`node --import tsx`, no tsx wrapper): its pid is the engine's, signals reach it.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { ECSClient } from '@aws-sdk/client-ecs';

const ROOT = path.resolve(__dirname, '../../..');
/** Any credentials do: the engine reads only the region of the signature. (Not from ./engine: that one needs vitest.) */
const CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

export interface EngineProcess {
  child: ChildProcess;
  url: string;
  client: ECSClient;
  /** What it wrote to stderr so far. */
  stderr(): string;
}

export interface ExitedProcess {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Milliseconds from spawn to exit. */
  ms: number;
}

const running = new Set<ChildProcess>();

function spawnEngine(env: Record<string, string>, args: readonly string[]): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'lib/ecs-local/cli.ts', ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      ECS_LOCAL_PORT: '0',
      ECS_LOCAL_HOST: '127.0.0.1',
      ECS_LOCAL_TIME_SCALE: '0.1',
      ECS_LOCAL_LOG_LEVEL: 'error',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** Starts an engine and resolves once it prints where it listens (rejects if it exits first). */
export function startEngineProcess(env: Record<string, string>, args: readonly string[] = []): Promise<EngineProcess> {
  const child = spawnEngine(env, args);
  let out = '';
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`engine did not start: ${out}${err}`)), 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`engine exited with ${code}: ${err}`));
    });
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      const client = new ECSClient({ region: 'us-east-1', endpoint: m[1], credentials: CREDENTIALS, maxAttempts: 1 });
      resolve({ child, url: m[1], client, stderr: () => err });
    });
  });
}

/** Runs an engine that is expected to stop by itself (e.g. refused at start); kills it after `timeoutMs`. */
export function runEngineProcess(
  env: Record<string, string>,
  args: readonly string[] = [],
  timeoutMs = 20_000,
): Promise<ExitedProcess> {
  const started = performance.now();
  const child = spawnEngine(env, args);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) => {
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

/** Whether the process is still running. */
export function alive(engine: EngineProcess): boolean {
  return engine.child.exitCode === null && engine.child.signalCode === null;
}

/** kill -9, resolved once the process is gone. */
export function kill9(engine: EngineProcess): Promise<void> {
  engine.client.destroy();
  if (!alive(engine)) return Promise.resolve();
  return new Promise((resolve) => {
    engine.child.once('exit', () => resolve());
    engine.child.kill('SIGKILL');
  });
}

/** For afterAll: kills whatever engine processes are still running. */
export function killEngineProcesses(): void {
  for (const child of running) child.kill('SIGKILL');
}
