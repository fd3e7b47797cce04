// The `scalable-target` scheduler step, each minute a few seconds after the metrics and alarms: what the target's
// policies wish (wishes.ts) becomes at most one change of the service's desired count. Scale-out wins if any policy
// wants it (the largest capacity), never above MaxCapacity, and cancels a running scale-in cooldown; scale-in only
// when no policy wants out, every target tracking policy that may scale in agrees, no deployment is rolling out and
// the scale-in cooldown has passed, never below MinCapacity. Suspended states are honoured. A target whose service
// is gone (deleted: DeleteService made this step due at once) is deregistered.
import type { OpContext } from '../../core/context';
import type { ServiceState } from '../../ecs/services/model';
import { activeService, deploying, ecsResource } from '../common/ecs-resource';
import { type PolicyDoc, policiesOf } from '../policies/model';
import { deregisterTarget } from '../scalable-targets/deregister';
import { nextTargetEvaluation, type TargetDoc, updateTarget } from '../scalable-targets/model';
import { notScaled, scaleTo } from './capacity';
import { type Wish, wishesOf } from './wishes';

const largest = (wishes: Wish[]) => wishes.reduce((a, b) => (b.capacity > a.capacity ? b : a));

function scaleOut(ctx: OpContext, target: TargetDoc, service: ServiceState, outs: Wish[]): void {
  if (target.SuspendedState?.DynamicScalingOutSuspended) return;
  const current = service.desiredCount;
  const best = largest(outs);
  const capacity = Math.min(best.capacity, target.MaxCapacity);
  if (capacity > current) {
    const cooling = target._lastOut !== undefined && ctx.now < target._lastOut.at + best.cooldownMs;
    if (!cooling) target._lastOut = { at: ctx.now, from: current };
    target._lastIn = undefined;
    scaleTo(ctx, target, service, capacity, best.cause);
  } else if (current >= target.MaxCapacity)
    notScaled(
      ctx,
      target,
      { Code: 'AlreadyAtMaxCapacity', MaxCapacity: target.MaxCapacity, CurrentCapacity: current },
      best.cause,
    );
}

function scaleIn(ctx: OpContext, target: TargetDoc, service: ServiceState, ins: Wish[]): void {
  if (target.SuspendedState?.DynamicScalingInSuspended || deploying(service)) return;
  const current = service.desiredCount;
  const best = largest(ins);
  if (target._lastIn && ctx.now < target._lastIn.at + best.cooldownMs) return;
  const capacity = Math.max(best.capacity, target.MinCapacity);
  if (capacity < current) {
    target._lastIn = { at: ctx.now };
    scaleTo(ctx, target, service, capacity, best.cause);
  } else if (current <= target.MinCapacity)
    notScaled(
      ctx,
      target,
      { Code: 'AlreadyAtMinCapacity', MinCapacity: target.MinCapacity, CurrentCapacity: current },
      best.cause,
    );
}

function decide(ctx: OpContext, target: TargetDoc, service: ServiceState, policies: readonly PolicyDoc[]): void {
  const { wishes, trackingScaleInVoters } = wishesOf(ctx, target, policies, service.desiredCount);
  const outs = wishes.filter((w) => w.direction === 'out');
  if (outs.length > 0) {
    scaleOut(ctx, target, service, outs);
    return;
  }
  const trackingIns = wishes.filter((w) => w.direction === 'in' && w.tracking);
  const ins = [
    ...wishes.filter((w) => w.direction === 'in' && !w.tracking),
    ...(trackingIns.length > 0 && trackingIns.length >= trackingScaleInVoters ? trackingIns : []),
  ];
  if (ins.length > 0) scaleIn(ctx, target, service, ins);
  else target._notScaled = undefined;
}

export function evaluateTarget(ctx: OpContext, id: string): void {
  const target = ctx.store.get<TargetDoc>(ctx.region, 'scalable-target', id);
  if (!target) return;
  const service = activeService(ctx, ecsResource(target));
  if (!service) {
    deregisterTarget(ctx, target);
    return;
  }
  const before = JSON.stringify(target);
  const policies = policiesOf(ctx, id);
  decide(ctx, target, service, policies);
  if (JSON.stringify(target) !== before) updateTarget(ctx, target);
  ctx.store.setDue(ctx.region, 'scalable-target', id, nextTargetEvaluation(ctx.now));
}
