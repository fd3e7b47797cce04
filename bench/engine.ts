// `npm run bench:engine`: throughput and latency of the engine's HTTP front against a bare Node.js server
// answering the same bytes, and the engine's memory with 10,000 tasks. Writes docs/benchmarks.md "## Engine".
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Worker } from 'node:worker_threads';
import { Engine } from '../lib/ecs-local/engine';
import { serialize } from '../lib/ecs-local/protocol/serialize';
import { serve } from '../lib/ecs-local/server';
import { LOAD_WORKER_SOURCE, type LoadRequest, type LoadResult } from './load-worker';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 1000);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000);
const TASKS = Number(process.env.BENCH_TASKS ?? 10_000);
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

/** Runs the load loop in a worker thread, so the server under test keeps the main event loop to itself. */
function load(request: LoadRequest): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD_WORKER_SOURCE, { eval: true, workerData: request });
    worker.once('message', (result: LoadResult) => {
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', reject);
  });
}

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

function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
}

const LOAD_AT_START = loadAverage();

interface Row {
  name: string;
  result: LoadResult;
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
    const report = format(rows, memory, describeBytes.length, cpuPerCall);
    process.stdout.write(`${report.table}\n`);
    writeDocs(report.markdown);
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

interface Memory {
  tasks: number;
  rssMb: number;
  heapMb: number;
  seconds: number;
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

function format(
  rows: Row[],
  memory: Memory,
  describeBytes: number,
  cpuPerCall: { describe: number; register: number },
): { table: string; markdown: string } {
  const bareRate = rows[0].result.rps;
  const lines = rows.map(({ name, result }) => {
    const share = `${((result.rps / bareRate) * 100).toFixed(0)}%`;
    return `| ${name} | ${result.rps.toFixed(0)} | ${share} | ${result.p50.toFixed(2)} | ${result.p99.toFixed(2)} | ${result.errors} |`;
  });
  const table = [
    '| workload | req/s | vs bare | p50 ms | p99 ms | errors |',
    '|---|---:|---:|---:|---:|---:|',
    ...lines,
    '',
    `| memory with ${memory.tasks} RUNNING tasks | RSS ${memory.rssMb.toFixed(0)} MB | heap ${memory.heapMb.toFixed(0)} MB | created + started in ${memory.seconds.toFixed(1)} s |`,
    '|---|---|---|---|',
    '',
    `| CPU per in-process call (no HTTP) | DescribeServices (10) ${cpuPerCall.describe.toFixed(0)} µs | RegisterTaskDefinition ${cpuPerCall.register.toFixed(0)} µs |`,
    '|---|---|---|',
  ].join('\n');
  const cpu = os.cpus();
  const load = loadAverage();
  const machine = `${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}; load average ${load} at the end of the run (${LOAD_AT_START} at the start)`;
  const markdown = `## Engine

Measured ${new Date().toISOString().slice(0, 10)} on ${machine} (shared with other work, so treat the figures as a floor).

${table}

- Load: ${CONNECTIONS} keep-alive connections over loopback from a worker thread (\`bench/load-worker.ts\`, a small
  closed loop: each connection sends its next request when the previous answer has been read), ${WARMUP_MS / 1000} s warm-up,
  then ${DURATION_MS / 1000} s measured. Latency is per request, client side.
- Read: \`DescribeServices\` of 10 steady services (${describeBytes} bytes of JSON). The bare server is \`node:http\`
  answering the engine's own response bytes with the same headers: the ceiling for any Node.js server on this machine.
- Write: \`RegisterTaskDefinition\` of a one-container Fargate definition (every call adds a revision, one SQLite
  transaction, WAL, \`synchronous=NORMAL\`).
- Engine: in-process, file-backed in a temporary directory as in production, scheduler loop running.
- Memory: ${TASKS} tasks created through \`RunTask\` (10 per call, across 20 clusters) and left to reach RUNNING, then
  RSS and V8 heap after a full GC. RSS includes SQLite's page cache and everything the load phases allocated.
- Targets: reads ≥ 50% of the bare server's rate, p99 < 10 ms, memory < 300 MB.
- Reproduce: \`npm run bench:engine\` (env: BENCH_CONNECTIONS, BENCH_WARMUP_MS, BENCH_DURATION_MS, BENCH_TASKS).

${FINDINGS}
`;
  return { table, markdown };
}

// What profiling (`node --import tsx --cpu-prof`) showed; static text, kept next to the figures it explains.
const FINDINGS = `### Findings

- Before the changes below (same bench, 2026-11-26 07:27 UTC, load average 7.5 → 8.1): bare 2,962 req/s;
  DescribeServices (10) 175 req/s (6%), p99 229 ms; RegisterTaskDefinition 177 req/s, p99 259 ms; RSS 171 MB
  with 10,000 tasks; CPU per in-process call: DescribeServices (10) 1,774 µs, RegisterTaskDefinition 695 µs.
- With 16 connections in a closed loop, latency is about 16 / throughput: p99 under 10 ms needs well over
  1,600 req/s. On this shared machine (load average 4-10 on 2 cores, other helpers building and testing) even the
  bare server's p99 is usually above 10 ms, so the p99 target can only be judged on a quiet machine; compare the
  CPU-per-call figures, which the load moves much less.
- Reads: the HTTP front answers read-only operations whose result depends only on the stored documents
  (DescribeServices, DescribeClusters, ListClusters, ListServices, DescribeTaskDefinition, ListTaskDefinitions,
  ListTaskDefinitionFamilies) from \`lib/ecs-local/response-cache.ts\`: the serialized answer is reused until
  the next write to the store (any document, index column or counter; SQLite's \`data_version\` catches writes by
  another connection to the same file). A console polling DescribeServices mostly hits it; the
  "cache off" row is what a read costs when something changed since the previous one.
- Uncached DescribeServices of 10 services, in process, measured side by side (same machine, same minute,
  load ≈ 2): **1,173-1,234 µs before → 596-614 µs after** (steady services, 3 events each); with 100 events and
  many stopped tasks per service **12.9 ms → 2.2 ms**. What changed:
  - counts come from the task index (\`store.countGroups\`: group, lastStatus, startedBy) in one covering-index
    query for all the services asked, instead of parsing every task of every service (and every stopped task
    kept for an hour);
  - the 10 service documents are read in one query (\`store.getMany\`), shallow-copied instead of
    \`structuredClone\`d. What is left is JSON: parsing ~2.8 KB per service document and serializing the
    22 KB answer (~130 µs, a third of it the serializer's replacer).
- Store (lib/ecs-local/store.ts): without statistics SQLite walked the primary key \`(region, kind, id)\` for any
  list with a status or ref filter or with bodies (to get ORDER BY id for free), reading every document of the
  kind in the region. Indexes now end with id — \`(region, kind, parent, key, id)\`,
  \`(region, kind, parent, status, id)\`, \`(region, kind, ref, id)\`, \`(region, kind, status, id)\` — plus
  \`(region, kind, parent, key, status, ref)\` for counts; lists name their index (\`INDEXED BY\`, chosen from
  the filter; \`store.explainList\` shows the plan and a test pins it), and a page (\`limit\`) picks its ids in the
  covering index before reading only those bodies.
- ListTasks pages through the index (ids in order, bodies 200 at a time until the page is full) instead of
  parsing every task of the cluster: first page of a cluster with 10,000 tasks **360 ms → 4.5-5.3 ms** (what is
  left is sorting the ids of the matching statuses in the index).
- RegisterTaskDefinition no longer counts the family's revisions (an ACTIVE revision makes the family ACTIVE;
  other status changes look for one ACTIVE / INACTIVE revision with a LIMIT 1 index seek, and the family
  document is rewritten only when its status changes): in a family of 6,200 revisions **1.41 ms → 0.11 ms**;
  side by side over 4,000 calls into one family **544-560 µs → 181-198 µs** per call. What is left is
  validation/normalization of the definition (~20%), two indexed writes and the commit.
- Writes over HTTP vary much more than their CPU cost (WAL checkpoints fsync every ~1,000 pages; in process the
  call's p99 is 3-6 ms): the write row's p99 mostly measures the machine's load.
- Against the targets: cached reads meet them when the machine is quiet (2026-11-26 07:53 UTC, load 1.4: 82% of
  the bare rate, p99 7.5 ms, bare 5.5 ms) and stay within ~1-2 ms of the bare server's p99 when it is not.
  Still short: uncached reads run at ~15-25% of the bare rate with p99 30-50 ms (~0.6 ms of handler CPU, mostly
  JSON), and the write's p99 (18-30 ms) is above 10 ms. Memory with 10,000 tasks: 160-181 MB RSS.
- Reproduce the side-by-side figures: \`git archive 0ed72e4 lib | tar -x -C /tmp/old\`,
  link node_modules, and call
  \`engine.call('DescribeServices', …)\` in a loop under \`process.cpuUsage()\` against both trees (the bench's
  \`cpuMicros\` does the same for the current tree).
`;

/** Replaces (or appends) the "## Engine" section of docs/benchmarks.md, leaving other sections alone. */
function writeDocs(section: string): void {
  const file = path.resolve(__dirname, '../docs/benchmarks.md');
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf('## Engine\n');
  let next: string;
  if (start < 0) next = `${current.trimEnd()}\n\n${section}`;
  else {
    const end = current.indexOf('\n## ', start + 1);
    next = current.slice(0, start) + section + (end < 0 ? '' : `\n${current.slice(end + 1)}`);
  }
  fs.writeFileSync(file, next.endsWith('\n') ? next : `${next}\n`);
  process.stdout.write(`\nwrote ${path.relative(process.cwd(), file)} (## Engine)\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
