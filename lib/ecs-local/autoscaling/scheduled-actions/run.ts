// The `scheduled-action` scheduler step, at the action's run time: the target's minimum and maximum become the
// action's (an activity "Setting min capacity to 15 and max capacity to 20", cause "scheduled action name <name>
// was triggered"), then the desired count is brought inside them ("minimum capacity was set to 15"). Cooldowns do
// not apply; a target with ScheduledScalingSuspended skips the run. The action is due again at its next run.
import type { OpContext } from '../../core/context';
import { recordActivity } from '../activities/model';
import { activeService, ecsResource } from '../common/ecs-resource';
import { enforceBounds } from '../evaluation/capacity';
import { getTarget, type TargetDoc, updateTarget } from '../scalable-targets/model';
import { nextRunOf, type ScheduledActionDoc } from './model';

function bounds(min: number | undefined, max: number | undefined): string {
  return [min === undefined ? '' : `min capacity to ${min}`, max === undefined ? '' : `max capacity to ${max}`]
    .filter(Boolean)
    .join(' and ');
}

function apply(ctx: OpContext, target: TargetDoc, action: ScheduledActionDoc): void {
  const { MinCapacity: min, MaxCapacity: max } = action.ScalableTargetAction ?? {};
  const cause = `scheduled action name ${action.ScheduledActionName} was triggered`;
  const newMin = min ?? target.MinCapacity;
  const newMax = max ?? target.MaxCapacity;
  if (newMin > newMax) {
    recordActivity(ctx, target, {
      Description: `Setting ${bounds(min, max)}`,
      Cause: cause,
      StatusCode: 'Failed',
      StatusMessage: `Failed to set ${bounds(min, max)}: the minimum capacity (${newMin}) would be greater than the maximum capacity (${newMax}).`,
    });
    return;
  }
  if (min === undefined && max === undefined) return;
  target.MinCapacity = newMin;
  target.MaxCapacity = newMax;
  recordActivity(ctx, target, {
    Description: `Setting ${bounds(min, max)}`,
    Cause: cause,
    StatusCode: 'Successful',
    StatusMessage: `Successfully set ${bounds(min, max)}`,
  });
  const service = activeService(ctx, ecsResource(target));
  if (service) enforceBounds(ctx, target, service);
}

export function runScheduledAction(ctx: OpContext, arn: string): void {
  const action = ctx.store.get<ScheduledActionDoc>(ctx.region, 'scheduled-action', arn);
  if (!action) return;
  const target = getTarget(ctx, action);
  if (target && !target.SuspendedState?.ScheduledScalingSuspended) {
    apply(ctx, target, action);
    updateTarget(ctx, target);
  }
  ctx.store.setDue(ctx.region, 'scheduled-action', arn, nextRunOf(action, ctx.now));
}
