// DeleteScalingPolicy: the policy and, for target tracking, the alarms it created (alarms a user pointed at a step
// scaling policy stay, as on AWS).
import type { DeleteScalingPolicyRequest } from '@aws-sdk/client-application-auto-scaling';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { targetId } from '../../common/documents';
import { ecsResource } from '../../common/ecs-resource';
import { AutoScalingError, describeTarget, type TargetKey } from '../../common/errors';
import { deletePolicy, policyNamed } from '../model';

export const deleteScalingPolicy = operation<Wire<DeleteScalingPolicyRequest>, object>((ctx, input) => {
  const key = input as TargetKey;
  ecsResource(key);
  const name = input.PolicyName as string;
  const policy = policyNamed(ctx, targetId(key.ScalableDimension, key.ResourceId), name);
  if (!policy || policy.ServiceNamespace !== key.ServiceNamespace)
    throw new AutoScalingError(
      'ObjectNotFoundException',
      `No scaling policy found for ${describeTarget(key)}, policy name: ${name}`,
    );
  deletePolicy(ctx, policy);
  return {};
});
