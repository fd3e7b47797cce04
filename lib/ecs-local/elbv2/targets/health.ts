// Target health over time (the scheduler step of a `target` document): checks every HealthCheckIntervalSeconds; a
// new target is healthy after one passing check, a healthy one unhealthy after UnhealthyThresholdCount consecutive
// failures, an unhealthy one healthy again after HealthyThresholdCount passes; a draining one is removed when its
// deregistration delay ends. Simulated checks pass unless the registrar said they fail; real checks (an engine
// with a real network) run after the step's transaction commits and come back through applyCheck.
import type { OpContext } from '../../core/context';
import { networkOf } from '../network/registry';
import { getTargetGroup, type TargetGroupDoc } from '../target-groups/model';
import { type CheckFailure, INITIAL_CHECKING, intervalMs, notify, saveTarget, type TargetDoc } from './model';

export function targetDue(ctx: OpContext, id: string): void {
  const doc = ctx.store.get<TargetDoc>(ctx.region, 'target', id);
  if (!doc) return;
  const tg = getTargetGroup(ctx, doc._targetGroupArn);
  if (!tg || (doc._drainUntil !== undefined && doc._drainUntil <= ctx.now)) {
    ctx.store.delete(ctx.region, 'target', id);
    notify(ctx, doc);
    return;
  }
  if (doc._nextCheckAt === undefined || doc._nextCheckAt > ctx.now) {
    saveTarget(ctx, doc); // only re-sets the due time
    return;
  }
  const network = doc._real ? networkOf(ctx.store) : undefined;
  if (network) {
    doc._nextCheckAt = ctx.now + intervalMs(ctx, tg);
    saveTarget(ctx, doc);
    const region = ctx.region;
    ctx.afterCommit(() => network.probe(region, id));
    return;
  }
  applyCheck(ctx, doc, tg, doc._simulatedFailure);
}

/** Applies one check's outcome (undefined: passed) and schedules the next. Wakes the target's owner on a change of state. */
export function applyCheck(ctx: OpContext, doc: TargetDoc, tg: TargetGroupDoc, failure: CheckFailure | undefined): void {
  if (doc.TargetHealth.State === 'draining') return;
  const before = doc.TargetHealth.State;
  if (failure) {
    doc._fails++;
    doc._passes = 0;
    if (doc._fails >= tg.UnhealthyThresholdCount) doc.TargetHealth = { State: 'unhealthy', ...failure };
    else if (before === 'initial') doc.TargetHealth = { State: 'initial', ...INITIAL_CHECKING };
    else if (before === 'unhealthy') doc.TargetHealth = { State: 'unhealthy', ...failure };
  } else {
    doc._passes++;
    doc._fails = 0;
    if (before === 'initial' || (before === 'unhealthy' && doc._passes >= tg.HealthyThresholdCount))
      doc.TargetHealth = { State: 'healthy' };
  }
  doc._nextCheckAt = Math.max(doc._nextCheckAt ?? 0, ctx.now + intervalMs(ctx, tg));
  saveTarget(ctx, doc);
  if (doc.TargetHealth.State !== before) notify(ctx, doc);
}

/** A real check's result, written back by the network in a transaction of its own (the target may have gone). */
export function applyProbeResult(ctx: OpContext, id: string, failure: CheckFailure | undefined): void {
  const doc = ctx.store.get<TargetDoc>(ctx.region, 'target', id);
  const tg = doc && getTargetGroup(ctx, doc._targetGroupArn);
  if (!doc || !tg) return;
  applyCheck(ctx, doc, tg, failure);
}
