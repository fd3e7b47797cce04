// npm run test:mutation [-- AREA...] [--changed GIT_REF] [--time-limit MINUTES] [--report-only]
// StrykerJS once per area of stryker.config.mjs, each against that area's own tests, then one table of scores.
// Fails when an area scores under the `low` threshold (85%), unless --report-only. A full run (every area, no
// --changed) writes the table into docs/testing.md "## Mutation score".
// --changed REF mutates only the areas' files changed since REF; --time-limit stops Stryker after that many minutes
// (the areas not finished are reported as such). CI uses both (docs/testing.md says why not everything).
import { spawn, spawnSync } from 'node:child_process';
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

interface Options {
  areas: string[];
  changedSince?: string;
  timeLimitMs?: number;
  reportOnly: boolean;
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

/** Tracked files matching the globs (git pathspec globs: `**` spans folders), test files and test helpers aside. */
function filesMatching(globs: string[]): string[] {
  return git('ls-files', '--', ...globs.map((g) => `:(glob)${g}`)).filter(
    (f) => !/(\.test\.ts|\/testing\.ts)$|\/testing\//.test(f),
  );
}

function parseArgs(argv: string[]): Options {
  const options: Options = { areas: [], reportOnly: false };
  const value = (i: number, flag: string, example: string) => {
    if (!argv[i]) throw new Error(`${flag} needs a value, for example ${flag} ${example}`);
    return argv[i];
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--changed') options.changedSince = value(++i, '--changed', 'HEAD~1');
    else if (argv[i] === '--time-limit') options.timeLimitMs = Number(value(++i, '--time-limit', '25')) * 60_000;
    else if (argv[i] === '--report-only') options.reportOnly = true;
    else options.areas.push(argv[i]);
  }
  if (Number.isNaN(options.timeLimitMs)) throw new Error('--time-limit takes a number of minutes, for example 25');
  return options;
}

/** Runs Stryker in its own process group; resolves false when the deadline stopped it first. */
function stryker(args: string[], env: NodeJS.ProcessEnv, deadline?: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, { cwd: ROOT, stdio: 'inherit', env, detached: true });
    const timer =
      deadline === undefined
        ? undefined
        : setTimeout(() => process.kill(-(child.pid as number), 'SIGTERM'), Math.max(0, deadline - Date.now()));
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal) resolve(false);
      else if (code === 0) resolve(true);
      else reject(new Error(`stryker exited with ${code}`));
    });
  });
}

async function runArea(name: string, area: Area, files: string[], deadline?: number): Promise<Score[] | undefined> {
  console.log(`\n== ${name}: ${files.length} files ==`);
  // The area's tests, as the whole suite Vitest sees (vitest.mutation.config.ts): Stryker's own --testFiles does
  // not reach the runs of mutants in module-level code, which then ran no test at all and 'survived'.
  const env = { ...process.env, MUTATION_TESTS: area.tests.join(',') };
  const finished = await stryker(['stryker', 'run', 'stryker.config.mjs', '--mutate', files.join(',')], env, deadline);
  if (!finished) return undefined;
  // Each area keeps its own reports (the config names one pair).
  for (const ext of ['json', 'html']) fs.renameSync(path.join(REPORTS, `mutation.${ext}`), path.join(REPORTS, `${name}.${ext}`));
  const json = JSON.parse(fs.readFileSync(path.join(REPORTS, `${name}.json`), 'utf8')) as {
    files: Record<string, { mutants: { status: string }[] }>;
  };
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
function score(rows: Score[]): number {
  const sum = (key: keyof Omit<Score, 'area' | 'file'>) => rows.reduce((n, r) => n + r[key], 0);
  const detected = sum('killed') + sum('timeout');
  const valid = detected + sum('survived') + sum('noCoverage');
  return valid === 0 ? 100 : (100 * detected) / valid;
}

function table(rows: Score[]): string {
  const line = (name: string, r: Score[]) => {
    const sum = (key: keyof Omit<Score, 'area' | 'file'>) => r.reduce((n, x) => n + x[key], 0);
    const detected = sum('killed') + sum('timeout');
    const valid = detected + sum('survived') + sum('noCoverage');
    return `| ${name} | ${score(r).toFixed(1)}% | ${detected} | ${valid} | ${sum('survived')} | ${sum('noCoverage')} | ${sum('ignored')} |`;
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
  const options = parseArgs(process.argv.slice(2));
  for (const name of options.areas) if (!all[name]) throw new Error(`No area ${name}; areas: ${Object.keys(all).join(', ')}`);
  const chosen = options.areas.length > 0 ? options.areas : Object.keys(all);
  const changed = options.changedSince ? new Set(git('diff', '--name-only', options.changedSince, '--')) : undefined;
  const started = Date.now();
  const deadline = options.timeLimitMs === undefined ? undefined : started + options.timeLimitMs;
  const rows: Score[] = [];
  const unfinished: string[] = [];
  for (const name of chosen) {
    const files = filesMatching(all[name].mutate).filter((f) => !changed || changed.has(f));
    if (files.length === 0) console.log(`\n== ${name}: nothing to mutate ==`);
    else if (deadline !== undefined && Date.now() >= deadline) unfinished.push(name);
    else {
      const result = await runArea(name, all[name], files, deadline);
      if (result) rows.push(...result);
      else unfinished.push(name);
    }
  }
  if (rows.length > 0) console.log(`\n${table(rows)}`);
  if (unfinished.length > 0) console.log(`\nNot finished within the time limit: ${unfinished.join(', ')}.`);
  if (!changed && options.areas.length === 0 && unfinished.length === 0) writeDoc(rows, (Date.now() - started) / 1000);
  const threshold = config.default.thresholds.low;
  const below = [...new Set(rows.map((r) => r.area))].filter((a) => score(rows.filter((r) => r.area === a)) < threshold);
  if (below.length > 0) {
    console.error(`Mutation score under ${threshold}% in: ${below.join(', ')}`);
    if (!options.reportOnly) process.exit(1);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
