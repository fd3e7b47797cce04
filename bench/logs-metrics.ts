// The metrics tab figure of `npm run bench:logs`: a service with 100 running tasks and one week of AWS/ECS
// datapoints (published as the engine does each minute), its Health and metrics tab rendered by `next start`
// (an existing build) over loopback: time to first byte and to the whole HTML, the charts' data included.
import net from 'node:net';
import { Engine } from '../lib/ecs-local/engine';
import { addSamples } from '../lib/ecs-local/metrics/datapoints';
import { serve } from '../lib/ecs-local/server';
import type { BenchEnv } from '../lib/env';
import { paths } from '../lib/paths';
import { firstLoadJs, percentile, startConsole, timedGet } from './console-support';

export interface MetricsTabResult {
  tasks: number;
  minutes: number;
  runs: number;
  ttfbP50: number;
  ttfbP99: number;
  totalP50: number;
  totalP99: number;
  bytes: number;
  /** Gzipped first-load JavaScript (KB) of a list page and of the chart page: uPlot must load only on the latter. */
  listJsKb: number;
  chartPageJsKb: number;
}

const TASKS = 100;

/** The benches' Fargate revision `web` (nginx), optionally logging with awslogs. */
export function benchTaskDefinition(logConfiguration?: object) {
  return {
    family: 'web',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [{ name: 'web', image: 'nginx', essential: true, logConfiguration }],
  };
}
const WEEK_MINUTES = 7 * 24 * 60;
const RUNS = 20;

function seedWeek(engine: Engine): void {
  const ctx = engine.context();
  const now = Math.floor(Date.now() / 60_000) * 60_000;
  const dims = [
    [{ Name: 'ClusterName', Value: 'bench' }],
    [
      { Name: 'ClusterName', Value: 'bench' },
      { Name: 'ServiceName', Value: 'web' },
    ],
  ];
  engine.store.tx(() => {
    for (let m = WEEK_MINUTES; m >= 1; m--) {
      const at = now - m * 60_000;
      const wave = 30 + 20 * Math.sin(m / 180);
      for (const dimensions of dims)
        for (const metric of ['CPUUtilization', 'MemoryUtilization']) {
          const avg = metric === 'CPUUtilization' ? wave : 50;
          addSamples(ctx, { namespace: 'AWS/ECS', metric, dimensions }, at, 'Percent', {
            count: TASKS,
            sum: avg * TASKS,
            min: avg - 10,
            max: avg + 15,
          });
        }
    }
  });
}

/** A port nothing listens on now (port 0 asks the OS for one). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function benchMetricsTab(env: BenchEnv): Promise<MetricsTabResult | string> {
  const engine = new Engine({ memory: true });
  const server = await serve(engine, 0);
  try {
    engine.call('CreateCluster', { clusterName: 'bench' });
    engine.call('RegisterTaskDefinition', benchTaskDefinition());
    engine.call('CreateService', {
      cluster: 'bench',
      serviceName: 'web',
      taskDefinition: 'web',
      desiredCount: TASKS,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
    });
    seedWeek(engine);
    let console: Awaited<ReturnType<typeof startConsole>>;
    try {
      console = await startConsole(server.url, env.BENCH_LOGS_CONSOLE_PORT || (await freePort()), env.NEXT_DIST_DIR);
    } catch (err) {
      return `not measured: ${(err as Error).message} (run \`npm run build\` first)`;
    }
    try {
      const url = `${console.url}${paths.service('bench', 'web', 'health')}&range=1w`;
      await timedGet(url); // compile and warm caches once
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await timedGet(url));
      const html = runs[runs.length - 1].html;
      if (!html.includes('CPU utilization')) return 'not measured: the page did not render the CPU utilization chart';
      const list = await timedGet(`${console.url}${paths.clusterTab('bench', 'services')}`);
      const [listJs, chartJs] = await Promise.all([firstLoadJs(console.url, list.html), firstLoadJs(console.url, html)]);
      return {
        tasks: TASKS,
        minutes: WEEK_MINUTES,
        runs: RUNS,
        ttfbP50: percentile(
          runs.map((r) => r.ttfbMs),
          50,
        ),
        ttfbP99: percentile(
          runs.map((r) => r.ttfbMs),
          99,
        ),
        totalP50: percentile(
          runs.map((r) => r.totalMs),
          50,
        ),
        totalP99: percentile(
          runs.map((r) => r.totalMs),
          99,
        ),
        bytes: html.length,
        listJsKb: listJs.gzipBytes / 1024,
        chartPageJsKb: chartJs.gzipBytes / 1024,
      };
    } finally {
      console.stop();
    }
  } finally {
    await server.close();
    engine.close();
  }
}
