// ECS ARNs (`arn:aws:ecs:<region>:<account>:<type>/<path>`) and the ids ECS mints inside them.
import crypto from 'node:crypto';
import type { OpContext } from '../../core/context';

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

/** `ecs-svc/` and 19 digits. */
export function deploymentId(): string {
  const digits = Array.from(crypto.randomBytes(19), (b) => String(b % 10)).join('');
  return `ecs-svc/${digits.replace(/^0/, '9')}`;
}
