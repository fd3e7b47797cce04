// The dashboard benchmark (part of `npm run bench:console`): its own engine (child process, in memory) seeded with
// 20 clusters × 100 services, a request-counting proxy in front of it, and `next start` of an existing build
// pointed at the proxy. Measures the first render's server time (cold and warm), ECS calls per second in steady
// state with a viewer polling, the largest DescribeServices batch, and how long a change takes to reach
// /api/dashboard. Writes docs/benchmarks.md "## Console: dashboard".
// Run by `npm run bench:console` (bench/console.ts) after the clusters part, or alone: `npx tsx bench/console-dashboard.ts`.
// Env: NEXT_DIST_DIR (the build to serve, default .next), BENCH_DASHBOARD_ENGINE_PORT, BENCH_DASHBOARD_PROXY_PORT
// (free ports unless set), BENCH_DASHBOARD_CONSOLE_PORT, BENCH_DASHBOARD_CLUSTERS (20), BENCH_DASHBOARD_SERVICES (100),
// BENCH_DASHBOARD_STEADY_MS (60000).
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { ECSClient, UpdateServiceCommand } from '@aws-sdk/client-ecs';
import { benchEnv } from '../lib/env';
import { seedLarge } from '../scripts/seed-large';
import { dashboardSection, writeDashboardSection } from './console-dashboard-report';

const root = path.resolve(__dirname, '..');
const env = benchEnv();
let ENGINE_PORT = env.BENCH_DASHBOARD_ENGINE_PORT;
let PROXY_PORT = env.BENCH_DASHBOARD_PROXY_PORT;
let CONSOLE_PORT = env.BENCH_DASHBOARD_CONSOLE_PORT;
const CLUSTERS = env.BENCH_DASHBOARD_CLUSTERS;
const SERVICES = env.BENCH_DASHBOARD_SERVICES;
const STEADY_MS = env.BENCH_DASHBOARD_STEADY_MS;
const DIST_DIR = env.NEXT_DIST_DIR;
let CONSOLE = '';
const children: ChildProcess[] = [];

interface CallRecord {
  at: number;
  op: string;
  batch?: number;
}
const calls: CallRecord[] = [];

/** Forwards every request to the engine and records when and which ECS operation it was. */
function startProxy(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const op =
        String(req.headers['x-amz-target'] ?? '')
          .split('.')
          .pop() ?? '';
      let batch: number | undefined;
      if (op === 'DescribeServices') batch = (JSON.parse(body.toString()) as { services?: unknown[] }).services?.length;
      if (op) calls.push({ at: Date.now(), op, batch });
      const upstream = http.request(
        { host: '127.0.0.1', port: ENGINE_PORT, path: req.url, method: req.method, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      upstream.end(body);
    });
  });
  return new Promise((resolve) => server.listen(PROXY_PORT, '127.0.0.1', () => resolve(server)));
}

function start(command: string, args: string[], env: Record<string, string>): ChildProcess {
  // Its own process group, so stopping it also stops what npx started underneath.
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  children.push(child);
  return child;
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Time until the whole response has arrived (the page streams, so the first byte says little). */
async function timed(url: string): Promise<{ ms: number; body: string }> {
  const started = performance.now();
  const res = await fetch(url, { headers: { accept: 'text/html' } });
  const body = await res.text();
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return { ms: performance.now() - started, body };
}

interface Snapshot {
  complete: boolean;
  services: { key: string; described: boolean; desired: number }[];
}

async function snapshot(): Promise<Snapshot> {
  return (await (await fetch(`${CONSOLE}/api/dashboard`)).json()) as Snapshot;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x);

/** The whole dashboard benchmark: starts and stops its own engine and console, writes its docs section. */
export async function dashboardBench(): Promise<void> {
  // Interrupted (Ctrl-C, kill): stop the engine and the console too, not just this process.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      stopAll();
      process.exit(130);
    });
  try {
    await measure();
  } finally {
    stopAll();
  }
}

