// npm run test:mutation [-- AREA... ] [-- --changed GIT_REF]: StrykerJS once per area of stryker.config.mjs, each
// with that area's own tests, then one table of mutation scores. Fails when an area is under the break threshold.
// A full run (every area, no --changed) writes the table into docs/testing.md "## Mutation score".
// --changed REF mutates only the areas' files changed since REF, and the files next to a changed test of the area:
// what CI runs (see docs/testing.md for why not everything).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(__dirname, '..');
const REPORTS = path.join(ROOT, 'reports/mutation');
const DOC = path.join(ROOT, 'docs/testing.md');
const HEADING = '## Mutation score';

interface Area {
  mutate: string[];
  tests: string[];
}

interface MutantJson {
  status: string;
}

interface Score {
  area: string;
  file: string;
  killed: number;
  survived: number;
  noCoverage: number;
  timeout: number;
  ignored: number;
}

function git(...args: string[]): string[] {
  const out = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`git ${args.join(' ')}: ${out.stderr}`);
  return out.stdout.split('\n').filter(Boolean);
}

/** Tracked files matching the globs (git pathspec globs: `**` spans folders). */
function filesMatching(globs: string[]): string[] {
  return git('ls-files', '--', ...globs.map((g) => `:(glob)${g}`));
}

function parseArgs(argv: string[]): { areas: string[]; changedSince?: string } {
  const areas: string[] = [];
  let changedSince: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--changed') {
      changedSince = argv[++i];
      if (!changedSince) throw new Error('--changed needs a git ref, for example --changed HEAD~1');
    } else areas.push(argv[i]);
  }
  return { areas, changedSince };
}

/** The area's files to mutate: all of them, or those changed since `ref` and those next to a changed test. */
function filesToMutate(area: Area, changed: Set<string> | undefined): string[] {
  const targets = filesMatching(area.mutate).filter((f) => !/(\.test\.ts|\/testing\.ts)$|\/testing\//.test(f));
  if (!changed) return targets;
  const changedTests = filesMatching(area.tests).filter((f) => changed.has(f));
  const testDirs = new Set(changedTests.map((f) => path.dirname(f)));
  return targets.filter((f) => changed.has(f) || testDirs.has(path.dirname(f)));
}

function runArea(name: string, area: Area, files: string[]): Score[] {
  const args = ['stryker', 'run', 'stryker.config.mjs', '--mutate', files.join(',')];
  console.log(`\n== ${name}: ${files.length} files ==`);
  // The area's tests, as the whole suite Vitest sees (vitest.mutation.config.ts): Stryker's own --testFiles does
  // not reach the runs of mutants in module-level code, which then ran no test at all and 'survived'.
  const env = { ...process.env, MUTATION_TESTS: area.tests.join(',') };
  const run = spawnSync('npx', args, { cwd: ROOT, stdio: 'inherit', env });
  if (run.status !== 0) throw new Error(`stryker failed on ${name} (exit ${run.status})`);
  // Each area keeps its own reports (the config names one pair).
  for (const ext of ['json', 'html']) fs.renameSync(path.join(REPORTS, `mutation.${ext}`), path.join(REPORTS, `${name}.${ext}`));
  const report = path.join(REPORTS, `${name}.json`);
  const json = JSON.parse(fs.readFileSync(report, 'utf8')) as { files: Record<string, { mutants: MutantJson[] }> };
  return Object.entries(json.files).map(([file, { mutants }]) => {
    const count = (status: string) => mutants.filter((m) => m.status === status).length;
    return {
      area: name,
      file,
      killed: count('Killed'),
      survived: count('Survived'),
      noCoverage: count('NoCoverage'),
      timeout: count('Timeout'),
      ignored: count('Ignored'),
    };
  });
}

/** Stryker's mutation score: detected (killed or timed out) over every valid mutant. */
function score(rows: Score[]): { detected: number; valid: number; percent: number } {
  const sum = (key: keyof Omit<Score, 'area' | 'file'>) => rows.reduce((n, r) => n + r[key], 0);
  const detected = sum('killed') + sum('timeout');
  const valid = detected + sum('survived') + sum('noCoverage');
  return { detected, valid, percent: valid === 0 ? 100 : (100 * detected) / valid };
}

function table(rows: Score[]): string {
  const line = (name: string, r: Score[]) => {
    const s = score(r);
    const sum = (key: 'survived' | 'noCoverage' | 'ignored') => r.reduce((n, x) => n + x[key], 0);
    return `| ${name} | ${s.percent.toFixed(2)}% | ${s.detected} | ${s.valid} | ${sum('survived')} | ${sum('noCoverage')} | ${sum('ignored')} |`;
  };
  const areas = [...new Set(rows.map((r) => r.area))];
  return [
    '| area / file | score | detected | valid | survived | no coverage | ignored |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...areas.flatMap((area) => {
      const inArea = rows.filter((r) => r.area === area);
      return [line(`**${area}**`, inArea), ...inArea.map((r) => line(r.file, [r]))];
    }),
    line('**all**', rows),
  ].join('\n');
}

function writeDoc(rows: Score[], seconds: number): void {
  const load = os.loadavg().map((n) => n.toFixed(1));
  const body = [
    HEADING,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run test:mutation\` on ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, in ${Math.round(seconds / 60)} min (load average ${load.join(' / ')} at the end; shared machine).`,
    '',
    table(rows),
    '',
  ].join('\n');
  const doc = fs.readFileSync(DOC, 'utf8');
  const start = doc.indexOf(HEADING);
  if (start < 0) throw new Error(`${DOC} has no "${HEADING}" section`);
  const next = doc.indexOf('\n## ', start + HEADING.length);
  fs.writeFileSync(DOC, doc.slice(0, start) + body + (next < 0 ? '' : doc.slice(next + 1)));
}

async function main(): Promise<void> {
  const config = (await import(pathToFileURL(path.join(ROOT, 'stryker.config.mjs')).href)) as {
    mutationTargets: Record<string, Area>;
    default: { thresholds: { low: number } };
  };
  const all = config.mutationTargets;
  const { areas, changedSince } = parseArgs(process.argv.slice(2));
  for (const name of areas) if (!all[name]) throw new Error(`No area ${name}; areas: ${Object.keys(all).join(', ')}`);
  const chosen = areas.length > 0 ? areas : Object.keys(all);
  const changed = changedSince ? new Set(git('diff', '--name-only', changedSince, '--')) : undefined;
  const started = Date.now();
  const rows: Score[] = [];
  for (const name of chosen) {
    const files = filesToMutate(all[name], changed);
    if (files.length === 0) {
      console.log(`\n== ${name}: nothing changed ==`);
      continue;
    }
    rows.push(...runArea(name, all[name], files));
  }
  if (rows.length === 0) return;
  console.log(`\n${table(rows)}`);
  const seconds = (Date.now() - started) / 1000;
  if (!changed && areas.length === 0) writeDoc(rows, seconds);
  const threshold = config.default.thresholds.low;
  const below = [...new Set(rows.map((r) => r.area))].filter((a) => score(rows.filter((r) => r.area === a)).percent < threshold);
  if (below.length > 0) {
    console.error(`Mutation score under ${threshold}% in: ${below.join(', ')}`);
    process.exit(1);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
