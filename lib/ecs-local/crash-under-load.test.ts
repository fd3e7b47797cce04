// kill -9 in the middle of mixed load (services created and updated, tasks run and stopped), ten times in a row on
// one data directory. After each restart: every write the engine acknowledged is there, no task stays in a
// transitional status (far less than its simulated duration plus one sweep), every service reaches its desired count.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  type ECSClient,
  ListServicesCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  RunTaskCommand,
  StopTaskCommand,
  type Task,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { afterAll, describe, expect, it } from 'vitest';
import { kill9, killEngineProcesses, startEngineProcess } from './testing/engine-process';

const RESTARTS = 10;
const WORKERS = 4;
const NETWORK = { awsvpcConfiguration: { subnets: ['subnet-1'] } };
const TRANSITIONAL = ['PROVISIONING', 'PENDING', 'ACTIVATING', 'DEACTIVATING', 'STOPPING', 'DEPROVISIONING'];

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-local-crash-load-'));
const ENGINE = { ECS_LOCAL_DATA_DIR: dataDir, ECS_LOCAL_TIME_SCALE: '0.05' };
afterAll(() => {
  killEngineProcesses();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** What the engine acknowledged (answered 200 to), per worker; a write whose answer was lost may or may not be there. */
interface Ledger {
  cluster: string;
  revisions: number;
  /** Service name → desired counts it may have: the last acknowledged one, plus one sent when the engine died. */
  services: Map<string, Set<number>>;
  running: Set<string>;
  stopped: Set<string>;
}

const ledgers: Ledger[] = Array.from({ length: WORKERS }, (_, i) => ({
  cluster: `load-${i}`,
  revisions: 0,
  services: new Map(),
  running: new Set(),
  stopped: new Set(),
}));

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];

/** One worker's writes, in a loop until the engine dies under it. */
async function load(client: ECSClient, ledger: Ledger, round: number): Promise<void> {
  for (let n = 0; ; n++) {
    try {
      switch (n % 5) {
        case 0: {
          await client.send(
            new RegisterTaskDefinitionCommand({
              family: ledger.cluster,
              networkMode: 'awsvpc',
              requiresCompatibilities: ['FARGATE'],
              cpu: '256',
              memory: '512',
              containerDefinitions: [{ name: 'app', image: `nginx:1.${round}.${n}` }],
            }),
          );
          ledger.revisions++;
          break;
        }
        case 1: {
          const serviceName = `svc-${round}-${n}`;
          const desiredCount = 1 + (n % 3);
          await client.send(
            new CreateServiceCommand({
              cluster: ledger.cluster,
              serviceName,
              taskDefinition: ledger.cluster,
              desiredCount,
              launchType: 'FARGATE',
              networkConfiguration: NETWORK,
            }),
          );
          ledger.services.set(serviceName, new Set([desiredCount])); // acknowledged: it exists
          break;
        }
        case 2: {
          if (ledger.services.size === 0) break;
          const service = pick([...ledger.services.keys()]);
          const desiredCount = Math.floor(Math.random() * 4);
          const possible = ledger.services.get(service) as Set<number>;
          possible.add(desiredCount);
          await client.send(
            new UpdateServiceCommand({ cluster: ledger.cluster, service, desiredCount, taskDefinition: ledger.cluster }),
          );
          ledger.services.set(service, new Set([desiredCount]));
          break;
        }
        case 3: {
          const run = await client.send(
            new RunTaskCommand({
              cluster: ledger.cluster,
              taskDefinition: ledger.cluster,
              count: 2,
              launchType: 'FARGATE',
              networkConfiguration: NETWORK,
            }),
          );
          for (const task of run.tasks ?? []) ledger.running.add(task.taskArn as string);
          break;
        }
        default: {
          if (ledger.running.size === 0) break;
          const task = pick([...ledger.running]);
          await client.send(new StopTaskCommand({ cluster: ledger.cluster, task }));
          ledger.running.delete(task);
          ledger.stopped.add(task);
        }
      }
    } catch (err) {
      if ((err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode) throw err; // an answer, not a dead engine
      return;
    }
  }
}

async function all<T>(fetch: (nextToken?: string) => Promise<{ items: T[]; nextToken?: string }>): Promise<T[]> {
  const out: T[] = [];
  let nextToken: string | undefined;
  do {
    const page = await fetch(nextToken);
    out.push(...page.items);
    nextToken = page.nextToken;
  } while (nextToken);
  return out;
}

async function tasksOf(client: ECSClient, cluster: string): Promise<Task[]> {
  const arns: string[] = [];
  for (const desiredStatus of ['RUNNING', 'STOPPED'] as const) {
    arns.push(
      ...(await all(async (nextToken) => {
        const page = await client.send(new ListTasksCommand({ cluster, desiredStatus, nextToken }));
        return { items: page.taskArns ?? [], nextToken: page.nextToken };
      })),
    );
  }
  const tasks: Task[] = [];
  for (let i = 0; i < arns.length; i += 100) {
    const out = await client.send(new DescribeTasksCommand({ cluster, tasks: arns.slice(i, i + 100) }));
    tasks.push(...(out.tasks ?? []));
  }
  return tasks;
}

async function eventually(check: () => Promise<string | undefined>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let problem = await check();
  while (problem !== undefined && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    problem = await check();
  }
  expect(problem).toBeUndefined();
}

/** One worker's acknowledged writes are all there, its tasks settle, its services reach their desired counts. */
async function verify(client: ECSClient, ledger: Ledger): Promise<void> {
  const { cluster } = ledger;
  const td = await client.send(new DescribeTaskDefinitionCommand({ taskDefinition: cluster }));
  expect(td.taskDefinition?.revision, `${cluster} revisions`).toBeGreaterThanOrEqual(ledger.revisions);

  const listed = await all(async (nextToken) => {
    const page = await client.send(new ListServicesCommand({ cluster, nextToken }));
    return { items: page.serviceArns ?? [], nextToken: page.nextToken };
  });
  const names = listed.map((arn) => arn.slice(arn.lastIndexOf('/') + 1));
  for (const name of ledger.services.keys()) expect(names, `${cluster} services`).toContain(name);

  // Every acknowledged task is there; stopped ones are stopping or stopped.
  const tasks = new Map((await tasksOf(client, cluster)).map((t) => [t.taskArn as string, t]));
  for (const arn of ledger.running) expect(tasks.has(arn), `${arn} acknowledged by RunTask`).toBe(true);
  for (const arn of ledger.stopped) expect(tasks.get(arn)?.desiredStatus, `${arn} acknowledged by StopTask`).toBe('STOPPED');

  await eventually(async () => {
    const stuck = (await tasksOf(client, cluster)).filter((t) => TRANSITIONAL.includes(t.lastStatus as string));
    return stuck.length ? `${stuck.length} tasks of ${cluster} in ${stuck.map((t) => t.lastStatus).join(', ')}` : undefined;
  }, 10_000);

  await eventually(async () => {
    for (let i = 0; i < names.length; i += 10) {
      const out = await client.send(new DescribeServicesCommand({ cluster, services: names.slice(i, i + 10) }));
      for (const service of out.services ?? []) {
        // A service whose CreateService was not acknowledged may be there too, with the count it was sent.
        const possible = ledger.services.get(service.serviceName as string);
        if (possible && !possible.has(service.desiredCount as number))
          return `${service.serviceName} desired ${service.desiredCount}, acknowledged ${[...possible]}`;
        if (service.runningCount !== service.desiredCount || service.deployments?.length !== 1)
          return `${service.serviceName}: ${service.runningCount}/${service.desiredCount} running, ${service.deployments?.length} deployments`;
      }
    }
    return undefined;
  }, 20_000);
  // From here on its desired count is what the engine says (an unacknowledged update may have landed).
  const described = [];
  for (let i = 0; i < names.length; i += 10)
    described.push(
      ...((await client.send(new DescribeServicesCommand({ cluster, services: names.slice(i, i + 10) }))).services ?? []),
    );
  for (const service of described) ledger.services.set(service.serviceName as string, new Set([service.desiredCount as number]));
}

describe('kill -9 under mixed load, ten times', () => {
  it('keeps every acknowledged write, strands no task and brings every service to its desired count', {
    timeout: 300_000,
  }, async () => {
    let engine = await startEngineProcess(ENGINE);
    for (const ledger of ledgers) await engine.client.send(new CreateClusterCommand({ clusterName: ledger.cluster }));
    for (let round = 0; round < RESTARTS; round++) {
      const workers = ledgers.map((ledger) => load(engine.client, ledger, round));
      await new Promise((r) => setTimeout(r, 700 + Math.random() * 1300));
      await kill9(engine);
      await Promise.all(workers);
      engine = await startEngineProcess(ENGINE);
      await Promise.all(ledgers.map((ledger) => verify(engine.client, ledger)));
    }
    await kill9(engine);
  });
});
