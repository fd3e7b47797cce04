// The "## Engine" section of docs/benchmarks.md: the figures bench/engine.ts measured, how they were measured,
// and what profiling found.
import os from 'node:os';
import type { LoadResult } from './load-worker';

export interface Row {
  name: string;
  result: LoadResult;
}

export interface Memory {
  tasks: number;
  rssMb: number;
  heapMb: number;
  seconds: number;
}

/** The load settings of the run, quoted in the section so it can be reproduced. */
export interface EngineBenchSettings {
  connections: number;
  warmupMs: number;
  durationMs: number;
  tasks: number;
  /** Load average when the bench started. */
  loadAtStart: string;
}

export function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
}

/** The table for the terminal and the section's markdown (without its heading). */
export function formatEngineReport(
  rows: Row[],
  memory: Memory,
  describeBytes: number,
  cpuPerCall: { describe: number; register: number },
  settings: EngineBenchSettings,
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
  const machine = `${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}; load average ${load} at the end of the run (${settings.loadAtStart} at the start)`;
  const markdown = `Measured ${new Date().toISOString().slice(0, 10)} on ${machine} (shared with other work, so treat the figures as a floor).

${table}

- Load: ${settings.connections} keep-alive connections over loopback from a worker thread (\`bench/load-worker.ts\`, a small
  closed loop: each connection sends its next request when the previous answer has been read), ${settings.warmupMs / 1000} s warm-up,
  then ${settings.durationMs / 1000} s measured. Latency is per request, client side.
- Read: \`DescribeServices\` of 10 steady services (${describeBytes} bytes of JSON). The bare server is \`node:http\`
  answering the engine's own response bytes with the same headers: the ceiling for any Node.js server on this machine.
- Write: \`RegisterTaskDefinition\` of a one-container Fargate definition (every call adds a revision, one SQLite
  transaction, WAL, \`synchronous=NORMAL\`).
- Engine: in-process, file-backed in a temporary directory as in production, scheduler loop running.
- Memory: ${settings.tasks} tasks created through \`RunTask\` (10 per call, across 20 clusters) and left to reach RUNNING, then
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
- Store (lib/ecs-local/store/store.ts): without statistics SQLite walked the primary key \`(region, kind, id)\` for any
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
