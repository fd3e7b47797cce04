// Changing a target's capacity, as every trigger does it (a policy's alarm, new bounds, a scheduled action): the ECS
// service's desired count is set as UpdateService sets it, and a scaling activity records the change in AWS's words,
// InProgress until the service runs that many tasks (its document's step checks, activities/fulfilment.ts).
import type { NotScaledReason } from '@aws-sdk/client-application-auto-scaling';
import { type OpContext, scaled } from '../../core/context';
import type { ServiceState } from '../../ecs/services/model';
import type { Wire } from '../../protocol/serialize';
import { finishActivity, getActivity, recordActivity } from '../activities/model';
import { setDesiredCount } from '../common/ecs-resource';
import type { TargetDoc } from '../scalable-targets/model';

/** How often an activity waiting for ECS is checked (scaled by the engine's time scale, at least a second). */
export function fulfilmentCheckMs(ctx: OpContext): number {
  return Math.max(1_000, scaled(ctx, 5_000));
}

/** Sets the service's desired count; the caller saves `target` (its `_pending` names the new activity). */
export function scaleTo(ctx: OpContext, target: TargetDoc, service: ServiceState, desired: number, cause: string): void {
  const previous = target._pending ? getActivity(ctx, target._pending) : undefined;
  if (previous?.StatusCode === 'InProgress')
    finishActivity(
      ctx,
      previous,
      'Overridden',
      `Successfully set desired count to ${previous._desired}. Change overridden by a later scaling activity.`,
    );
  setDesiredCount(ctx, service, desired);
  const { docId } = recordActivity(ctx, target, {
    Description: `Setting desired count to ${desired}.`,
    Cause: cause,
    StatusCode: 'InProgress',
    StatusMessage: `Successfully set desired count to ${desired}. Waiting for change to be fulfilled by ecs.`,
    desired,
  });
  ctx.store.setDue(ctx.region, 'scaling-activity', docId, ctx.now + fulfilmentCheckMs(ctx));
  target._pending = docId;
  target._notScaled = undefined;
}

/** Brings the desired count inside the target's bounds, with AWS's "minimum/maximum capacity was set to" cause. */
export function enforceBounds(ctx: OpContext, target: TargetDoc, service: ServiceState): void {
  if (service.desiredCount < target.MinCapacity)
    scaleTo(ctx, target, service, target.MinCapacity, `minimum capacity was set to ${target.MinCapacity}`);
  else if (service.desiredCount > target.MaxCapacity)
    scaleTo(ctx, target, service, target.MaxCapacity, `maximum capacity was set to ${target.MaxCapacity}`);
}

/** Records, once per reason and cause, that a triggered policy could not scale (IncludeNotScaledActivities). */
export function notScaled(ctx: OpContext, target: TargetDoc, reason: Wire<NotScaledReason>, cause: string): void {
  const key = `${reason.Code}|${cause}`;
  if (target._notScaled === key) return;
  recordActivity(ctx, target, {
    Description: 'Attempting to scale due to alarm triggered',
    Cause: cause,
    StatusCode: 'Failed',
    StatusMessage: `Failed to set desired count: ${reason.Code}.`,
    notScaled: [reason],
  });
  target._notScaled = key;
}
