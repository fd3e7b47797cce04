// Keeps docs/architecture.md true for the engine: no import cycles between its files, and each folder imports
// only what the table there allows.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = __dirname;
const IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function resolve(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  return [base, `${base}.ts`, `${base}.json`, path.join(base, 'index.ts')].find(
    (c) => fs.existsSync(c) && fs.statSync(c).isFile(),
  );
}

/** Engine-relative path → engine-relative paths it imports (inside the engine only). */
function graph(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of sources(ROOT)) {
    const deps: string[] = [];
    for (const m of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolve(file, m[1]);
      if (target?.startsWith(ROOT)) deps.push(path.relative(ROOT, target));
    }
    out.set(path.relative(ROOT, file), deps);
  }
  return out;
}

/** AWS services, bottom-up: a service may use the models of those before it (ECS writes logs and metrics and registers load balancer targets; auto scaling reads metrics and sets ECS desired counts). */
const SERVICE_ORDER = ['logs', 'metrics', 'elbv2', 'ecs', 'autoscaling'];

/** The layer a file belongs to, as docs/architecture.md names them. */
function layer(file: string): string {
  const parts = file.split('/');
  if (parts.length === 1) return 'top';
  if (parts[0] === 'ecs') {
    if (parts.length === 2) return parts[1] === 'index.ts' ? 'ecs/index' : 'ecs/?';
    return parts[2] === 'operations' ? `ecs/${parts[1]}/operations` : `ecs/${parts[1]}`;
  }
  if (SERVICE_ORDER.includes(parts[0])) {
    if (parts.length === 2 && parts[1] === 'index.ts') return `${parts[0]}/index`;
    return parts.includes('operations') ? `${parts[0]}/operations` : parts[0];
  }
  return parts[0];
}

/** The service a layer belongs to (ECS's resource folders belong to ecs). */
function serviceOf(layerName: string): string | undefined {
  const name = layerName.split('/')[0];
  return SERVICE_ORDER.includes(name) ? name : undefined;
}

const RESOURCE_ORDER = [
  'account-settings',
  'task-definitions',
  'capacity-providers',
  'clusters',
  'container-instances',
  'attributes',
  'tasks',
  'capacity-scaling',
  'daemons',
  'task-sets',
  'services',
  'express-gateway',
  'tags',
];
const BASE: Record<string, string[]> = {
  protocol: [],
  store: [],
  runtime: ['protocol'],
  core: ['protocol', 'store', 'runtime'],
  'ecs/common': ['core', 'protocol'],
  // The container agent is a client of the engine (AWS SDK over HTTP) that runs containers: never the engine's own code.
  agent: ['runtime', 'protocol'],
};

function allowed(from: string, to: string): boolean {
  if (from === to || from === 'top') return true;
  if (from in BASE) return BASE[from].includes(to);
  const below = ['core', 'protocol', 'store', 'runtime', 'ecs/common'];
  const fromService = serviceOf(from);
  const toService = serviceOf(to);
  if (fromService && toService && fromService !== toService) {
    // Another service: only one before this one in SERVICE_ORDER, never its operations or its index.
    return (
      SERVICE_ORDER.indexOf(toService) < SERVICE_ORDER.indexOf(fromService) &&
      !to.endsWith('/operations') &&
      !to.endsWith('/index')
    );
  }
  if (fromService && fromService !== 'ecs') {
    // Inside a service: anything but its index (the operation table sits on top).
    if (toService === fromService) return !to.endsWith('/index');
    return below.includes(to);
  }
  if (from === 'ecs/index') return below.includes(to) || to.startsWith('ecs/');
  if (from.endsWith('/operations')) return below.includes(to) || (to.startsWith('ecs/') && to !== 'ecs/index');
  if (from.startsWith('ecs/')) {
    const rank = RESOURCE_ORDER.indexOf(from.slice(4));
    const other = to.startsWith('ecs/') ? RESOURCE_ORDER.indexOf(to.slice(4)) : -1;
    return below.includes(to) || (other >= 0 && other < rank);
  }
  return false;
}

describe('engine layout', () => {
  const g = graph();

  it('keeps the Docker runtime inside runtime/ and the agent off the engine', () => {
    const docker = [...g.keys()].filter((f) => f.startsWith('runtime/docker/'));
    const agent = [...g.keys()].filter((f) => f.startsWith('agent/'));
    expect(docker.length).toBeGreaterThan(0);
    expect(agent.length).toBeGreaterThan(0);
    expect(docker.map(layer)).toEqual(docker.map(() => 'runtime'));
    expect(agent.map(layer)).toEqual(agent.map(() => 'agent'));
    expect(allowed('agent', 'ecs/tasks')).toBe(false);
    expect(allowed('agent', 'store')).toBe(false);
    expect(allowed('agent', 'core')).toBe(false);
    expect(allowed('runtime', 'agent')).toBe(false);
    expect(allowed('ecs/tasks', 'agent')).toBe(false);
  });

  it('has no import cycles between files', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const dep of g.get(file) ?? []) visit(dep, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of g.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('imports across folders only as docs/architecture.md allows', () => {
    const wrong: string[] = [];
    for (const [file, deps] of g) for (const dep of deps) if (!allowed(layer(file), layer(dep))) wrong.push(`${file} → ${dep}`);
    expect(wrong).toEqual([]);
  });
});
