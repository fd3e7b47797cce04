// `npm run bench:logs`: CloudWatch Logs at scale. FilterLogEvents over 1,000,000 events in one group (per-call
// latency, and the time to page through a rare term), and ingestion of 2,000 lines/s through the runtime sink (as
// the Docker runtime sends them) while the ECS API is measured against its idle latency. Then the metrics tab of a
// 100-task service over one week (bench/logs-metrics.ts). Writes docs/benchmarks.md "## Logs and metrics".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../lib/ecs-local/engine';
import { serve } from '../lib/ecs-local/server';
import { testAuthorization } from '../lib/ecs-local/testing/signature';
import { benchEnv } from '../lib/env';
import { percentile, writeSection } from './console-support';
import { loadAverage } from './engine-report';
import { type LoadRequest, load } from './load-worker';
import { benchMetricsTab, benchTaskDefinition } from './logs-metrics';
import { type FilterRow, formatLogsReport, type IngestResult } from './logs-report';

const env = benchEnv();
const DOC = path.resolve(__dirname, '..', env.BENCH_DOCS_FILE);
const REGION = 'us-east-1';
const GROUP = '/bench/web';
const NOW = Date.now();
const HOURS = 12;
const STREAMS = 50;
const BATCH = 5_000;
const PATHS = ['/api/orders', '/api/cart', '/health', '/static/app.js', '/api/items?page=2'];

/** The i-th seeded message: access-log lines, 1 % with ERROR, and one in 100,000 naming a rare order id. */
function message(i: number): string {
  if (i % 100_000 === 77) return `ERROR payment declined for order-id=RARE-${i} after 3 retries`;
  if (i % 100 === 5)
    return `ERROR upstream timed out after 3000ms path=${PATHS[i % PATHS.length]} request-id=${(i * 7919).toString(16)}`;
  return `10.0.${i % 4}.${10 + (i % 200)} - - "GET ${PATHS[i % PATHS.length]} HTTP/1.1" ${i % 50 === 0 ? 404 : 200} ${200 + (i % 4000)} rt=${i % 97}ms`;
}

function seed(engine: Engine, events: number): number {
  const logs = engine.service('logs');
  const started = performance.now();
  engine.callService(logs, 'CreateLogGroup', { logGroupName: GROUP }, REGION);
  for (let s = 0; s < STREAMS; s++)
    engine.callService(logs, 'CreateLogStream', { logGroupName: GROUP, logStreamName: `ecs/web/${s}` }, REGION);
  const span = HOURS * 3_600_000;
  for (let from = 0; from < events; from += BATCH) {
    const n = Math.min(BATCH, events - from);
    const logEvents = Array.from({ length: n }, (_, k) => ({
      timestamp: Math.floor(NOW - span + ((from + k) / events) * span),
      message: message(from + k),
    }));
    engine.callService(
      logs,
      'PutLogEvents',
      { logGroupName: GROUP, logStreamName: `ecs/web/${(from / BATCH) % STREAMS}`, logEvents },
      REGION,
    );
  }
  return (performance.now() - started) / 1000;
}

async function post(url: string, target: string, body: unknown): Promise<{ ms: number; json: Record<string, unknown> }> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': target, authorization: testAuthorization('logs') },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (res.status !== 200) throw new Error(`${target}: ${JSON.stringify(json)}`);
  return { ms: performance.now() - started, json };
}

async function filterRow(url: string, name: string, input: Record<string, unknown>): Promise<FilterRow> {
  const latencies: number[] = [];
  let events = 0;
  let pages = 0;
  for (let q = 0; q < env.BENCH_LOGS_QUERIES; q++) {
    const { ms, json } = await post(url, 'Logs_20140328.FilterLogEvents', { logGroupName: GROUP, ...input });
    latencies.push(ms);
    events = (json.events as unknown[]).length;
    pages = json.nextToken ? 2 : 1;
  }
  return { name, p50: percentile(latencies, 50), p99: percentile(latencies, 99), events, more: pages > 1 };
}

/** Pages through a search to the end, as `aws logs filter-log-events` does: total time and pages. */
async function exhaust(url: string, input: Record<string, unknown>): Promise<{ ms: number; pages: number; events: number }> {
  const started = performance.now();
  let token: string | undefined;
  let pages = 0;
  let events = 0;
  do {
    const { json } = await post(url, 'Logs_20140328.FilterLogEvents', { logGroupName: GROUP, ...input, nextToken: token });
    pages++;
    events += (json.events as unknown[]).length;
    token = json.nextToken as string | undefined;
  } while (token);
  return { ms: performance.now() - started, pages, events };
}

