// The "## Logs and metrics" section of docs/benchmarks.md: what bench/logs.ts measured and how.
import os from 'node:os';
import type { LoadResult } from './load-worker';
import type { MetricsTabResult } from './logs-metrics';

export interface FilterRow {
  name: string;
  p50: number;
  p99: number;
  /** Events in the last answer, and whether it carried a nextToken. */
  events: number;
  more: boolean;
}

export interface IngestResult {
  idle: LoadResult;
  busy: LoadResult;
  sent: number;
  stored: number;
  seconds: number;
  dropped: number;
}

export interface LogsReport {
  events: number;
  seedSeconds: number;
  rows: FilterRow[];
  rare: { ms: number; pages: number; events: number };
  ingest: IngestResult;
  rate: number;
  metricsTab: MetricsTabResult | string;
  loadAtStart: string;
  queries: number;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

export function formatLogsReport(r: LogsReport): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const ratio = r.ingest.busy.p99 / r.ingest.idle.p99;
  const linesPerSecond = r.ingest.stored / r.ingest.seconds;
  const term = r.rows[0];
  const tab = r.metricsTab;
  return `Measured by \`npm run bench:logs\` on ${os.cpus().length} × ${cpu}, Node ${process.version}, load average at start ${r.loadAtStart}
(the machine is shared, so figures move from run to run). The engine runs in the bench's process with its store in a
temporary directory (a file, as in normal use); calls go over loopback HTTP as raw AWS JSON.

### FilterLogEvents over ${r.events.toLocaleString('en-US')} events in one group

Seeded through PutLogEvents (batches of 5,000 over 50 streams, 12 hours of timestamps) in ${r.seedSeconds.toFixed(1)} s.
1 % of messages contain \`ERROR\`; one in 100,000 names a rare order id. Each query ran ${r.queries} times.

| query | p50 | p99 | events in the answer | nextToken |
|---|---|---|---|---|
${r.rows.map((row) => `| ${row.name} | ${ms(row.p50)} | ${ms(row.p99)} | ${row.events} | ${row.more ? 'yes' : 'no'} |`).join('\n')}

Goal for a term pattern over the whole group: p50 < 100 ms (${verdict(term.p50 < 100)}), p99 < 300 ms (${verdict(term.p99 < 300)}).
Like CloudWatch, one call scans for at most 50 ms and answers what it found with a nextToken; only a missing token
means the search is over. Paging the rare term through the whole group, as \`aws logs filter-log-events\` does, took
${(r.rare.ms / 1000).toFixed(2)} s over ${r.rare.pages} calls and found ${r.rare.events} events.

### Ingestion while the ECS API is busy

${r.rate.toLocaleString('en-US')} lines/s were sent through the runtime sink (ten reports a second, as the Docker runtime
sends a container's output) for ${r.ingest.seconds.toFixed(1)} s, while 4 connections called DescribeTasks (10 tasks,
never cached) back to back; the same load ran first with no ingestion.

| | DescribeTasks p50 | p99 | requests/s |
|---|---|---|---|
| idle | ${ms(r.ingest.idle.p50)} | ${ms(r.ingest.idle.p99)} | ${r.ingest.idle.rps.toFixed(0)} |
| ingesting | ${ms(r.ingest.busy.p50)} | ${ms(r.ingest.busy.p99)} | ${r.ingest.busy.rps.toFixed(0)} |

Stored ${r.ingest.stored.toLocaleString('en-US')} of ${r.ingest.sent.toLocaleString('en-US')} lines (${linesPerSecond.toFixed(0)} lines/s, ${r.ingest.dropped} dropped).
ECS p99 while ingesting is ${(ratio * 100).toFixed(0)} % of idle: goal ≤ 120 % (${verdict(ratio <= 1.2)}); sustained ≥ ${r.rate} lines/s (${verdict(linesPerSecond >= r.rate * 0.98)}).

### Metrics tab of a 100-task service over one week

${
  typeof tab === 'string'
    ? tab
    : `The service page's Health and metrics tab at range 1w (${tab.minutes.toLocaleString('en-US')} minutes of AWS/ECS data for ${tab.tasks} tasks,
read as 168 hourly points per series), rendered by \`next start\` over loopback, ${tab.runs} runs after one warm-up:
time to first byte p50 ${ms(tab.ttfbP50)}, p99 ${ms(tab.ttfbP99)}; whole HTML p50 ${ms(tab.totalP50)}, p99 ${ms(tab.totalP99)}
(${(tab.bytes / 1024).toFixed(0)} KB). Goal: under 300 ms on the server (${verdict(tab.totalP99 < 300)}).
First-load JavaScript, gzipped: a list page (the cluster's Services tab) ${tab.listJsKb.toFixed(0)} KB (goal < 200 KB:
${verdict(tab.listJsKb < 200)}), the service page with charts ${tab.chartPageJsKb.toFixed(0)} KB; uPlot (≈ 20 KB gzipped) is
fetched by the charts themselves after the page loads, never by list pages.`
}

Rerun: \`npm run build && npm run bench:logs\` (BENCH_LOGS_EVENTS, BENCH_LOGS_LINES_PER_SECOND, BENCH_LOGS_SECONDS,
BENCH_LOGS_QUERIES, BENCH_LOGS_CONSOLE_PORT change the sizes).`;
}
