// `npm run bench:engine`: throughput and latency of the engine's HTTP front against a bare Node.js server
// answering the same bytes, and the engine's memory with 10,000 tasks. Writes docs/benchmarks.md "## Engine".
// `npm run bench:engine -- soak`: ten minutes of mixed load while 2,000 tasks churn (engine-soak.ts).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Engine } from '../lib/ecs-local/engine';
import { serialize } from '../lib/ecs-local/protocol/serialize';
import { serve } from '../lib/ecs-local/server';
import { benchEnv } from '../lib/env';
import { writeSection } from './console-support';
import { formatEngineReport, loadAverage, type Memory, type Row } from './engine-report';
import { soak } from './engine-soak';
import { type LoadRequest, load } from './load-worker';

const {
  BENCH_CONNECTIONS: CONNECTIONS,
  BENCH_WARMUP_MS: WARMUP_MS,
  BENCH_DURATION_MS: DURATION_MS,
  BENCH_TASKS: TASKS,
  BENCH_DOCS_FILE,
} = benchEnv();
const DOC = path.resolve(__dirname, '..', BENCH_DOCS_FILE);
const LOAD_AT_START = loadAverage();
const TARGET = 'AmazonEC2ContainerServiceV20141113';
const NETWORK = { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'] } };
const TASK_DEFINITION = {
  family: 'bench',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [{ name: 'web', image: 'nginx:latest', essential: true, portMappings: [{ containerPort: 80 }] }],
};

function call(engine: Engine, operation: string, input: unknown): Record<string, unknown> {
  return engine.call(operation, input) as Record<string, unknown>;
}

function gc(): void {
  v8.setFlagsFromString('--expose-gc');
  const collect = vm.runInNewContext('gc') as () => void;
  collect();
  collect();
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}

function request(url: string, operation: string, body: unknown): LoadRequest {
  return {
    url,
    connections: CONNECTIONS,
    warmupMs: WARMUP_MS,
    durationMs: DURATION_MS,
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `${TARGET}.${operation}`,
      authorization: 'AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/ecs/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: JSON.stringify(body),
  };
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-local-bench-'));
  const engine = new Engine({ dataDir, timeScale: 0.05 });
  const server = await serve(engine, 0);
  const rows: Row[] = [];
  try {
    call(engine, 'CreateCluster', { clusterName: 'bench' });
    call(engine, 'RegisterTaskDefinition', TASK_DEFINITION);
    const services = Array.from({ length: 10 }, (_, i) => `svc-${i}`);
    for (const serviceName of services) {
      call(engine, 'CreateService', {
        cluster: 'bench',
        serviceName,
        taskDefinition: 'bench',
        desiredCount: 1,
        launchType: 'FARGATE',
        networkConfiguration: NETWORK,
      });
    }
    const describeInput = { cluster: 'bench', services };
    const steady = () =>
      (call(engine, 'DescribeServices', describeInput).services as { runningCount: number; deployments: unknown[] }[]).every(
        (s) => s.runningCount === 1 && s.deployments.length === 1,
      );
    await waitUntil(steady, 20_000);

    // The bare server answers exactly what the engine answers, with the same headers.
    const describeBytes = JSON.stringify(call(engine, 'DescribeServices', describeInput));
    const engineBody = await (
      await fetch(server.url, { method: 'POST', ...request(server.url, 'DescribeServices', describeInput) })
    ).text();
    const bare = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, {
          'Content-Type': 'application/x-amz-json-1.1',
          'Content-Length': Buffer.byteLength(engineBody),
          'x-amzn-RequestId': crypto.randomUUID(),
        });
        res.end(engineBody);
      });
    });
    bare.keepAliveTimeout = 65_000;
    await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
    const bareUrl = `http://127.0.0.1:${(bare.address() as { port: number }).port}`;

    rows.push({ name: 'bare node:http, same bytes', result: await load(request(bareUrl, 'DescribeServices', describeInput)) });
    rows.push({
      name: 'engine DescribeServices (10)',
      result: await load(request(server.url, 'DescribeServices', describeInput)),
    });
    // The same reads with the response cache off: what a read costs when something changed since the last one.
    engine.responses.enabled = false;
    rows.push({
      name: 'engine DescribeServices (10), cache off',
      result: await load(request(server.url, 'DescribeServices', describeInput)),
    });
    engine.responses.enabled = true;
    rows.push({
      name: 'engine RegisterTaskDefinition',
      result: await load(request(server.url, 'RegisterTaskDefinition', { ...TASK_DEFINITION, family: 'bench-write' })),
    });
    await new Promise<void>((r) => bare.close(() => r()));

    const cpuPerCall = {
      describe: cpuMicros(() => serialize(call(engine, 'DescribeServices', describeInput))),
      register: cpuMicros(() => serialize(call(engine, 'RegisterTaskDefinition', { ...TASK_DEFINITION, family: 'bench-cpu' }))),
    };
    const memory = await tenThousandTasks(engine);
    const report = formatEngineReport(rows, memory, describeBytes.length, cpuPerCall, {
      connections: CONNECTIONS,
      warmupMs: WARMUP_MS,
      durationMs: DURATION_MS,
      tasks: TASKS,
      loadAtStart: LOAD_AT_START,
    });
    process.stdout.write(`${report.table}\n`);
    writeSection(DOC, 'Engine', report.markdown, fs);
    process.stdout.write(`\nwrote ${path.relative(process.cwd(), DOC)} (## Engine)\n`);
  } finally {
    await server.close();
    engine.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** CPU time (user + system) of one in-process call, without HTTP: what the handler itself costs. */
function cpuMicros(fn: () => unknown, n = 2000): number {
  for (let i = 0; i < 200; i++) fn();
  const before = process.cpuUsage();
  for (let i = 0; i < n; i++) fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / n;
}

/** 10,000 tasks made through RunTask (10 per call) across 20 clusters, then left to reach RUNNING. */
async function tenThousandTasks(engine: Engine): Promise<Memory> {
  const started = performance.now();
  const clusters = 20;
  for (let c = 0; c < clusters; c++) call(engine, 'CreateCluster', { clusterName: `mem-${c}` });
  for (let i = 0; i < TASKS / 10; i++) {
    call(engine, 'RunTask', {
      cluster: `mem-${i % clusters}`,
      taskDefinition: 'bench',
      count: 10,
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
    });
  }
  const running = () => {
    let n = 0;
    for (let c = 0; c < clusters; c++) n += engine.store.countByStatus('us-east-1', 'task', { parent: `mem-${c}` }).RUNNING ?? 0;
    return n;
  };
  await waitUntil(() => running() >= TASKS, 120_000);
  const seconds = (performance.now() - started) / 1000;
  gc();
  const usage = process.memoryUsage();
  return { tasks: running(), rssMb: usage.rss / 2 ** 20, heapMb: usage.heapUsed / 2 ** 20, seconds };
}

(process.argv.includes('soak') ? soak() : main()).catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
