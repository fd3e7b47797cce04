// Property-based robustness: every operation of the model gets random JSON and mutated near-valid bodies over
// HTTP. Whatever arrives, the engine answers 200 (with a body that conforms to the model) or a 4xx
// {__type, message}, keeps serving, and its state stays consistent. FUZZ_RUNS scales the effort.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputProblems } from '../../e2e/support/conformance';
import { FakeClock } from './core/clock';
import { ecsModel } from './ecs/common/api-model';
import { Engine } from './engine';
import type { ShapeRef } from './protocol/api-model';
import { type RunningServer, serve } from './server';
import { testAuthorization } from './testing/signature';

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const TARGET = 'AmazonEC2ContainerServiceV20141113';
const ACCOUNT = '000000000000';
const model = ecsModel.raw;
const shape = (name: string) => ecsModel.shape(name);
const OPERATIONS = Object.keys(model.operations);

// Strings that name things the seeded state holds, so generated inputs reach past the "not found" checks.
const KNOWN_STRINGS = [
  'fuzz',
  'default',
  'fuzz-svc',
  'fuzz-td',
  'fuzz-td:1',
  'web',
  `arn:aws:ecs:us-east-1:${ACCOUNT}:cluster/fuzz`,
  `arn:aws:ecs:us-east-1:${ACCOUNT}:service/fuzz/fuzz-svc`,
  `arn:aws:ecs:us-east-1:${ACCOUNT}:task-definition/fuzz-td:1`,
  'nginx:latest',
  '256',
  '512',
  'subnet-1',
  'sg-1',
  '',
];

const memo = new Map<string, fc.Arbitrary<unknown>>();

/** Values shaped like the model says, mostly plausible, not necessarily semantically valid. */
function shaped(ref: ShapeRef, depth = 0): fc.Arbitrary<unknown> {
  const key = `${ref.shape}@${Math.min(depth, 5)}`;
  let arb = memo.get(key);
  if (!arb) {
    arb = build(ref, depth);
    memo.set(key, arb);
  }
  return arb;
}

// Members that name a resource mostly name the seeded ones, or nearly every call stops at "not found".
const LIKELY: Record<string, string[]> = {
  cluster: ['fuzz', `arn:aws:ecs:us-east-1:${ACCOUNT}:cluster/fuzz`],
  service: ['fuzz-svc'],
  serviceName: ['fuzz-svc', 'fuzz-new'],
  services: ['fuzz-svc'],
  taskDefinition: ['fuzz-td', 'fuzz-td:1'],
  family: ['fuzz-td'],
  familyPrefix: ['fuzz'],
  resourceArn: [`arn:aws:ecs:us-east-1:${ACCOUNT}:cluster/fuzz`, `arn:aws:ecs:us-east-1:${ACCOUNT}:service/fuzz/fuzz-svc`],
};

function member(name: string, ref: ShapeRef, depth: number): fc.Arbitrary<unknown> {
  const likely = LIKELY[name];
  if (!likely) return shaped(ref, depth);
  const s = shape(ref.shape);
  const known = s.type === 'list' ? fc.constantFrom(...likely).map((v) => [v]) : fc.constantFrom(...likely);
  return fc.oneof({ weight: 4, arbitrary: known }, { weight: 1, arbitrary: shaped(ref, depth) });
}

