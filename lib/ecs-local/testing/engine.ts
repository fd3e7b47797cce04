// The engine as tests use it: in memory on a FakeClock, alone or served over HTTP with a real ECS client.
import { ECSClient } from '@aws-sdk/client-ecs';
import { expect } from 'vitest';
import { FakeClock } from '../core/clock';
import { Engine, type EngineOptions } from '../engine';
import { type RunningServer, type ServeOptions, serve } from '../server';

/** 2026-01-01T00:00:00Z: fake clocks start here so timestamps in assertions are readable. */
export const START = Date.UTC(2026, 0, 1);
export const REGION = 'us-east-1';
export const ACCOUNT_ARN = `arn:aws:ecs:${REGION}:000000000000`;
export const TEST_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };
export const NETWORK = { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'] } };

/** An in-memory engine on a FakeClock (at `start`, START by default). */
export function testEngine(start = START, options: EngineOptions = {}): { engine: Engine; clock: FakeClock } {
  const clock = new FakeClock(start);
  return { engine: new Engine({ memory: true, clock, ...options }), clock };
}

/** A test engine with one ACTIVE cluster (`demo` by default), created through CreateCluster. */
export function engineWithCluster(clusterName = 'demo'): { engine: Engine; clock: FakeClock } {
  const made = testEngine();
  made.engine.call('CreateCluster', { clusterName });
  return made;
}

export interface ServedEngine {
  engine: Engine;
  server: RunningServer;
  /** An ECS client of the AWS SDK pointed at the server, one attempt per call (no retries hide errors). */
  ecs: ECSClient;
  /** A client for another region of the same engine. */
  client(region: string): ECSClient;
  close(): Promise<void>;
}

/** An engine served over HTTP on a free loopback port, with real SDK clients for it. */
export async function servedEngine(engine: Engine = testEngine().engine, options: ServeOptions = {}): Promise<ServedEngine> {
  const server = await serve(engine, 0, '127.0.0.1', options);
  const clients: ECSClient[] = [];
  const client = (region: string) => {
    const made = new ECSClient({ region, endpoint: server.url, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
    clients.push(made);
    return made;
  };
  return {
    engine,
    server,
    ecs: client(REGION),
    client,
    close: async () => {
      for (const c of clients) c.destroy();
      await server.close();
      engine.close();
    },
  };
}

/** What the engine throws, matched on the exception name and the exact message. */
export function ecsError(type: string, message?: string | RegExp) {
  if (message === undefined) return expect.objectContaining({ type });
  return expect.objectContaining({ type, message: typeof message === 'string' ? message : expect.stringMatching(message) });
}
