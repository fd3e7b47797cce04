// DeregisterScalableTarget: the target with its policies (and the alarms target tracking created) and scheduled
// actions. The service keeps its desired count.
import type { DeregisterScalableTargetRequest } from '@aws-sdk/client-application-auto-scaling';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { ecsResource } from '../../common/ecs-resource';
import { AutoScalingError, describeTarget, type TargetKey } from '../../common/errors';
import { deregisterTarget } from '../deregister';
import { getTarget } from '../model';

export const deregisterScalableTarget = operation<Wire<DeregisterScalableTargetRequest>, object>((ctx, input) => {
  const key = input as TargetKey;
  ecsResource(key);
  const target = getTarget(ctx, key);
  if (!target) throw new AutoScalingError('ObjectNotFoundException', `No scalable target found for ${describeTarget(key)}`);
  deregisterTarget(ctx, target);
  return {};
});