function build(ref: ShapeRef, depth: number): fc.Arbitrary<unknown> {
  const s = shape(ref.shape);
  switch (s.type) {
    case 'structure': {
      if (depth >= 5) return fc.constant({});
      const members = Object.entries(s.members ?? {});
      const record = Object.fromEntries(members.map(([name, m]) => [name, member(name, m, depth + 1)]));
      return fc.record(record, { requiredKeys: (s.required ?? []).filter((r) => Object.hasOwn(record, r)) });
    }
    case 'list':
      return depth >= 5 ? fc.constant([]) : fc.array(shaped(s.member as ShapeRef, depth + 1), { maxLength: 3 });
    case 'map':
      return fc.dictionary(fc.constantFrom('k1', 'k2', 'ecs-local.exit-code'), shaped(s.value as ShapeRef, depth + 1), {
        maxKeys: 2,
      });
    case 'string':
      return s.enum ? fc.constantFrom(...s.enum) : fc.oneof(fc.constantFrom(...KNOWN_STRINGS), fc.string({ maxLength: 12 }));
    case 'integer':
    case 'long':
      return fc.integer({ min: s.min ?? 0, max: Math.min(s.max ?? 2048, 2048) });
    case 'double':
    case 'float':
      return fc.double({ min: 0, max: 100, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'timestamp':
      return fc.integer({ min: 1_700_000_000, max: 1_800_000_000 });
    default:
      return fc.base64String({ maxLength: 16 });
  }
}

function deep(levels: number, leaf: unknown, asList: boolean): unknown {
  let v = leaf;
  for (let i = 0; i < levels; i++) v = asList ? [v] : { nested: v };
  return v;
}

/** What replaces one spot of a near-valid body. */
const replacement = fc.oneof(
  fc.constant(null),
  fc.constantFrom(-1, -(2 ** 31) - 1, 2 ** 53, 1.5, -1e300, 0),
  fc.constantFrom('x'.repeat(70_000), '', ' ', '\u0000', '💥'.repeat(300), 'a'.repeat(256)),
  fc.constantFrom(true, [], {}, [[[]]], { bogus: 1 }),
  fc.constant(deep(400, 1, true)),
  fc.constant(deep(200, 'x', false)),
  fc.jsonValue({ maxDepth: 3 }),
);

function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) paths(v, [...at, i], out);
  } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

function replaceAt(value: unknown, at: (string | number)[], next: unknown, addKey: boolean): unknown {
  if (at.length === 0) {
    if (addKey && value && typeof value === 'object' && !Array.isArray(value)) return { ...value, unknownMember: next };
    return next;
  }
  const [head, ...rest] = at;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = replaceAt(copy[head], rest, next, addKey);
  return copy;
}

/** A body shaped like the operation's input with one spot broken. */
function nearValid(operation: string): fc.Arbitrary<unknown> {
  const input = model.operations[operation].input as ShapeRef;
  return fc.tuple(shaped(input), fc.nat(), replacement, fc.boolean()).map(([valid, pick, next, addKey]) => {
    const all = paths(valid);
    return replaceAt(valid, all[pick % all.length], next, addKey);
  });
}

const anyBody = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

let engine: Engine;
let server: RunningServer;

async function post(operation: string, body: string) {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `${TARGET}.${operation}`,
      authorization: testAuthorization('ecs'),
    },
    body,
  });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

/** The property every answer must have. Returns a description of what is wrong, or undefined. */
const outcomes = new Map<string, number>();

async function answerProblem(operation: string, body: string): Promise<string | undefined> {
  const res = await post(operation, body);
  if (process.env.FUZZ_STATS) {
    const kind = res.status === 200 ? '200' : ((JSON.parse(res.text) as { __type?: string }).__type ?? '?');
    outcomes.set(`${operation} ${kind}`, (outcomes.get(`${operation} ${kind}`) ?? 0) + 1);
  }
  if (res.type !== 'application/x-amz-json-1.1') return `content type ${res.type}`;
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(res.text);
  } catch {
    return `non-JSON answer ${res.text.slice(0, 80)}`;
  }
  if (res.status === 200) {
    const problems = outputProblems(operation, json);
    return problems.length ? `200 body does not conform: ${problems.slice(0, 3).join('; ')}` : undefined;
  }
  if (res.status !== 400) return `status ${res.status}: ${res.text.slice(0, 200)}`;
  if (typeof json.__type !== 'string' || typeof json.message !== 'string' || json.message === '')
    return `error body without __type/message: ${res.text.slice(0, 120)}`;
  return undefined;
}

async function call(operation: string, input: unknown): Promise<Record<string, unknown>> {
  const res = await post(operation, JSON.stringify(input));
  return { status: res.status, ...(JSON.parse(res.text) as Record<string, unknown>) };
}

