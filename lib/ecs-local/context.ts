// What every operation and scheduler step works with: the caller's region, the clock, the store.
import crypto from 'node:crypto';
import type { Clock } from './clock';
import { epochSeconds } from './protocol/serialize';
import type { Store } from './store';

/** The one fixed account the engine answers for. */
export const ACCOUNT_ID = '000000000000';
export const DEFAULT_REGION = 'us-east-1';

export interface EngineSettings {
  /** Multiplies every simulated duration; 1 means a task reaches RUNNING in a few seconds. */
  timeScale: number;
}

export interface OpContext {
  region: string;
  account: string;
  /** Epoch ms, fixed for the whole call so every timestamp in one response agrees. */
  now: number;
  store: Store;
  clock: Clock;
  settings: EngineSettings;
  /** The principal shown in createdBy / registeredBy. */
  principal: string;
}

export function makeContext(store: Store, clock: Clock, settings: EngineSettings, region: string): OpContext {
  return {
    region,
    account: ACCOUNT_ID,
    now: clock.now(),
    store,
    clock,
    settings,
    principal: `arn:aws:iam::${ACCOUNT_ID}:root`,
  };
}

/** Epoch seconds of the call's time, as timestamps are stored and sent. */
export function nowSeconds(ctx: OpContext): number {
  return epochSeconds(ctx.now);
}

/** A scaled duration in ms (see EngineSettings.timeScale). */
export function scaled(ctx: OpContext, ms: number): number {
  return ms * ctx.settings.timeScale;
}

export function arn(ctx: Pick<OpContext, 'region' | 'account'>, resource: string): string {
  return `arn:aws:ecs:${ctx.region}:${ctx.account}:${resource}`;
}

export interface ParsedArn {
  region: string;
  account: string;
  /** e.g. `cluster`, `service`, `task`, `task-definition`, `container-instance`. */
  type: string;
  /** Everything after `<type>/`. */
  path: string;
}

export function parseArn(value: string): ParsedArn | undefined {
  const m = /^arn:aws[a-z-]*:ecs:([a-z0-9-]*):(\d*):([a-z-]+)\/(.+)$/.exec(value);
  return m ? { region: m[1], account: m[2], type: m[3], path: m[4] } : undefined;
}

/** Whether an ARN is of the caller's region and account: only those name resources this call can see. */
export function isLocalArn(ctx: Pick<OpContext, 'region' | 'account'>, parsed: ParsedArn): boolean {
  return parsed.region === ctx.region && parsed.account === ctx.account;
}

/**
 * The name in a name-or-ARN identifier of the given type (the ARN's last path segment), e.g. a cluster name
 * from its ARN. An ARN of another type, region or account comes back unchanged: nothing here has that name,
 * so lookups miss exactly as they would for an unknown name.
 */
export function nameFromIdentifier(ctx: Pick<OpContext, 'region' | 'account'>, identifier: string, type: string): string {
  const parsed = parseArn(identifier);
  if (!parsed || parsed.type !== type || !isLocalArn(ctx, parsed)) return identifier;
  const parts = parsed.path.split('/');
  return parts[parts.length - 1];
}

/** 32 lowercase hex characters, as new task and container instance ids are. */
export function hexId(): string {
  return crypto.randomBytes(16).toString('hex');
}

export function uuid(): string {
  return crypto.randomUUID();
}

/** `ecs-svc/` and 19 digits. */
export function deploymentId(): string {
  const digits = Array.from(crypto.randomBytes(19), (b) => String(b % 10)).join('');
  return `ecs-svc/${digits.replace(/^0/, '9')}`;
}

/** An SDK type with every Date as the epoch-seconds number stored and sent on the wire. */
export type Wire<T> = T extends Date
  ? number
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;
