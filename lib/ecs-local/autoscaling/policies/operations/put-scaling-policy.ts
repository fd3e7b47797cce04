// PutScalingPolicy: creates or replaces a target tracking or step scaling policy of a registered ECS target. A
// target tracking policy gets two new CloudWatch alarms (the old ones go), returned in `Alarms`; a step scaling
// policy acts when an alarm the user creates names its ARN. PolicyType defaults to StepScaling, as on AWS.
// Differs from AWS: PredictiveScaling is refused; a customized metric cannot use metric math.
import type { PutScalingPolicyRequest, PutScalingPolicyResponse } from '@aws-sdk/client-application-auto-scaling';
import { MAX_SCALING_POLICIES_PER_TARGET, scalingPolicyNameProblem } from '../../../../ecs-rules/auto-scaling';
import { operation } from '../../../core/aws-service';
import { nowSeconds } from '../../../core/context';
import { deleteAlarm } from '../../../metrics/alarms/model';
import type { Wire } from '../../../protocol/serialize';
import { scalingPolicyArn } from '../../common/arns';
import { ecsResource } from '../../common/ecs-resource';
import { limitExceeded, type TargetKey, validation } from '../../common/errors';
import { idOf, requireTarget } from '../../scalable-targets/model';
import { type PolicyDoc, policiesOf, policyNamed, savePolicy } from '../model';
import { checkStepScaling } from '../step-scaling';
import { createTrackingAlarms, type TrackingConfig, trackedMetric } from '../target-tracking';

export const putScalingPolicy = operation<Wire<PutScalingPolicyRequest>, Wire<PutScalingPolicyResponse>>((ctx, input) => {
  const key = input as TargetKey;
  const resource = ecsResource(key);
  const name = input.PolicyName as string;
  const problem = scalingPolicyNameProblem(name);
  if (problem) throw validation(problem);
  const target = requireTarget(ctx, key);
  const type = input.PolicyType ?? 'StepScaling';
  if (type === 'PredictiveScaling')
    throw validation('The local engine does not run PredictiveScaling policies: use TargetTrackingScaling or StepScaling.');
  const tracking = input.TargetTrackingScalingPolicyConfiguration as TrackingConfig | undefined;
  const step = input.StepScalingPolicyConfiguration;
  if (type === 'TargetTrackingScaling' && (!tracking || step))
    throw validation('A TargetTrackingScaling policy takes a TargetTrackingScalingPolicyConfiguration and nothing else.');
  if (type === 'StepScaling' && (!step || tracking))
    throw validation('A StepScaling policy takes a StepScalingPolicyConfiguration and nothing else.');
  if (input.PredictiveScalingPolicyConfiguration)
    throw validation('PredictiveScalingPolicyConfiguration applies only to PredictiveScaling policies.');
  const parent = idOf(target);
  const existing = policyNamed(ctx, parent, name);
  if (!existing && policiesOf(ctx, parent).length >= MAX_SCALING_POLICIES_PER_TARGET)
    throw limitExceeded(`A scalable target can have at most ${MAX_SCALING_POLICIES_PER_TARGET} scaling policies.`);
  const metric = tracking ? trackedMetric(ctx, resource, tracking) : undefined;
  if (step) checkStepScaling(step);
  const arn = existing?.PolicyARN ?? scalingPolicyArn(ctx, key.ServiceNamespace, key.ResourceId, name);
  if (existing?.PolicyType === 'TargetTrackingScaling')
    for (const alarm of existing.Alarms ?? []) deleteAlarm(ctx, alarm.AlarmName ?? '');
  const alarms = tracking && metric ? createTrackingAlarms(ctx, arn, key.ResourceId, metric, tracking) : undefined;
  const policy: PolicyDoc = {
    PolicyARN: arn,
    PolicyName: name,
    ServiceNamespace: key.ServiceNamespace,
    ResourceId: key.ResourceId,
    ScalableDimension: key.ScalableDimension,
    PolicyType: type,
    TargetTrackingScalingPolicyConfiguration: tracking,
    StepScalingPolicyConfiguration: step,
    Alarms: alarms,
    CreationTime: existing?.CreationTime ?? nowSeconds(ctx),
  };
  savePolicy(ctx, parent, policy);
  return { PolicyARN: arn, Alarms: alarms };
});
