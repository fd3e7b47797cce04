// DeleteScheduledAction: one scheduled action of a target, by name.
import type { DeleteScheduledActionRequest } from '@aws-sdk/client-application-auto-scaling';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { targetId } from '../../common/documents';
import { ecsResource } from '../../common/ecs-resource';
import { AutoScalingError, describeTarget, type TargetKey } from '../../common/errors';
import { actionNamed, deleteAction } from '../model';

export const deleteScheduledAction = operation<Wire<DeleteScheduledActionRequest>, object>((ctx, input) => {
  const key = input as TargetKey;
  ecsResource(key);
  const name = input.ScheduledActionName as string;
  const action = actionNamed(ctx, targetId(key.ScalableDimension, key.ResourceId), name);
  if (!action || action.ServiceNamespace !== key.ServiceNamespace)
    throw new AutoScalingError(
      'ObjectNotFoundException',
      `No scheduled action found for ${describeTarget(key)}, scheduled action name: ${name}`,
    );
  deleteAction(ctx, action);
  return {};
});
