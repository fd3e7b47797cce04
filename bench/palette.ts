// `npm run bench:palette`: the command palette's search over 10,000 resources (clusters, services, task definition
// families, tasks) as the browser runs it on each keystroke, typing three queries one character at a time. Goal:
// under 50 ms per keystroke on this machine. Writes docs/benchmarks.md "## Console: command palette".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { indexPalette, type PaletteItem, searchPalette } from '../lib/palette/search';
import { percentile, writeSection } from './console-support';

const CLUSTERS = 50;
const SERVICES_PER_CLUSTER = 40;
const FAMILIES = 1_000;
const TASKS = 10_000 - CLUSTERS - CLUSTERS * SERVICES_PER_CLUSTER - FAMILIES;
const ARN = 'arn:aws:ecs:us-east-1:000000000000';

function resources(): PaletteItem[] {
  const items: PaletteItem[] = [];
  for (let c = 0; c < CLUSTERS; c++) {
    const cluster = `cluster-${c}`;
    items.push({
      kind: 'cluster',
      label: cluster,
      detail: 'Cluster',
      href: `/clusters/${cluster}`,
      arn: `${ARN}:cluster/${cluster}`,
    });
    for (let s = 0; s < SERVICES_PER_CLUSTER; s++) {
      const service = `svc-${s}-${c}`;
      items.push({
        kind: 'service',
        label: service,
        detail: `Service in ${cluster}`,
        href: `/clusters/${cluster}/services/${service}`,
        arn: `${ARN}:service/${cluster}/${service}`,
      });
    }
  }
  for (let f = 0; f < FAMILIES; f++)
    items.push({ kind: 'family', label: `family-${f}`, detail: 'Task definition family', href: `/task-definitions/family-${f}` });
  for (let t = 0; t < TASKS; t++) {
    const id = (t * 2654435761).toString(16).padStart(32, '0').slice(-32);
    const cluster = `cluster-${t % CLUSTERS}`;
    items.push({
      kind: 'task',
      label: id,
      detail: `Task in ${cluster}`,
      href: `/clusters/${cluster}/tasks/${id}`,
      arn: `${ARN}:task/${cluster}/${id}`,
    });
  }
  return items;
}

const items = resources();
const indexStart = performance.now();
const index = indexPalette(items);
const indexMs = performance.now() - indexStart;
const recent = items.slice(0, 10).map((i) => i.href);
const QUERIES = ['svc-17-4', 'cluster-3 svc', 'task/cluster-12/00'];
const perKeystroke: number[] = [];
for (let round = 0; round < 5; round++)
  for (const query of QUERIES)
    for (let n = 1; n <= query.length; n++) {
      const start = performance.now();
      searchPalette(index, query.slice(0, n), recent);
      perKeystroke.push(performance.now() - start);
    }
const p50 = percentile(perKeystroke, 50);
const p95 = percentile(perKeystroke, 95);
const max = Math.max(...perKeystroke);
const ms = (v: number) => `${v.toFixed(2)} ms`;
const body = `
\`npm run bench:palette\` (bench/palette.ts) on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}.
The palette's search (lib/palette/search.ts) over ${items.length.toLocaleString('en')} resources (${CLUSTERS} clusters,
${CLUSTERS * SERVICES_PER_CLUSTER} services, ${FAMILIES} task definition families, ${TASKS} tasks), typing ${QUERIES.map((q) => `\`${q}\``).join(', ')}
one character at a time, 5 rounds (${perKeystroke.length} keystrokes), 10 recent items.

| measure | value | goal |
|---|---|---|
| building the index (once per palette open) | ${ms(indexMs)} | |
| search per keystroke, median | ${ms(p50)} | |
| search per keystroke, p95 | ${ms(p95)} | < 50 ms ${p95 < 50 ? '✓' : '✗'} |
| search per keystroke, slowest | ${ms(max)} | < 50 ms ${max < 50 ? '✓' : '✗'} |
`;
writeSection(path.resolve(__dirname, '../docs/benchmarks.md'), 'Console: command palette', body, fs);
process.stdout.write(body);
