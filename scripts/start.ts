// `npm start`: the console on :3000 and, unless another ECS target is configured, the local engine on :4599,
// wired together. Builds the console first when no build exists. Ctrl-C stops both.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startupProblems } from '../lib/auth/startup-check';
import { engineEnv, flagValue } from '../lib/ecs-local/settings';
import { consoleEnv } from '../lib/env';

const root = path.resolve(__dirname, '..');
const dev = process.argv.includes('--dev');
const children: ChildProcess[] = [];

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
  children.push(child);
  child.on('exit', (code) => {
    if (code) stopAll(code);
  });
  return child;
}

function stopAll(code: number): never {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

async function main(): Promise<void> {
  const web = consoleEnv();
  const engine = engineEnv();
  // The Next server checks again against the addresses it really listens on (instrumentation.ts).
  const problems = startupProblems(web, [web.HOSTNAME]);
  if (problems.length > 0) throw new Error(problems.map((p) => `The ECS console cannot start: ${p}`).join('\n'));
  const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
  const usesLocalEngine =
    (web.ECS_CONSOLE_TARGET ?? (web.AWS_ENDPOINT_URL_ECS || web.AWS_ENDPOINT_URL ? 'endpoint' : 'local')) === 'local';

  if (!dev && !fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    process.stdout.write('No console build yet: building it once (about a minute)...\n');
    const build = run(bin('next'), ['build']);
    const code: number = await new Promise((r) => build.on('exit', (c) => r(c ?? 1)));
    if (code !== 0) stopAll(code);
  }

  if (usesLocalEngine) {
    // `npm start -- --runtime docker` runs tasks in Docker (ECS_LOCAL_RUNTIME is inherited as it is).
    const runtime = flagValue(process.argv.slice(2), '--runtime');
    run(bin('tsx'), [path.join(root, 'lib/ecs-local/cli.ts'), ...(runtime ? ['--runtime', runtime] : [])]);
    await waitFor(`http://${engine.ECS_LOCAL_HOST}:${engine.ECS_LOCAL_PORT}/health`, 30_000);
  }

  const next = run(bin('next'), [dev ? 'dev' : 'start', '-H', web.HOSTNAME, '-p', String(web.PORT)]);
  next.on('exit', (code) => stopAll(code ?? 0));
  await waitFor(`http://${web.HOSTNAME}:${web.PORT}/api/health`, 60_000);
  process.stdout.write(`\nECS console: http://localhost:${web.PORT}\n`);
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : err}\n`);
  stopAll(1);
});
