// What every operation and scheduler step works with: the caller's region, the clock, the store, the container
// runtime, and work to run once the call's transaction has committed.
import crypto from 'node:crypto';
import { epochSeconds } from '../protocol/serialize';
import type { ContainerRuntime, RuntimeEffects } from '../runtime/container-runtime';
import type { Store } from '../store/store';
import type { Clock } from './clock';

/** The one fixed account the engine answers for. */
export const ACCOUNT_ID = '000000000000';
export const DEFAULT_REGION = 'us-east-1';

export interface EngineSettings {
  /** Multiplies every simulated duration; 1 means a task reaches RUNNING in a few seconds. */
  timeScale: number;
  /** The most CloudWatch Logs events the engine keeps (all Regions); the oldest go first. */
  logsMaxEvents: number;
  /** The most metric datapoints (one per metric, dimensions and minute) the engine keeps; the oldest go first. */
  metricsMaxDatapoints: number;
  /** The engine's own URL once it is served over HTTP (DiscoverPollEndpoint answers it to agents). */
  endpoint?: string;
}

export const DEFAULT_LOGS_MAX_EVENTS = 2_000_000;
export const DEFAULT_METRICS_MAX_DATAPOINTS = 1_000_000;

export interface OpContext extends RuntimeEffects {
  region: string;
  account: string;
  /** Epoch ms, fixed for the whole call so every timestamp in one response agrees. */
  now: number;
  store: Store;
  clock: Clock;
  settings: EngineSettings;
  runtime: ContainerRuntime;
  /** The principal shown in createdBy / registeredBy. */
  principal: string;
}

/** What a context is made from: the engine's parts. */
export interface EngineParts {
  store: Store;
  clock: Clock;
  settings: EngineSettings;
  runtime: ContainerRuntime;
}

/** A context for one call or scheduler step, and the work it asked to run after its transaction commits. */
export function makeContext(parts: EngineParts, region: string): { ctx: OpContext; afterCommit: (() => void | Promise<void>)[] } {
  const afterCommit: (() => void | Promise<void>)[] = [];
  const ctx: OpContext = {
    region,
    account: ACCOUNT_ID,
    now: parts.clock.now(),
    store: parts.store,
    clock: parts.clock,
    settings: parts.settings,
    runtime: parts.runtime,
    principal: `arn:aws:iam::${ACCOUNT_ID}:root`,
    afterCommit: (fn) => {
      afterCommit.push(fn);
    },
  };
  return { ctx, afterCommit };
}

/** Epoch seconds of the call's time, as timestamps are stored and sent. */
export function nowSeconds(ctx: OpContext): number {
  return epochSeconds(ctx.now);
}

/** A scaled duration in ms (see EngineSettings.timeScale). */
export function scaled(ctx: OpContext, ms: number): number {
  return ms * ctx.settings.timeScale;
}

/** 32 lowercase hex characters, as new task and container instance ids are. */
export function hexId(): string {
  return crypto.randomBytes(16).toString('hex');
}

export function uuid(): string {
  return crypto.randomUUID();
}
