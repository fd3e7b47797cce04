// The dashboard poller against the real engine over HTTP with the real SDK, on a fake clock.
import { ECSClient } from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../ecs-local/clock';
import { Engine } from '../ecs-local/engine';
import { type RunningServer, serve } from '../ecs-local/server';
import { DashboardPoller } from './dashboard-poller';
import { RateLimiter } from './rate-limiter';
import { StoppedTaskStore } from './stopped-task-store';
import { groupStoppedTasks } from './stopped-task-view';

const NETWORK = { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'] } };

let engine: Engine;
let clock: FakeClock;
let server: RunningServer;
let client: ECSClient;
let store: StoppedTaskStore;

function register(family: string, labels?: Record<string, string>): void {
  engine.call('RegisterTaskDefinition', {
    family,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [{ name: 'app', image: 'nginx:latest', essential: true, dockerLabels: labels }],
  });
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
  server = await serve(engine, 0);
  client = new ECSClient({
    region: 'us-east-1',
    endpoint: server.url,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
  store = new StoppedTaskStore(':memory:');
  register('ok');
  register('crash', { 'ecs-local.exit-code': '3', 'ecs-local.exit-after': '1' });
  for (const cluster of ['alpha', 'beta']) engine.call('CreateCluster', { clusterName: cluster });
  for (let i = 0; i < 12; i++) createService('alpha', `web-${i}`, 'ok');
  createService('beta', 'crashy', 'crash');
});

afterAll(async () => {
  await server.close();
  engine.close();
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

  it('spends at most the sweep budget on quiet clusters once the first pass is done', async () => {
    const quiet = new FakeClock(Date.now());
    const poller = new DashboardPoller('us-east-1', client, store, new RateLimiter(1000, 1000), () => quiet.now());
    await poller.pass();
    const second = await poller.pass();
    // Only the failing service is described each pass; the rest is swept within the budget.
    expect(second.calls).toBeLessThanOrEqual(28 + 4);
  });
});
