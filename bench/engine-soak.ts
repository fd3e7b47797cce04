// `npm run bench:engine -- soak`: the engine as its own process (file-backed, as in production) for
// BENCH_SOAK_MINUTES under BENCH_CONNECTIONS connections of mixed reads and writes (bench/soak-worker.ts), while
// services whose revision crashes keep BENCH_SOAK_TASKS tasks churning. Reports errors, p99 and the engine's RSS
// and CPU per minute, and writes docs/benchmarks.md "## Engine soak".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CreateClusterCommand, CreateServiceCommand, type ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { type EngineProcess, startEngineProcess } from '../lib/ecs-local/testing/engine-process';
import { benchEnv } from '../lib/env';
import Database from '../lib/sqlite';
import { writeSection } from './console-support';
import { type EngineSample, formatSoakReport, type SoakSettings } from './engine-soak-report';
import { SOAK_WORKER_SOURCE, type SoakLoad, type SoakMinute } from './soak-worker';

const TASKS_PER_SERVICE = 50;
const NETWORK = { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'] } };

function fargate(family: string, dockerLabels?: Record<string, string>) {
  return new RegisterTaskDefinitionCommand({
    family,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [{ name: 'app', image: 'nginx:latest', essential: true, dockerLabels }],
  });
}

async function setUp(client: ECSClient, settings: SoakSettings): Promise<{ churn: string[]; api: string[] }> {
  await client.send(new CreateClusterCommand({ clusterName: 'soak' }));
  await client.send(new CreateClusterCommand({ clusterName: 'work' }));
  const exitAfter = String(settings.exitAfterSeconds);
  await client.send(fargate('soak-crash', { 'ecs-local.exit-code': '1', 'ecs-local.exit-after': exitAfter }));
  await client.send(fargate('soak-stable'));
  const churn = Array.from(
    { length: Math.ceil(settings.tasks / TASKS_PER_SERVICE) },
    (_, i) => `churn-${String(i).padStart(2, '0')}`,
  );
  const api = Array.from({ length: 10 }, (_, i) => `api-${i}`);
  const create = (serviceName: string, taskDefinition: string, desiredCount: number) =>
    client.send(
      new CreateServiceCommand({
        cluster: 'soak',
        serviceName,
        taskDefinition,
        desiredCount,
        launchType: 'FARGATE',
        networkConfiguration: NETWORK,
      }),
    );
  for (const name of churn) await create(name, 'soak-crash', TASKS_PER_SERVICE);
  for (const name of api) await create(name, 'soak-stable', 1);
  return { churn, api };
}

/** The engine's RSS (MB) and CPU time (s) from /proc (Linux). */
function processUsage(pid: number): { rssMb: number; cpuSeconds: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0);
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime, in USER_HZ (100 on Linux)
  return { rssMb: rssKb / 1024, cpuSeconds: ticks / 100 };
}

/** Tasks by status and in all, read from the data file by a read-only connection of the bench's own. */
function taskCounts(db: Database): { running: number; total: number } {
  const rows = db
    .prepare<[], { status: string; n: number }>(
      "SELECT status, COUNT(*) AS n FROM docs WHERE region = 'us-east-1' AND kind = 'task' GROUP BY status",
    )
    .all();
  return {
    running: rows.find((r) => r.status === 'RUNNING')?.n ?? 0,
    total: rows.reduce((n, r) => n + r.n, 0),
  };
}

function runLoad(load: SoakLoad, onMinute: (minute: SoakMinute) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(SOAK_WORKER_SOURCE, { eval: true, workerData: load });
    worker.on('message', (message: { type: 'minute'; data: SoakMinute } | { type: 'done' }) => {
      if (message.type === 'minute') onMinute(message.data);
      else {
        void worker.terminate();
        resolve();
      }
    });
    worker.once('error', reject);
  });
}

export async function soak(): Promise<void> {
  const env = benchEnv();
  const settings: SoakSettings = {
    minutes: env.BENCH_SOAK_MINUTES,
    connections: env.BENCH_CONNECTIONS,
    tasks: env.BENCH_SOAK_TASKS,
    exitAfterSeconds: env.BENCH_SOAK_EXIT_AFTER_SECONDS,
    timeScale: env.BENCH_SOAK_TIME_SCALE,
    loadAtStart: os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / '),
  };
  const doc = path.resolve(__dirname, '..', env.BENCH_DOCS_FILE);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-local-soak-'));
  let engine: EngineProcess | undefined;
  let db: Database | undefined;
  try {
    engine = await startEngineProcess({
      ECS_LOCAL_DATA_DIR: dataDir,
      ECS_LOCAL_TIME_SCALE: String(settings.timeScale),
      ECS_LOCAL_LOG_LEVEL: 'warn',
    });
    const pid = engine.child.pid as number;
    const { churn, api } = await setUp(engine.client, settings);
    db = new Database(path.join(dataDir, 'ecs-local.sqlite'), { readonly: true, fileMustExist: true });
    const counts = db;
    const samples: EngineSample[] = [];
    // RSS every 5 s: a single reading per minute lands anywhere in V8's collection cycle.
    let rss: number[] = [];
    const sampler = setInterval(() => rss.push(processUsage(pid).rssMb), 5000);
    let previous = { ...processUsage(pid), total: taskCounts(counts).total, at: performance.now() };
    const started = performance.now();
    const load = {
      url: engine.url,
      connections: settings.connections,
      durationMs: settings.minutes * 60_000,
      churnServices: churn,
      apiServices: api,
    };
    try {
      await runLoad(load, (minute) => {
        const usage = processUsage(pid);
        const tasks = taskCounts(counts);
        const now = performance.now();
        const readings = [...rss, usage.rssMb];
        rss = [];
        const sample: EngineSample = {
          ...minute,
          rssMb: readings.reduce((a, b) => a + b, 0) / readings.length,
          rssMaxMb: Math.max(...readings),
          cpuPercent: ((usage.cpuSeconds - previous.cpuSeconds) / ((now - previous.at) / 1000)) * 100,
          running: tasks.running,
          launched: tasks.total - previous.total,
        };
        previous = { ...usage, total: tasks.total, at: now };
        samples.push(sample);
        const elapsed = ((now - started) / 60_000).toFixed(1);
        process.stdout.write(
          `minute ${minute.minute + 1} (${elapsed} min): ${minute.requests} requests, ${minute.errors} errors, p99 ${minute.p99.toFixed(1)} ms, RSS ${sample.rssMb.toFixed(0)} MB (max ${sample.rssMaxMb.toFixed(0)}), CPU ${sample.cpuPercent.toFixed(0)}%, ${tasks.running} running, ${sample.launched} launched\n`,
        );
      });
    } finally {
      clearInterval(sampler);
    }
    const lines = engine.stderr().split('\n');
    const errors = lines.filter((line) => / ERROR /.test(line));
    const slowTicks = lines.filter((line) => /a scheduler tick took/.test(line)).length;
    const report = formatSoakReport(samples, { errors, slowTicks }, settings);
    process.stdout.write(`\n${report}\n`);
    writeSection(doc, 'Engine soak', report, fs);
    process.stdout.write(`\nwrote ${path.relative(process.cwd(), doc)} (## Engine soak)\n`);
  } finally {
    db?.close();
    if (engine && engine.child.exitCode === null) {
      engine.client.destroy();
      const exited = new Promise((r) => engine?.child.once('exit', r));
      engine.child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