/** A cluster with 10 running tasks whose DescribeTasks is the ECS call measured (never cached: it reads tasks). */
function ecsState(engine: Engine): string[] {
  engine.call('CreateCluster', { clusterName: 'bench' });
  engine.call(
    'RegisterTaskDefinition',
    benchTaskDefinition({
      logDriver: 'awslogs',
      options: {
        'awslogs-group': '/ecs/ingest',
        'awslogs-region': REGION,
        'awslogs-stream-prefix': 'ecs',
        'awslogs-create-group': 'true',
      },
    }),
  );
  const out = engine.call('RunTask', {
    cluster: 'bench',
    taskDefinition: 'web',
    count: 10,
    launchType: 'FARGATE',
    networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
  }) as { tasks: { taskArn: string }[] };
  return out.tasks.map((t) => t.taskArn);
}

async function ingest(engine: Engine, url: string, taskArns: string[]): Promise<IngestResult> {
  const describe: LoadRequest = {
    url,
    connections: 4,
    warmupMs: 1_000,
    durationMs: env.BENCH_LOGS_SECONDS * 1000,
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'AmazonEC2ContainerServiceV20141113.DescribeTasks',
      authorization: testAuthorization('ecs'),
    },
    body: JSON.stringify({ cluster: 'bench', tasks: taskArns }),
  };
  const idle = await load(describe);
  // Only the sink's lines count (the simulated tasks write their own start-up lines to the same group).
  const counted = "SELECT COUNT(*) AS n FROM log_events WHERE log_group = '/ecs/ingest' AND substr(message, 1, 5) = 'sink '";
  const before = engine.store.db.prepare(counted).get() as { n: number };
  // About ten runtime-sink reports a second, each carrying the lines owed since the start at the target rate (so a
  // late timer on a busy machine sends more, not fewer), spread over the tasks' container output.
  let sent = 0;
  const sink = engine.telemetry;
  const started = performance.now();
  const timer = setInterval(() => {
    const owed = Math.floor(((performance.now() - started) / 1000) * env.BENCH_LOGS_LINES_PER_SECOND) - sent;
    if (owed <= 0) return;
    const at = Date.now();
    const lines = Array.from({ length: owed }, (_, k) => ({
      at,
      stream: 'stdout' as const,
      message: `sink ${message(sent + k)}`,
    }));
    sink.log(REGION, taskArns[sent % taskArns.length], 'web', lines);
    sent += owed;
  }, 100);
  const busy = await load(describe);
  clearInterval(timer);
  await sink.drained();
  const seconds = (performance.now() - started) / 1000;
  const after = engine.store.db.prepare(counted).get() as { n: number };
  return { idle, busy, sent, stored: after.n - before.n, seconds, dropped: sink.dropped };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-logs-'));
  const loadAtStart = loadAverage();
  try {
    const engine = new Engine({ dataDir: dir });
    const server = await serve(engine, 0);
    process.stdout.write(`seeding ${env.BENCH_LOGS_EVENTS.toLocaleString('en-US')} events…\n`);
    const seedSeconds = seed(engine, env.BENCH_LOGS_EVENTS);
    const hourAgo = NOW - 3_600_000;
    const rows = [
      await filterRow(server.url, 'term `ERROR`, whole group, first page (limit 10,000)', { filterPattern: 'ERROR' }),
      await filterRow(server.url, 'term `ERROR`, last hour, limit 100 (the console)', {
        filterPattern: 'ERROR',
        startTime: hourAgo,
        limit: 100,
      }),
      await filterRow(server.url, 'rare term, whole group, one call', { filterPattern: '"order-id=RARE-"' }),
      await filterRow(server.url, 'JSON pattern, last hour, limit 100', {
        filterPattern: '{ $.level = "error" }',
        startTime: hourAgo,
        limit: 100,
      }),
    ];
    const rare = await exhaust(server.url, { filterPattern: '"order-id=RARE-"' });
    process.stdout.write('ingesting…\n');
    const taskArns = ecsState(engine);
    const ingestResult = await ingest(engine, server.url, taskArns);
    await server.close();
    engine.close();
    process.stdout.write('metrics tab…\n');
    const metricsTab = await benchMetricsTab(env);
    const report = formatLogsReport({
      events: env.BENCH_LOGS_EVENTS,
      seedSeconds,
      rows,
      rare,
      ingest: ingestResult,
      rate: env.BENCH_LOGS_LINES_PER_SECOND,
      metricsTab,
      loadAtStart,
      queries: env.BENCH_LOGS_QUERIES,
    });
    process.stdout.write(`${report}\n`);
    writeSection(DOC, 'Logs and metrics', report, fs);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
