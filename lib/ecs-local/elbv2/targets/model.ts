// Registered targets: one document per (target group, Id, Port), with its health and the bookkeeping of its checks.
// RegisterTargets and ECS (a service's tasks) register them; health.ts moves their state over time.
import type { TargetDescription, TargetHealth, TargetHealthReasonEnum } from '@aws-sdk/client-elastic-load-balancing-v2';
import { type OpContext, scaled } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import type { Kind } from '../../store/types';
import { targetKey } from '../common/documents';
import { networkOf } from '../network/registry';
import { deregistrationDelaySeconds, type TargetGroupDoc } from '../target-groups/model';

export type TargetState = 'initial' | 'healthy' | 'unhealthy' | 'unused' | 'draining' | 'unavailable';

/** A failed check: the reason code and description DescribeTargetHealth shows. */
export interface CheckFailure {
  Reason: TargetHealthReasonEnum;
  Description: string;
}

export interface TargetDoc {
  Target: Wire<TargetDescription> & { Id: string; Port: number };
  TargetHealth: Wire<TargetHealth> & { State: TargetState };
  _targetGroupArn: string;
  /** Consecutive passing and failing checks. */
  _passes: number;
  _fails: number;
  _registeredAt: number;
  _nextCheckAt?: number;
  _drainUntil?: number;
  /** The ECS task behind the target, when ECS registered it. */
  _taskArn?: string;
  /** The document whose scheduler step runs when this target's health changes. */
  _notify?: { kind: Kind; id: string };
  /** Simulated checks: fail with this failure; pass when absent. */
  _simulatedFailure?: CheckFailure;
  /** Real checks and traffic go to this loopback `host:port`. */
  _address?: string;
  /** Checked for real (an engine with a real network registered it). */
  _real?: boolean;
}

export interface RegisterOptions {
  taskArn?: string;
  notify?: TargetDoc['_notify'];
  simulatedFailure?: CheckFailure;
  address?: string;
}

/** Until the first check: state `initial`, `Elb.RegistrationInProgress`. */
export const REGISTRATION_IN_PROGRESS: CheckFailure = {
  Reason: 'Elb.RegistrationInProgress',
  Description: 'Target registration is in progress',
};
export const INITIAL_CHECKING: CheckFailure = {
  Reason: 'Elb.InitialHealthChecking',
  Description: 'Initial health checks in progress',
};
export const DRAINING: CheckFailure = {
  Reason: 'Target.DeregistrationInProgress',
  Description: 'Target deregistration is in progress',
};
export const NOT_IN_USE: CheckFailure = {
  Reason: 'Target.NotInUse',
  Description: 'Target group is not configured to receive traffic from the load balancer',
};
export const NOT_REGISTERED: CheckFailure = {
  Reason: 'Target.NotRegistered',
  Description: 'Target is not registered to the target group',
};

/** The due time of a target: its next check, or the end of its draining. */
function dueOf(doc: TargetDoc): number | undefined {
  return doc._drainUntil ?? doc._nextCheckAt;
}

export function saveTarget(ctx: OpContext, doc: TargetDoc): void {
  ctx.store.put(ctx.region, 'target', targetKey(doc._targetGroupArn, doc.Target.Id, doc.Target.Port), doc, {
    parent: doc._targetGroupArn,
    key: doc.Target.Id,
    ref: doc._taskArn,
    status: doc.TargetHealth.State,
    due: dueOf(doc),
  });
}

export function targetsOf(ctx: OpContext, targetGroupArn: string): TargetDoc[] {
  return ctx.store.list<TargetDoc>(ctx.region, 'target', { parent: targetGroupArn });
}

/** The targets ECS registered for a task, in every target group. */
export function targetsOfTask(ctx: OpContext, taskArn: string): TargetDoc[] {
  return ctx.store.list<TargetDoc>(ctx.region, 'target', { ref: taskArn });
}

/** Seconds between checks, as ms scaled by the engine's time scale. */
export function intervalMs(ctx: OpContext, tg: TargetGroupDoc): number {
  return scaled(ctx, tg.HealthCheckIntervalSeconds * 1000);
}

/** Registers (or re-registers a draining) target: `initial` until its first check, one interval (at most 10 s) away. */
export function registerTarget(
  ctx: OpContext,
  tg: TargetGroupDoc,
  target: { Id: string; Port?: number; AvailabilityZone?: string },
  options: RegisterOptions = {},
): TargetDoc {
  const port = target.Port ?? tg.Port ?? 0;
  const key = targetKey(tg.TargetGroupArn, target.Id, port);
  const existing = ctx.store.get<TargetDoc>(ctx.region, 'target', key);
  if (existing && existing.TargetHealth.State !== 'draining') return existing;
  const doc: TargetDoc = {
    Target: { Id: target.Id, Port: port, ...(target.AvailabilityZone ? { AvailabilityZone: target.AvailabilityZone } : {}) },
    TargetHealth: { State: 'initial', ...REGISTRATION_IN_PROGRESS },
    _targetGroupArn: tg.TargetGroupArn,
    _passes: 0,
    _fails: 0,
    _registeredAt: ctx.now,
    _nextCheckAt: ctx.now + Math.min(intervalMs(ctx, tg), scaled(ctx, 10_000)),
    _taskArn: options.taskArn,
    _notify: options.notify,
    _simulatedFailure: options.simulatedFailure,
    _address: options.address,
    _real: networkOf(ctx.store) !== undefined,
  };
  saveTarget(ctx, doc);
  return doc;
}

/** Starts draining a target for the group's deregistration delay (removed at once when the group serves no load balancer). */
export function deregisterTarget(ctx: OpContext, tg: TargetGroupDoc, doc: TargetDoc): void {
  const key = targetKey(tg.TargetGroupArn, doc.Target.Id, doc.Target.Port);
  if (doc.TargetHealth.State === 'draining') return;
  const delay = scaled(ctx, deregistrationDelaySeconds(tg) * 1000);
  if (tg.LoadBalancerArns.length === 0 || delay <= 0) {
    ctx.store.delete(ctx.region, 'target', key);
    notify(ctx, doc);
    return;
  }
  doc.TargetHealth = { State: 'draining', ...DRAINING };
  doc._drainUntil = ctx.now + delay;
  doc._nextCheckAt = undefined;
  saveTarget(ctx, doc);
  notify(ctx, doc);
}

/** Wakes the document that asked to hear about this target's health. */
export function notify(ctx: OpContext, doc: TargetDoc): void {
  if (doc._notify) ctx.store.setDue(ctx.region, doc._notify.kind, doc._notify.id, ctx.now);
}

/** When the slowest of the targets finishes draining (epoch ms), or undefined when none drains. */
export function drainedBy(targets: readonly TargetDoc[]): number | undefined {
  const ends = targets.map((t) => t._drainUntil).filter((t): t is number => t !== undefined);
  return ends.length > 0 ? Math.max(...ends) : undefined;
}
