// The scalable target document: the API's ScalableTarget with its tags and the bookkeeping the evaluation keeps
// (cooldowns, the activity waiting for ECS, the last reason it did not scale), read and written only here.
import type { ScalableTarget } from '@aws-sdk/client-application-auto-scaling';
import type { OpContext } from '../../core/context';
import { MINUTE } from '../../metrics/datapoints';
import type { Wire } from '../../protocol/serialize';
import { targetId } from '../common/documents';
import { noTarget, type TargetKey } from '../common/errors';

export type TargetDoc = Wire<ScalableTarget> & {
  ServiceNamespace: TargetKey['ServiceNamespace'];
  ResourceId: string;
  ScalableDimension: TargetKey['ScalableDimension'];
  MinCapacity: number;
  MaxCapacity: number;
  ScalableTargetARN: string;
  _tags: Record<string, string>;
  /** The last dynamic scale-out: when, and the capacity it started from (cooldowns count what it added). */
  _lastOut?: { at: number; from: number };
  /** The last dynamic scale-in: when (its cooldown blocks the next scale-in; a scale-out clears it). */
  _lastIn?: { at: number };
  /** The activity waiting for ECS to fulfil a desired count. */
  _pending?: string;
  /** The not-scaled reason last recorded, so a target pinned at a bound records it once, not every minute. */
  _notScaled?: string;
};

/** Targets are evaluated each minute, after the minute's metrics (:00) and alarms (:05). */
export const EVALUATION_OFFSET_MS = 10_000;

export function nextTargetEvaluation(now: number): number {
  const candidate = Math.floor(now / MINUTE) * MINUTE + EVALUATION_OFFSET_MS;
  return candidate > now ? candidate : candidate + MINUTE;
}

export function idOf(target: Pick<TargetKey, 'ScalableDimension' | 'ResourceId'>): string {
  return targetId(target.ScalableDimension, target.ResourceId);
}

export function getTarget(ctx: OpContext, key: TargetKey): TargetDoc | undefined {
  const found = ctx.store.get<TargetDoc>(ctx.region, 'scalable-target', idOf(key));
  return found?.ServiceNamespace === key.ServiceNamespace ? found : undefined;
}

/** The registered target, or AWS's ObjectNotFoundException naming it. */
export function requireTarget(ctx: OpContext, key: TargetKey): TargetDoc {
  const found = getTarget(ctx, key);
  if (!found) throw noTarget(key);
  return found;
}

export function targetByArn(ctx: OpContext, arn: string): TargetDoc | undefined {
  return ctx.store.list<TargetDoc>(ctx.region, 'scalable-target', { ref: arn, limit: 1 })[0];
}

/** Writes the target; `due` is its next evaluation (the next minute's when omitted). */
export function saveTarget(ctx: OpContext, target: TargetDoc, due: number = nextTargetEvaluation(ctx.now)): void {
  ctx.store.put(ctx.region, 'scalable-target', idOf(target), target, {
    parent: target.ServiceNamespace,
    key: target.ResourceId,
    ref: target.ScalableTargetARN,
    due,
  });
}

/** Rewrites the target's body only, keeping its index columns and its due time (bookkeeping between evaluations). */
export function updateTarget(ctx: OpContext, target: TargetDoc): void {
  ctx.store.replaceBody(ctx.region, 'scalable-target', idOf(target), target);
}
