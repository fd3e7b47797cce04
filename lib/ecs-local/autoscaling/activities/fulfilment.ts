// The `scaling-activity` scheduler step: an activity that set a desired count waits for ECS. It turns Successful
// ("Change successfully fulfilled by ecs.") once the service runs that many tasks, Overridden when the desired
// count was changed since (by UpdateService or a newer activity), and stays InProgress otherwise, checked again soon.
import type { OpContext } from '../../core/context';
import { activeService, ecsResource, runningCount } from '../common/ecs-resource';
import { fulfilmentCheckMs } from '../evaluation/capacity';
import { getTarget, updateTarget } from '../scalable-targets/model';
import { finishActivity, getActivity } from './model';

export function checkFulfilment(ctx: OpContext, docId: string): void {
  const activity = getActivity(ctx, docId);
  if (activity?.StatusCode !== 'InProgress' || activity._desired === undefined) {
    ctx.store.setDue(ctx.region, 'scaling-activity', docId, undefined);
    return;
  }
  const resource = ecsResource(activity);
  const service = activeService(ctx, resource);
  const desired = activity._desired;
  if (service && service.desiredCount === desired && runningCount(ctx, resource, service) !== desired) {
    ctx.store.setDue(ctx.region, 'scaling-activity', docId, ctx.now + fulfilmentCheckMs(ctx));
    return;
  }
  if (service?.desiredCount === desired)
    finishActivity(
      ctx,
      activity,
      'Successful',
      `Successfully set desired count to ${desired}. Change successfully fulfilled by ecs.`,
    );
  else
    finishActivity(
      ctx,
      activity,
      'Overridden',
      `Successfully set desired count to ${desired}. Change overridden by a later change to the service's desired count.`,
    );
  const target = getTarget(ctx, activity);
  if (target?._pending === docId) {
    target._pending = undefined;
    updateTarget(ctx, target);
  }
}