/** A port nobody listens on right now (0 in the env means "pick one"), so parallel runs never share servers. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = http.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function measure(): Promise<void> {
  ENGINE_PORT ||= await freePort();
  PROXY_PORT ||= await freePort();
  CONSOLE_PORT ||= await freePort();
  CONSOLE = `http://127.0.0.1:${CONSOLE_PORT}`;
  if (!fs.existsSync(path.join(root, DIST_DIR, 'BUILD_ID')))
    throw new Error(`No build in ${DIST_DIR}: run \`NEXT_DIST_DIR=${DIST_DIR} npx next build\` first.`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-console-'));
  start('npx', ['tsx', 'lib/ecs-local/cli.ts', '--memory'], { ECS_LOCAL_PORT: String(ENGINE_PORT), ECS_LOCAL_LOG_LEVEL: 'warn' });
  await waitFor(`http://127.0.0.1:${ENGINE_PORT}/health`, 60_000);
  const seedStarted = Date.now();
  await seedLarge({
    endpoint: `http://127.0.0.1:${ENGINE_PORT}`,
    region: 'us-east-1',
    clusters: CLUSTERS,
    servicesPerCluster: SERVICES,
    failing: 5,
    concurrency: 16,
  });
  const seedMs = Date.now() - seedStarted;
  process.stdout.write(`seeded ${CLUSTERS * SERVICES} services in ${seedMs} ms\n`);
  const proxy = await startProxy();
  start('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(CONSOLE_PORT)], {
    NEXT_DIST_DIR: DIST_DIR,
    ECS_CONSOLE_TARGET: 'local',
    ECS_LOCAL_PORT: String(PROXY_PORT),
    ECS_CONSOLE_DATA_DIR: dataDir,
  });
  await waitFor(`${CONSOLE}/api/health`, 120_000);

  // 1. Cold: the first viewer after the console started (the poller has never run).
  const loadAtStart = os.loadavg()[0].toFixed(1);
  const coldStarted = Date.now();
  const cold = await timed(`${CONSOLE}/dashboard`);
  // What the first viewer got: the rows in the page's payload (JSON, escaped inside the streamed script tags).
  const coldDescribed = cold.body.match(/\\*"described\\*":true/g)?.length ?? 0;
  while (!(await snapshot()).complete) await sleep(200);
  const firstPassMs = Date.now() - coldStarted;
  const coldCalls = calls.length;

  // The seeded tasks are still starting: measure the steady state once every service but the crashing ones runs.
  const settleStarted = Date.now();
  for (;;) {
    const rows = (await snapshot()).services as (Snapshot['services'][number] & { running: number })[];
    const settled = rows.filter((r) => r.described && r.running === r.desired).length;
    if (settled >= rows.length - 5 || Date.now() - settleStarted > 120_000) break;
    await sleep(2_000);
  }
  const settleMs = Date.now() - settleStarted;

  // 2. Warm: what an operator gets when someone already has the dashboard open.
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) warm.push((await timed(`${CONSOLE}/dashboard`)).ms);

  // 3. Steady state: one viewer polling every 2 s; count ECS calls per second at the proxy.
  const steadyStart = Date.now();
  const viewer = (async () => {
    while (Date.now() - steadyStart < STEADY_MS) {
      await snapshot();
      await sleep(2_000);
    }
  })();
  // 4. Meanwhile: change services directly on the engine and time until /api/dashboard shows it.
  const ecs = new ECSClient({
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${ENGINE_PORT}`,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  const latencies: number[] = [];
  for (const [i, cluster] of [3, 11, 17].map((n) => [n, `seed-${String(Math.min(n, CLUSTERS)).padStart(2, '0')}`] as const)) {
    await sleep(8_000);
    const service = `svc-${String(10 + i).padStart(3, '0')}`;
    const changed = Date.now();
    await ecs.send(new UpdateServiceCommand({ cluster, service, desiredCount: 2 }));
    while (!(await snapshot()).services.some((s) => s.key === `${cluster}/${service}` && s.desired === 2)) await sleep(200);
    latencies.push(Date.now() - changed);
  }
  await viewer;
  const steadyEnd = Date.now();
  const steady = calls.filter((c) => c.at >= steadyStart + 5_000 && c.at < steadyEnd);
  const perSecond = new Map<number, number>();
  for (const c of steady)
    perSecond.set(Math.floor((c.at - steadyStart) / 1000), (perSecond.get(Math.floor((c.at - steadyStart) / 1000)) ?? 0) + 1);
  const seconds = (steadyEnd - steadyStart - 5_000) / 1000;
  // Any 1-second window, not just aligned buckets.
  let maxWindow = 0;
  for (let i = 0, j = 0; i < steady.length; i++) {
    while (steady[i].at - steady[j].at >= 1000) j++;
    maxWindow = Math.max(maxWindow, i - j + 1);
  }
  const byOp = new Map<string, number>();
  for (const c of steady) byOp.set(c.op, (byOp.get(c.op) ?? 0) + 1);
  const maxBatch = Math.max(0, ...calls.map((c) => c.batch ?? 0));
  ecs.destroy();
  proxy.close();

  const results = {
    services: CLUSTERS * SERVICES,
    clusters: CLUSTERS,
    coldMs: round(cold.ms),
    coldDescribed,
    firstPassMs: round(firstPassMs),
    settleMs,
    warmMedianMs: round(median(warm)),
    warmMaxMs: round(Math.max(...warm)),
    steadyAverage: Math.round((steady.length / seconds) * 10) / 10,
    steadyMaxWindow: maxWindow,
    byOp: [...byOp].map(([op, n]) => `${op} ${Math.round((n / seconds) * 10) / 10}/s`).join(', '),
    maxBatch,
    latencies: latencies.map(round),
    coldCalls,
    cpus: os.cpus().length,
    load: `${loadAtStart} at the start, ${os.loadavg()[0].toFixed(1)} at the end`,
  };
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  writeDashboardSection(dashboardSection(results));
}

function stopAll(): void {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
    }
}

if (process.argv[1]?.endsWith('console-dashboard.ts'))
  dashboardBench().catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
    process.exitCode = 1;
  });
