// RegisterScalableTarget: registers an ECS service's desired count for scaling, or updates a registered target
// (only the members given change; SuspendedState, when given, replaces the three flags, absent ones false). New
// bounds that exclude the current desired count move it inside at once, as a scaling activity. Tags apply when the
// target is created. Differs from AWS: only ECS services (`ecs`, `ecs:service:DesiredCount`); RoleARN is recorded.
import type { RegisterScalableTargetRequest, RegisterScalableTargetResponse } from '@aws-sdk/client-application-auto-scaling';
import { MAX_SCALABLE_TARGETS } from '../../../../ecs-rules/auto-scaling';
import { operation } from '../../../core/aws-service';
import { nowSeconds } from '../../../core/context';
import type { Wire } from '../../../protocol/serialize';
import { ecsServiceLinkedRole, scalableTargetArn } from '../../common/arns';
import { activeService, ecsResource, watchService } from '../../common/ecs-resource';
import { limitExceeded, type TargetKey, validation } from '../../common/errors';
import { checkTags } from '../../common/tags';
import { enforceBounds } from '../../evaluation/capacity';
import { getTarget, idOf, saveTarget, type TargetDoc } from '../model';

export const registerScalableTarget = operation<Wire<RegisterScalableTargetRequest>, Wire<RegisterScalableTargetResponse>>(
  (ctx, input) => {
    const key = input as TargetKey;
    const resource = ecsResource(key);
    const service = activeService(ctx, resource);
    if (!service) throw validation(`ECS service doesn't exist: ${key.ResourceId}`);
    if (service.schedulingStrategy === 'DAEMON')
      throw validation(
        `ECS service ${key.ResourceId} uses the DAEMON scheduling strategy, which runs one task per container instance: only REPLICA services can be scaled.`,
      );
    for (const [member, value] of [
      ['MinCapacity', input.MinCapacity],
      ['MaxCapacity', input.MaxCapacity],
    ] as const)
      if (value !== undefined && value < 0) throw validation(`${member} must be 0 or more (got ${value}).`);
    const existing = getTarget(ctx, key);
    if (!existing) {
      if (input.MinCapacity === undefined || input.MaxCapacity === undefined)
        throw validation('MinCapacity and MaxCapacity are required to register a new scalable target.');
      if (ctx.store.ids(ctx.region, 'scalable-target', { limit: MAX_SCALABLE_TARGETS }).length >= MAX_SCALABLE_TARGETS)
        throw limitExceeded(`You can register at most ${MAX_SCALABLE_TARGETS} scalable targets per Region.`);
    }
    const min = input.MinCapacity ?? (existing as TargetDoc).MinCapacity;
    const max = input.MaxCapacity ?? (existing as TargetDoc).MaxCapacity;
    if (min > max) throw validation(`Minimum capacity cannot be greater than maximum capacity (${min} > ${max}).`);
    const suspended = input.SuspendedState
      ? {
          DynamicScalingInSuspended: input.SuspendedState.DynamicScalingInSuspended ?? false,
          DynamicScalingOutSuspended: input.SuspendedState.DynamicScalingOutSuspended ?? false,
          ScheduledScalingSuspended: input.SuspendedState.ScheduledScalingSuspended ?? false,
        }
      : undefined;
    let target: TargetDoc;
    if (existing) {
      target = { ...existing, MinCapacity: min, MaxCapacity: max };
      if (input.RoleARN !== undefined) target.RoleARN = input.RoleARN;
      if (suspended) target.SuspendedState = suspended;
    } else {
      target = {
        ServiceNamespace: key.ServiceNamespace,
        ResourceId: key.ResourceId,
        ScalableDimension: key.ScalableDimension,
        MinCapacity: min,
        MaxCapacity: max,
        RoleARN: input.RoleARN ?? ecsServiceLinkedRole(ctx),
        CreationTime: nowSeconds(ctx),
        SuspendedState: suspended ?? {
          DynamicScalingInSuspended: false,
          DynamicScalingOutSuspended: false,
          ScheduledScalingSuspended: false,
        },
        ScalableTargetARN: scalableTargetArn(ctx),
        _tags: input.Tags ?? {},
      };
      checkTags(target._tags, target.ScalableTargetARN);
    }
    enforceBounds(ctx, target, service);
    saveTarget(ctx, target);
    watchService(ctx, resource, idOf(target));
    return { ScalableTargetARN: target.ScalableTargetARN };
  },
);
