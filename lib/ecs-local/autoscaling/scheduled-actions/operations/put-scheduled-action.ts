// PutScheduledAction: creates or updates a scheduled action of a registered ECS target (members left out of an
// update keep their values). The schedule, time zone and window are checked here, and the action is due at its
// first run (scheduled-actions/run.ts). Differs from AWS: only Timezone names the IANA database knows.
import type { PutScheduledActionRequest } from '@aws-sdk/client-application-auto-scaling';
import { MAX_SCHEDULED_ACTIONS_PER_TARGET, scheduledActionNameProblem } from '../../../../ecs-rules/auto-scaling';
import { operation } from '../../../core/aws-service';
import { nowSeconds } from '../../../core/context';
import type { Wire } from '../../../protocol/serialize';
import { scheduledActionArn } from '../../common/arns';
import { ecsResource } from '../../common/ecs-resource';
import { limitExceeded, type TargetKey, validation } from '../../common/errors';
import { idOf, requireTarget } from '../../scalable-targets/model';
import { actionNamed, actionsOf, nextRunOf, type ScheduledActionDoc, saveAction } from '../model';
import { checkTimezone, parseSchedule } from '../schedule';

export const putScheduledAction = operation<Wire<PutScheduledActionRequest>, object>((ctx, input) => {
  const key = input as TargetKey;
  ecsResource(key);
  const name = input.ScheduledActionName as string;
  const problem = scheduledActionNameProblem(name);
  if (problem) throw validation(problem);
  const target = requireTarget(ctx, key);
  const parent = idOf(target);
  const existing = actionNamed(ctx, parent, name);
  if (!existing && actionsOf(ctx, parent).length >= MAX_SCHEDULED_ACTIONS_PER_TARGET)
    throw limitExceeded(`A scalable target can have at most ${MAX_SCHEDULED_ACTIONS_PER_TARGET} scheduled actions.`);
  const schedule = input.Schedule ?? existing?.Schedule;
  if (!schedule) throw validation('Schedule is required to create a scheduled action.');
  parseSchedule(schedule);
  const timezone = input.Timezone ?? existing?.Timezone;
  if (timezone !== undefined) checkTimezone(timezone);
  const start = input.StartTime ?? existing?.StartTime;
  const end = input.EndTime ?? existing?.EndTime;
  if (start !== undefined && end !== undefined && start >= end) throw validation('StartTime must be before EndTime.');
  const bounds = input.ScalableTargetAction ?? existing?.ScalableTargetAction ?? {};
  for (const [member, value] of Object.entries(bounds))
    if (typeof value === 'number' && value < 0)
      throw validation(`ScalableTargetAction.${member} must be 0 or more (got ${value}).`);
  if (bounds.MinCapacity !== undefined && bounds.MaxCapacity !== undefined && bounds.MinCapacity > bounds.MaxCapacity)
    throw validation(`Minimum capacity cannot be greater than maximum capacity (${bounds.MinCapacity} > ${bounds.MaxCapacity}).`);
  const action: ScheduledActionDoc = {
    ScheduledActionName: name,
    ScheduledActionARN: existing?.ScheduledActionARN ?? scheduledActionArn(ctx, key.ServiceNamespace, key.ResourceId, name),
    ServiceNamespace: key.ServiceNamespace,
    Schedule: schedule,
    Timezone: timezone,
    ResourceId: key.ResourceId,
    ScalableDimension: key.ScalableDimension,
    StartTime: start,
    EndTime: end,
    ScalableTargetAction: bounds,
    CreationTime: existing?.CreationTime ?? nowSeconds(ctx),
  };
  saveAction(ctx, parent, action, nextRunOf(action, ctx.now));
  return {};
});
