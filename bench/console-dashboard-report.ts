// The "## Console: dashboard" section of docs/benchmarks.md: the figures bench/console-dashboard.ts measured and
// how it works and was measured.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

export interface DashboardResults {
  services: number;
  clusters: number;
  coldMs: number;
  coldDescribed: number;
  firstPassMs: number;
  settleMs: number;
  warmMedianMs: number;
  warmMaxMs: number;
  steadyAverage: number;
  steadyMaxWindow: number;
  byOp: string;
  maxBatch: number;
  latencies: number[];
  coldCalls: number;
  cpus: number;
  load: string;
}

/** The section's text, from the measured results. */
export function dashboardSection(r: DashboardResults): string {
  return `## Console: dashboard

Measured with \`npm run bench:console\` (bench/console-dashboard.ts) on ${new Date().toISOString().slice(0, 10)}:
${r.services.toLocaleString('en')} services in ${r.clusters} clusters (\`seed:large\`, 5 of them crashing on purpose) on
the local engine, \`next start\` of a production build, ${r.cpus} CPU cores shared with other work (1-min load
average ${r.load}).

| measure | result | target |
|---|---|---|
| first render, cold (first viewer after the console started) | ${r.coldMs} ms, ${r.coldDescribed} of ${r.services} services described${r.coldDescribed < r.services ? ', the rest filled in live' : ''} | < 1.5 s |
| first render when a snapshot exists (someone viewed in the last minute), median / max of 5 | ${r.warmMedianMs} ms / ${r.warmMaxMs} ms | < 1.5 s |
| cold read of every service (not throttled, ≤ 8 calls in flight): time / ECS calls | ${(r.firstPassMs / 1000).toFixed(1)} s / ${r.coldCalls} | - |
| then until every seeded task runs (the steady state starts) | ${(r.settleMs / 1000).toFixed(1)} s | - |
| ECS calls per second in steady state, one viewer polling every 2 s: average / busiest 1-s window | ${r.steadyAverage} / ${r.steadyMaxWindow} | ≤ 20 |
| steady-state mix | ${r.byOp} | - |
| largest DescribeServices batch | ${r.maxBatch} | 10 |
| a change made on the engine (UpdateService desiredCount) visible in /api/dashboard | ${r.latencies.map((l) => `${(l / 1000).toFixed(1)} s`).join(', ')} | < 5 s with the 2 s browser poll |

How it works and how it was measured:
- The console runs one poller per Region on the server, shared by all viewers (lib/ecs/dashboard/snapshot.ts). Viewers
  (the page's first render and the browser's 2 s poll of \`/api/dashboard\`) only read its latest snapshot, so the
  number of open tabs does not change the ECS load. The poller sleeps after a minute without viewers.
- Cold read (lib/ecs/dashboard/poller.ts \`readAll\`): when the poller wakes with no snapshot, or one older than a
  minute, its first pass reads everything at once: ListClusters (all pages), DescribeClusters by 100, per cluster
  ListServices (100 a page) and ListTasks STOPPED, DescribeServices by 10 as soon as a cluster is listed, then
  DescribeClusters for the counts. No token bucket here, only ≤ 8 calls in flight (lib/ecs/in-flight-limit.ts);
  the SDK retries a throttled call with backoff. The page's first render waits up to 0.8 s for it, then shows what is
  complete; undescribed rows say "Loading" and a "Reading services: n of m described" badge shows until it is done.
  The rest of the cold render's time is the first render of up to 2,000 rows while the read and the engine go on
  on the same 2 cores. Before the cold read (same day, load 1.5): 803 ms with 0 of 2,000 described, because every
  call waited for the 15/s bucket, and ~16 s until the dashboard was complete.
- Steady state: every ECS call goes through one token bucket per Region, 15 calls/s sustained with a burst of 5
  (lib/ecs/rate-limiter.ts): burst + refill ≤ 20, so no 1-second window can hold more than 20 calls.
- A steady pass every 2 s (lib/ecs/dashboard/poller.ts): ListClusters + DescribeClusters (1 call each per 100 clusters);
  DescribeServices (by 10) for the services that are changing (deployment in progress, failing, pending, not at
  desired), at most 12 calls a pass, least recently described first; a full re-read (ListServices by 100,
  DescribeServices by 10, ListTasks STOPPED, DescribeTasks by 100 only for stopped tasks not yet remembered,
  DescribeClusters) of any cluster whose running/pending task counts no longer add up to its services' counts plus
  its standalone tasks, because that is a change in a quiet service (clusters without changing services first, then
  clusters whose counts moved this pass); then, with what is left of a ~28-call pass, quiet clusters round-robin.
- Before the 12-call cap, the passes right after a fresh seed (all 2,000 services "deployment in progress") described
  every changing service at once: 200 calls, 13-14 s a pass at 15 calls/s, and a change elsewhere waited for it
  (7.1 s, 11.6 s, 8.2 s in this bench; 14.4 s and 14.5 s measured pass by pass). Crash-looping clusters were not
  the cause: outside that window their counts add up once their failing service is described, and changes showed
  in ~2 s. With the cap, a cluster whose changing services wait for their turn counts as changed only when its task
  counts move, so its stale rows alone do not trigger re-reads.
- Renders when a snapshot exists only read it. "Why is it failing" reads the console's SQLite memory of stopped
  tasks, not ECS.
- Change latency is measured server-side (\`/api/dashboard\` polled every 200 ms); the browser adds up to its 2 s
  poll. The engine itself takes 1-2 s (time scale 1) to start the task that moves the cluster's counts; the
  poller then re-reads that cluster in its next pass.
- The bench counts calls at an HTTP proxy between the console and the engine (so the console's own count is not
  trusted), skipping the first 5 s of the steady-state window (which starts after the cold read, once every seeded
  task runs). Server time is the full response time of
  \`GET /dashboard\` on loopback (the page streams, so time to first byte would flatter it).
- Reproduce: \`npx next build && npm run bench:console\` (this part alone: \`npx tsx bench/console-dashboard.ts\`;
  env: BENCH_DASHBOARD_CLUSTERS, BENCH_DASHBOARD_SERVICES, BENCH_DASHBOARD_STEADY_MS, NEXT_DIST_DIR).
`;
}

/** Replaces (or appends) the "## Console: dashboard" section of docs/benchmarks.md, leaving other sections alone. */
export function writeDashboardSection(text: string): void {
  const file = path.resolve(root, 'docs/benchmarks.md');
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const heading = '## Console: dashboard\n';
  const start = current.indexOf(heading);
  let next: string;
  if (start < 0) next = `${current.trimEnd()}\n\n${text}`;
  else {
    const end = current.indexOf('\n## ', start + 1);
    next = current.slice(0, start) + text + (end < 0 ? '' : `\n${current.slice(end + 1)}`);
  }
  fs.writeFileSync(file, next.endsWith('\n') ? next : `${next}\n`);
  process.stdout.write(`wrote docs/benchmarks.md (## Console: dashboard)\n`);
}
