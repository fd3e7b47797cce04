// `npm run bench:engine:compare -- OTHER_CHECKOUT`: this checkout's engine and another's (e.g. a worktree of the
// commit before a refactor), side by side in one run. Each engine runs in a child process with the same data; the
// load alternates between them in short rounds so both see the same machine load, and in-process CPU per call is
// sampled alternately too. Prints medians and writes docs/benchmarks.md "## Engine: side by side".
import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { benchEnv } from '../lib/env';
import { writeSection } from './console-support';
import { SERVICES, TASK_DEFINITION } from './engine-compare-data';
import { loadAverage } from './engine-report';
import { type LoadRequest, type LoadResult, load } from './load-worker';

const ROUNDS = 6;
const ROUND_MS = 2000;
const { BENCH_CONNECTIONS: CONNECTIONS, BENCH_DOCS_FILE } = benchEnv();
const DOC = path.resolve(__dirname, '..', BENCH_DOCS_FILE);
const TARGET = 'AmazonEC2ContainerServiceV20141113';
const here = path.resolve(__dirname, '..');
const other = path.resolve(process.argv[2] ?? '');

interface Side {
  name: string;
  child: ChildProcess;
  url: string;
}

function start(name: string, root: string): Promise<Side> {
  const child = fork(path.join(__dirname, 'engine-compare-child.ts'), [root], {
    execArgv: ['--import', 'tsx'],
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { url: string }) => resolve({ name, child, url: m.url }));
    child.once('exit', (code) => reject(new Error(`${name} engine exited with ${code}`)));
  });
}

/** The child's CPU time so far (µs, user + system). */
function usage(side: Side): Promise<number> {
  side.child.send('usage');
  return new Promise((resolve) => side.child.once('message', (u: NodeJS.CpuUsage) => resolve(u.user + u.system)));
}

/** One round of load against one side, with the server's CPU time per request answered (what the machine's load moves least). */
async function measure(side: Side, req: LoadRequest): Promise<LoadResult & { cpuPerRequest: number }> {
  const before = await usage(side);
  const result = await load(req);
  const after = await usage(side);
  return { ...result, cpuPerRequest: (after - before) / Math.max(1, result.requests) };
}

function request(url: string, operation: string, body: unknown): LoadRequest {
  return {
    url,
    connections: CONNECTIONS,
    warmupMs: 300,
    durationMs: ROUND_MS,
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `${TARGET}.${operation}`,
      authorization: 'AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/ecs/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: JSON.stringify(body),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function commitOf(root: string): string {
  try {
    return execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
}

async function main(): Promise<void> {
  if (!process.argv[2] || !fs.existsSync(path.join(other, 'lib/ecs-local/engine.ts')))
    throw new Error('usage: npm run bench:engine:compare -- PATH_TO_OTHER_CHECKOUT (with node_modules)');
  const sides = [await start(`other (${commitOf(other)})`, other), await start(`this (${commitOf(here)})`, here)];
  const workloads = [
    {
      name: 'DescribeServices (10)',
      op: 'DescribeServices',
      body: { cluster: 'bench', services: SERVICES },
    },
    { name: 'RegisterTaskDefinition', op: 'RegisterTaskDefinition', body: { ...TASK_DEFINITION, family: 'bench-write' } },
  ];
  const results = new Map<string, (LoadResult & { cpuPerRequest: number })[]>();
  const cpu = new Map<string, { describe: number; register: number }[]>();
  const loadStart = loadAverage();
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which side goes first, so neither always runs right after the other's writes.
    const order = round % 2 === 0 ? sides : [...sides].reverse();
    for (const w of workloads)
      for (const side of order) {
        const key = `${side.name}\n${w.name}`;
        results.set(key, [...(results.get(key) ?? []), await measure(side, request(side.url, w.op, w.body))]);
      }
    for (const side of order) {
      side.child.send('cpu');
      const sample = await new Promise<{ describe: number; register: number }>((r) => side.child.once('message', r));
      cpu.set(side.name, [...(cpu.get(side.name) ?? []), sample]);
    }
  }
  for (const side of sides) side.child.send('stop');

  const lines = [
    `| engine | workload | server CPU per request (median of ${ROUNDS}) | req/s | p50 ms | p99 ms | errors |`,
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const w of workloads)
    for (const side of sides) {
      const rs = results.get(`${side.name}\n${w.name}`) ?? [];
      lines.push(
        `| ${side.name} | ${w.name} | ${Math.round(median(rs.map((r) => r.cpuPerRequest)))} µs | ${Math.round(median(rs.map((r) => r.rps)))} | ${median(rs.map((r) => r.p50)).toFixed(2)} | ${median(rs.map((r) => r.p99)).toFixed(2)} | ${rs.reduce((n, r) => n + r.errors, 0)} |`,
      );
    }
  lines.push('', '| engine | CPU per in-process call: DescribeServices (10) | RegisterTaskDefinition |', '|---|---:|---:|');
  for (const side of sides) {
    const s = cpu.get(side.name) ?? [];
    lines.push(
      `| ${side.name} | ${Math.round(median(s.map((x) => x.describe)))} µs | ${Math.round(median(s.map((x) => x.register)))} µs |`,
    );
  }
  const table = lines.join('\n');
  process.stdout.write(`${table}\n`);
  const markdown = `${table}

- ${ROUNDS} rounds; in each, every workload runs ${ROUND_MS / 1000} s against each engine in turn (the first side
  alternates), ${CONNECTIONS} keep-alive connections in a closed loop from a worker thread; each engine in its own
  child process with the same data (1 cluster, 10 services, one revision). Load average at start ${loadStart}.
- Server CPU per request is the engine process's CPU time (user + system) during a round divided by the requests
  it answered: the whole HTTP path, and the figure a loaded machine moves least. Requests per second and latency
  are printed for completeness; on a shared 2-core machine they swing with everything else that runs.
- Reproduce: \`git worktree add ../before <commit> && cp -al node_modules ../before/\`, then
  \`npm run bench:engine:compare -- ../before\`.`;
  writeSection(DOC, 'Engine: side by side', markdown, fs);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
