// The dashboard's production limiter (15 calls/s, burst 5) over a simulated minute: the poller runs its passes every
// 2 s as snapshot.ts does, against the real engine over HTTP, with every ECS call timed on one fake clock that the
// limiter's waits move forward. Every steady-state call must wait for a token, and no second may hold more calls
// than the bucket allows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../ecs-local/core/clock';
import { Engine } from '../../ecs-local/engine';
import { type ServedEngine, servedEngine } from '../../ecs-local/testing/engine';
import type { LimiterClock } from '../rate-limiter';
import { DashboardPoller, type PassResult } from './poller';
import { DASHBOARD_BURST, DASHBOARD_CALLS_PER_SECOND, dashboardLimiter } from './rate';
import { StoppedTaskStore } from './stopped-task-store';
import { CRASH_LABELS, registerFamily } from './testing';

const NETWORK = { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'] } };
const PASS_INTERVAL_MS = 2_000;
const MINUTE_MS = 60_000;
/** Crash-looping services: always some changing services for the passes to describe. */
const BUSY = 24;

let clock: FakeClock;
let engine: Engine;
let served: ServedEngine;
let store: StoppedTaskStore;

beforeAll(async () => {
  clock = new FakeClock(Date.now());
  engine = new Engine({ memory: true, clock });
  served = await servedEngine(engine);
  store = new StoppedTaskStore(':memory:');
  registerFamily(engine, 'ok');
  registerFamily(engine, 'crash', CRASH_LABELS);
  const services: [string, string, number][] = [
    ...Array.from({ length: 8 }, (_, i): [string, string, number] => ['quiet', `q-${i}`, 0]),
    ...Array.from({ length: BUSY }, (_, i): [string, string, number] => ['busy', `b-${i}`, 1]),
  ];
  for (const cluster of ['quiet', 'busy']) engine.call('CreateCluster', { clusterName: cluster });
  for (const [cluster, serviceName, crash] of services)
    engine.call('CreateService', {
      cluster,
      serviceName,
      taskDefinition: crash ? 'crash' : 'ok',
      desiredCount: 1,
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
    });
  engine.advance(10_000);
});

afterAll(async () => {
  await served.close();
  store.close();
});

describe('the dashboard poller on its production limiter', () => {
  it(`keeps to ${DASHBOARD_CALLS_PER_SECOND} calls/s (burst ${DASHBOARD_BURST}) over a simulated minute`, async () => {
    // The limiter's waits move the engine's clock: simulated time passes only by waiting, never by working.
    let waits = 0;
    const limiterClock: LimiterClock = {
      now: () => clock.now(),
      sleep: async (ms) => {
        waits++;
        engine.advance(ms);
      },
    };
    const limiter = dashboardLimiter(limiterClock);
    let acquired = 0;
    const acquire = limiter.acquire.bind(limiter);
    limiter.acquire = () => {
      acquired++;
      return acquire();
    };
    const sent: number[] = [];
    served.ecs.middlewareStack.add(
      (next) => (args) => {
        sent.push(clock.now());
        return next(args);
      },
      { step: 'build', name: 'timeEveryCall' },
    );
    const poller = new DashboardPoller('rate', served.ecs, store, limiter, () => clock.now());

    const cold = await poller.pass();
    expect(cold.cold).toBe(true);
    expect(acquired).toBe(0);
    const start = clock.now();
    sent.length = 0;
    const passes: PassResult[] = [];
    while (clock.now() - start < MINUTE_MS) {
      const began = clock.now();
      const before = acquired;
      const pass = await poller.pass();
      passes.push(pass);
      // Every call of a steady pass waited for a token: none went around the bucket.
      expect(pass.cold).toBe(false);
      expect(acquired - before, `pass ${passes.length}`).toBe(pass.calls);
      engine.advance(Math.max(0, PASS_INTERVAL_MS - (clock.now() - began)));
    }
    const minute = sent.filter((t) => t < start + MINUTE_MS);
    // The bucket allows its burst plus 15 a second: 905 in the minute, 20 in any one second.
    expect(minute.length).toBeLessThanOrEqual(DASHBOARD_BURST + DASHBOARD_CALLS_PER_SECOND * 60);
    const busiestSecond = Math.max(...sent.map((t) => sent.filter((u) => u >= t && u < t + 1_000).length));
    expect(busiestSecond).toBeLessThanOrEqual(DASHBOARD_BURST + DASHBOARD_CALLS_PER_SECOND);
    // The bucket was what held the passes back: callers waited for tokens, passes ran every 2 s or as soon as the
    // bucket let them.
    expect(waits).toBeGreaterThan(0);
    expect(passes.length).toBeGreaterThanOrEqual(20);
  }, 90_000);
});
