// `npm run bench:console`: console pages at scale against the local engine, on an existing production build
// (NEXT_DIST_DIR, default .next). Writes its sections of docs/benchmarks.md, leaving the others alone.
import fs from 'node:fs';
import path from 'node:path';
import { benchEnv } from '../lib/env';
import { clustersBench, seedClusters } from './console-clusters';
import { dashboardBench } from './console-dashboard';
import { countingEngine, startConsole, writeSection } from './console-support';

const {
  BENCH_CLUSTERS: CLUSTERS,
  BENCH_RUNS: RUNS,
  BENCH_CONSOLE_PORT: PORT,
  NEXT_DIST_DIR: DIST,
  /** BENCH_ONLY=clusters or BENCH_ONLY=dashboard runs one part. */
  BENCH_ONLY: ONLY,
  BENCH_DOCS_FILE,
} = benchEnv();
const DOC = path.resolve(__dirname, '..', BENCH_DOCS_FILE);

async function main(): Promise<void> {
  if (!fs.existsSync(path.resolve(__dirname, '..', DIST, 'BUILD_ID')))
    throw new Error(`No production build in ${DIST}: run \`npx next build\` first.`);
  if (!ONLY || ONLY === 'clusters') await clustersPart();
  if (!ONLY || ONLY === 'dashboard') await dashboardBench(); // its own seeded engine and console: writes "## Console: dashboard"
}

async function clustersPart(): Promise<void> {
  const target = await countingEngine();
  const web = await startConsole(target.url, PORT, DIST);
  try {
    await seedClusters(target, CLUSTERS);
    const section = await clustersBench(target, web, { clusters: CLUSTERS, runs: RUNS });
    process.stdout.write(section);
    writeSection(DOC, 'Console: clusters', section, fs);
  } finally {
    web.stop();
    await target.close();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
