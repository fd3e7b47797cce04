// The dashboard poller against the real engine over HTTP with the real SDK, on a fake clock.
import type { ECSClient } from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../ecs-local/core/clock';
import { Engine } from '../../ecs-local/engine';
import { type ServedEngine, servedEngine } from '../../ecs-local/testing/engine';
import { RateLimiter } from '../rate-limiter';
import { DashboardPoller, HOT_CALLS, STALE_MS } from './poller';
import { StoppedTaskStore } from './stopped-task-store';
import { groupStoppedTasks } from './stopped-task-view';
import { registerFamily } from './testing';

const NETWORK = { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'] } };

let engine: Engine;
let clock: FakeClock;
let served: ServedEngine;
let client: ECSClient;
let store: StoppedTaskStore;

function register(family: string, labels?: Record<string, string>): void {
  registerFamily(engine, family, labels);
}

function createService(cluster: string, serviceName: string, taskDefinition: string): void {
  engine.call('CreateService', {
    cluster,
    serviceName,
    taskDefinition,
    desiredCount: 1,
    launchType: 'FARGATE',
    networkConfiguration: NETWORK,
  });
}

beforeAll(async () => {
  clock = new FakeClock(Date.now());
  engine = new Engine({ memory: true, clock });
  served = await servedEngine(engine);
  client = served.ecs;
  store = new StoppedTaskStore(':memory:');
  register('ok');
  register('crash', { 'ecs-local.exit-code': '3', 'ecs-local.exit-after': '1' });
  for (const cluster of ['alpha', 'beta']) engine.call('CreateCluster', { clusterName: cluster });
  for (let i = 0; i < 12; i++) createService('alpha', `web-${i}`, 'ok');
  createService('beta', 'crashy', 'crash');
});

afterAll(async () => {
  await served.close();
  store.close();
});

describe('DashboardPoller', () => {
  it('reads every service on the first pass, batching DescribeServices by 10', async () => {
    let calls = 0;
    const poller = new DashboardPoller(
      'us-east-1',
      client,
      store,
      new RateLimiter(1000, 1000),
      () => clock.now(),
      () => calls++,
    );
    const result = await poller.pass();
    expect(result.cold).toBe(true);
    expect(poller.complete).toBe(true);
    expect(poller.services()).toHaveLength(13);
    expect(poller.services().every((r) => r.described)).toBe(true);
    // ListClusters + DescribeClusters + 2 × (ListServices + ListTasks) + DescribeServices 2 (alpha) + 1 (beta),
    // and DescribeClusters once more for counts taken after the services were read.
    expect(result.calls).toBe(10);
    expect(calls).toBe(10);
  });

  it('remembers stopped tasks, marks the failing service red and re-reads the clusters that move', async () => {
    const poller = new DashboardPoller('us-east-1', client, store, new RateLimiter(1000, 1000), () => clock.now());
    await poller.pass();
    engine.advance(60_000);
    await poller.pass();
    const crashy = poller.services().find((r) => r.name === 'crashy');
    expect(crashy?.problems.length).toBeGreaterThan(0);
    expect(poller.services()[0].name).toBe('crashy');
    const groups = groupStoppedTasks(store.recent('us-east-1', 0));
    expect(groups[0]).toMatchObject({ stoppedReason: 'Essential container in task exited', exitCodes: '3' });
    expect(groups[0].sources[0]).toMatchObject({ cluster: 'beta', service: 'crashy', taskDefinition: 'crash:1' });
    // A quiet service changes: alpha's task counts no longer add up, so alpha is re-read whole on the next pass.
    engine.call('UpdateService', { cluster: 'alpha', service: 'web-3', desiredCount: 2 });
    engine.advance(1_000);
    const pass = await poller.pass();
    expect(pass.rereadClusters).toBe(1);
    expect(poller.rows.get('alpha/web-3')?.desired).toBe(2);
    // Once seen, the counts add up again: no re-read.
    expect((await poller.pass()).rereadClusters).toBe(0);
  });

  it('forgets a deleted cluster and its rows on the next pass (the stopped-task memory does not)', async () => {
    engine.call('CreateCluster', { clusterName: 'gamma' });
    createService('gamma', 'short', 'crash');
    const poller = new DashboardPoller('us-east-1', client, store, new RateLimiter(1000, 1000), () => clock.now());
    await poller.pass();
    engine.advance(60_000);
    await poller.pass();
    // A steady pass reads a cluster's stopped tasks when its task counts moved since the last pass, or at its turn in
    // the sweep: whether the crash loop's counts differ after 60 s depends on where it is in its restarts, so a few
    // more passes (bounded) make sure the memory holds gamma's crashes before the cluster is deleted.
    const crashed = () => store.recent('us-east-1', 0).some((t) => t.cluster === 'gamma');
    for (let i = 0; i < 8 && !crashed(); i++) {
      engine.advance(15_000);
      await poller.pass();
    }
    expect(poller.hasCluster('gamma')).toBe(true);
    expect(poller.rows.has('gamma/short')).toBe(true);
    expect(crashed()).toBe(true);
    engine.call('DeleteService', { cluster: 'gamma', service: 'short', force: true });
    engine.advance(60_000);
    engine.call('DeleteCluster', { cluster: 'gamma' });
    await poller.pass();
    expect(poller.hasCluster('gamma')).toBe(false);
    expect(poller.hasCluster('beta')).toBe(true);
    expect(poller.rows.has('gamma/short')).toBe(false);
    // The snapshot drops these with hasCluster.
    expect(store.recent('us-east-1', 0).some((t) => t.cluster === 'gamma')).toBe(true);
  });

  it('spends at most the sweep budget on quiet clusters once the first pass is done', async () => {
    const quiet = new FakeClock(Date.now());
    const poller = new DashboardPoller('us-east-1', client, store, new RateLimiter(1000, 1000), () => quiet.now());
    await poller.pass();
    const second = await poller.pass();
    // Only the failing service is described each pass; the rest is swept within the budget.
    expect(second.calls).toBeLessThanOrEqual(28 + 4);
  });
});

describe('DashboardPoller with many changing services', () => {
  const BUSY = 200;
  let busyServed: ServedEngine;

  afterAll(async () => {
    await busyServed.close();
  });

  it('sees a change in a quiet cluster on the next pass while 200 crash-looping services take turns', async () => {
    const busyClock = new FakeClock(Date.now());
    const busyEngine = new Engine({ memory: true, clock: busyClock });
    busyServed = await servedEngine(busyEngine);
    const { ecs } = busyServed;
    const ops: string[] = [];
    ecs.middlewareStack.add(
      (next, context) => (args) => {
        ops.push(String(context.commandName));
        return next(args);
      },
      { step: 'initialize' },
    );
    const [previousEngine, previousClock] = [engine, clock];
    [engine, clock] = [busyEngine, busyClock];
    register('ok');
    register('crash', { 'ecs-local.exit-code': '3', 'ecs-local.exit-after': '1' });
    for (const cluster of ['quiet', 'busy']) engine.call('CreateCluster', { clusterName: cluster });
    for (let i = 0; i < 3; i++) createService('quiet', `q-${i}`, 'ok');
    busyEngine.advance(60_000);
    for (let i = 0; i < BUSY; i++) createService('busy', `b-${i}`, 'crash');
    [engine, clock] = [previousEngine, previousClock];
    busyEngine.advance(10_000);
    const poller = new DashboardPoller('busy', ecs, store, new RateLimiter(1000, 1000), () => busyClock.now());
    await poller.pass();
    busyEngine.advance(2_000);
    await poller.pass();

    busyEngine.call('UpdateService', { cluster: 'quiet', service: 'q-1', desiredCount: 2 });
    busyEngine.advance(1_000);
    ops.length = 0;
    const pass = await poller.pass();
    expect(poller.rows.get('quiet/q-1')?.desired).toBe(2);
    // The changing services got HOT_CALLS describes, not 20: the quiet cluster's re-read (1 more) did not wait.
    expect(ops.filter((op) => op === 'DescribeServicesCommand').length).toBe(HOT_CALLS + 1);
    expect(pass.calls).toBeLessThanOrEqual(28 + 4);
    // The changing services take turns: the next pass describes the ones this pass left out.
    const changePass = new Date(busyClock.now()).toISOString();
    busyEngine.advance(2_000);
    await poller.pass();
    const busy = [...poller.rows.values()].filter((row) => row.cluster === 'busy');
    expect(busy).toHaveLength(BUSY);
    expect(busy.every((row) => (row.checkedAt ?? '') >= changePass)).toBe(true);
  });
});

/** Counts the calls that waited for the steady-state bucket. */
class CountingLimiter extends RateLimiter {
  acquired = 0;
  override acquire(): Promise<void> {
    this.acquired++;
    return super.acquire();
  }
}

describe('DashboardPoller cold start', () => {
  const BIG = 205;
  let coldEngine: Engine;
  let cold: ServedEngine;
  let coldClient: ECSClient;

  beforeAll(async () => {
    coldEngine = new Engine({ memory: true, clock: new FakeClock(Date.now()) });
    cold = await servedEngine(coldEngine);
    coldClient = cold.ecs;
    coldEngine.call('RegisterTaskDefinition', {
      family: 'idle',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      containerDefinitions: [{ name: 'app', image: 'nginx:latest', essential: true }],
    });
    for (const [cluster, count] of [
      ['big', BIG],
      ['small', 3],
    ] as const) {
      coldEngine.call('CreateCluster', { clusterName: cluster });
      for (let i = 0; i < count; i++)
        coldEngine.call('CreateService', {
          cluster,
          serviceName: `s-${i}`,
          taskDefinition: 'idle',
          desiredCount: 0,
          launchType: 'FARGATE',
          networkConfiguration: NETWORK,
        });
    }
  });

  afterAll(async () => {
    await cold.close();
  });

  it('reads every service in one pass without the steady-state bucket, in API-sized calls', async () => {
    const now = Date.now();
    let at = now;
    let calls = 0;
    // A bucket of 1 call a second would make this pass take half a minute if the cold read went through it.
    const limiter = new CountingLimiter(1, 1);
    const poller = new DashboardPoller(
      'cold',
      coldClient,
      store,
      limiter,
      () => at,
      () => calls++,
    );
    const result = await poller.pass();
    expect(result.cold).toBe(true);
    expect(limiter.acquired).toBe(0);
    expect(poller.complete).toBe(true);
    expect(poller.services()).toHaveLength(BIG + 3);
    expect(poller.services().every((r) => r.described)).toBe(true);
    const pages = (n: number) => Math.max(1, Math.ceil(n / 100));
    const describes = (n: number) => Math.ceil(n / 10);
    // ListClusters + DescribeClusters, per cluster ListServices pages + ListTasks STOPPED + DescribeServices by 10,
    // and DescribeClusters once more for the counts after the services were read.
    expect(result.calls).toBe(2 + pages(BIG) + pages(3) + 2 + describes(BIG) + describes(3) + 1);
    expect(calls).toBe(result.calls);

    // The next pass is steady state: through the bucket.
    at += 1_000;
    const steady = new CountingLimiter(1000, 1000);
    const warm = new DashboardPoller('cold', coldClient, store, steady, () => at);
    expect((await warm.pass()).cold).toBe(true);
    expect(steady.acquired).toBe(0);
    const steadyPass = await warm.pass();
    expect(steadyPass.cold).toBe(false);
    // Every call of the steady pass waited for a token.
    expect(steady.acquired).toBe(steadyPass.calls);
    // A snapshot left alone for longer than STALE_MS is read whole again, cold.
    at += STALE_MS + 1;
    expect((await warm.pass()).cold).toBe(true);
  });
});