async function seed(): Promise<void> {
  await call('CreateCluster', { clusterName: 'fuzz' });
  await call('RegisterTaskDefinition', {
    family: 'fuzz-td',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [{ name: 'web', image: 'nginx:latest', essential: true, portMappings: [{ containerPort: 80 }] }],
  });
  const network = { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'] } };
  await call('CreateService', {
    cluster: 'fuzz',
    serviceName: 'fuzz-svc',
    taskDefinition: 'fuzz-td',
    desiredCount: 2,
    launchType: 'FARGATE',
    networkConfiguration: network,
  });
  await call('RunTask', {
    cluster: 'fuzz',
    taskDefinition: 'fuzz-td',
    count: 2,
    launchType: 'FARGATE',
    networkConfiguration: network,
  });
  engine.advance(20_000, 1000);
}

beforeAll(async () => {
  engine = new Engine({ memory: true, clock: new FakeClock() });
  server = await serve(engine, 0);
  await seed();
});

afterAll(async () => {
  // FUZZ_STATS=1 shows how far the generated bodies get (200s vs each exception), to judge the generators.
  if (process.env.FUZZ_STATS)
    console.log(
      [...outcomes]
        .sort()
        .map(([k, n]) => `${k}: ${n}`)
        .join('\n'),
    );
  await server.close();
  engine.close();
});

describe('fuzzing every operation over HTTP', () => {
  it('covers the 77 operations of the model', () => {
    expect(OPERATIONS).toHaveLength(77);
  });

  for (const operation of OPERATIONS) {
    it(`${operation}: answers 200 or 4xx with {__type, message} and keeps serving`, async () => {
      const property = fc.asyncProperty(
        fc.oneof(
          { weight: 1, arbitrary: anyBody },
          { weight: 2, arbitrary: shaped(model.operations[operation].input as ShapeRef).map((v) => JSON.stringify(v)) },
          { weight: 2, arbitrary: nearValid(operation).map((v) => JSON.stringify(v)) },
        ),
        async (body) => {
          const problem = await answerProblem(operation, body);
          if (problem) throw new Error(`${operation} ${body.slice(0, 300)}\n→ ${problem}`);
        },
      );
      await fc.assert(property, { numRuns: RUNS, endOnFailure: true });
      engine.advance(5_000, 1000); // let the scheduler chew on whatever the calls left behind
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
    });
  }
});

describe('invariants after fuzzing', () => {
  async function all(operation: string, input: Record<string, unknown>, key: string): Promise<string[]> {
    const out: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await call(operation, { ...input, nextToken });
      expect(page.status, `${operation} ${JSON.stringify(page)}`).toBe(200);
      out.push(...((page[key] as string[] | undefined) ?? []));
      nextToken = page.nextToken as string | undefined;
    } while (nextToken);
    return out;
  }

  it('lists clusters and their counts agree with their tasks and services', async () => {
    engine.advance(60_000, 1000);
    const clusters = await all('ListClusters', {}, 'clusterArns');
    expect(clusters.length).toBeGreaterThan(0);
    for (const clusterArn of clusters) {
      const described = await call('DescribeClusters', { clusters: [clusterArn] });
      expect(described.status).toBe(200);
      const cluster = (described.clusters as Record<string, number>[])[0];
      const taskArns = [
        ...(await all('ListTasks', { cluster: clusterArn, desiredStatus: 'RUNNING' }, 'taskArns')),
        ...(await all('ListTasks', { cluster: clusterArn, desiredStatus: 'STOPPED' }, 'taskArns')),
      ];
      let running = 0;
      for (let i = 0; i < taskArns.length; i += 100) {
        const tasks = await call('DescribeTasks', { cluster: clusterArn, tasks: taskArns.slice(i, i + 100) });
        running += (tasks.tasks as { lastStatus: string }[]).filter((t) => t.lastStatus === 'RUNNING').length;
      }
      expect(cluster.runningTasksCount, `runningTasksCount of ${clusterArn}`).toBe(running);
      const services = await all('ListServices', { cluster: clusterArn }, 'serviceArns');
      expect(cluster.activeServicesCount, `activeServicesCount of ${clusterArn}`).toBe(services.length);
    }
  });
});
