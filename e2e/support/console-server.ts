// A console of its own for a test file: `next start` from the same build with its own environment (sign-in on,
// read-only, ...) and its own data directory, on a port in this suite's range, against the suite's engine.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Role } from '../../lib/auth/roles';
import { openSecurityDb, securityDbFile } from '../../lib/auth/security-db';
import { UserStore } from '../../lib/auth/users';
import { E2E_CONSOLE_PORT, E2E_ENGINE_PORT } from '../../playwright.config';

/** Ports for the extra consoles: the suite's console port + 1, + 2, ... */
export const EXTRA_CONSOLE_PORTS = {
  password: E2E_CONSOLE_PORT + 1,
  readOnly: E2E_CONSOLE_PORT + 2,
  oidc: E2E_CONSOLE_PORT + 3,
  engineDown: E2E_CONSOLE_PORT + 4,
};

/** A port in the suite's engine range where nothing listens: a console pointed at it sees the engine down. */
export const CLOSED_ENGINE_PORT = E2E_ENGINE_PORT + 8;

export const TEST_PASSWORD = 'a long test password';

export interface ConsoleServer {
  url: string;
  dataDir: string;
  /** Everything the server printed (for failure messages and startup refusals). */
  output(): string;
  stop(): Promise<void>;
}

/** Users to create before the console starts (password sign-in). */
export async function addUsers(dataDir: string, users: Record<string, Role>): Promise<void> {
  const db = openSecurityDb(securityDbFile(dataDir));
  const store = new UserStore(db);
  for (const [name, role] of Object.entries(users)) await store.add(name, role, TEST_PASSWORD);
  db.close();
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-console-e2e-'));
}

/** Starts `next start` and waits until it answers (or exits: then the promise rejects with its output). */
export async function startConsole(
  port: number,
  env: Record<string, string>,
  options: { dataDir?: string; host?: string } = {},
): Promise<ConsoleServer> {
  const dataDir = options.dataDir ?? tempDataDir();
  const host = options.host ?? '127.0.0.1';
  let output = '';
  const child: ChildProcess = spawn(
    path.resolve(__dirname, '../../node_modules/.bin/next'),
    ['start', '-H', host, '-p', String(port)],
    {
      cwd: path.resolve(__dirname, '../..'),
      env: {
        ...process.env,
        ECS_LOCAL_PORT: String(E2E_ENGINE_PORT),
        ECS_LOCAL_HOST: '127.0.0.1',
        ECS_CONSOLE_TARGET: 'local',
        ECS_CONSOLE_DATA_DIR: dataDir,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  const url = `http://127.0.0.1:${port}`;
  const server: ConsoleServer = {
    url,
    dataDir,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The console exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return server;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`The console did not answer within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Waits for a started process to exit by itself (a refused start) and returns its code and output. */
export async function startRefused(
  port: number,
  env: Record<string, string>,
  host: string,
): Promise<{ code: number; output: string }> {
  const child = spawn(path.resolve(__dirname, '../../node_modules/.bin/next'), ['start', '-H', host, '-p', String(port)], {
    cwd: path.resolve(__dirname, '../..'),
    env: { ...process.env, ECS_CONSOLE_TARGET: 'local', ECS_CONSOLE_DATA_DIR: tempDataDir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const timer = setTimeout(() => child.kill('SIGTERM'), 30_000);
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? -1)));
  clearTimeout(timer);
  return { code, output };
}
