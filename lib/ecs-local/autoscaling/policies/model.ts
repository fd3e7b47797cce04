// Scaling policy documents: the API's ScalingPolicy, keyed by ARN, listed per target. A target tracking policy owns
// the two CloudWatch alarms it created (metrics/alarms/), which go when it is replaced or deleted; a step scaling
// policy is triggered by alarms the user points at its ARN, listed here as AWS lists them.
import type { ScalingPolicy } from '@aws-sdk/client-application-auto-scaling';
import type { OpContext } from '../../core/context';
import { alarmsActingOn, deleteAlarm } from '../../metrics/alarms/model';
import type { Wire } from '../../protocol/serialize';
import type { TargetKey } from '../common/errors';

export type PolicyDoc = Wire<ScalingPolicy> & {
  PolicyARN: string;
  PolicyName: string;
  ServiceNamespace: TargetKey['ServiceNamespace'];
  ResourceId: string;
  ScalableDimension: TargetKey['ScalableDimension'];
  PolicyType: NonNullable<ScalingPolicy['PolicyType']>;
  CreationTime: number;
};

export function policiesOf(ctx: OpContext, targetDocId: string): PolicyDoc[] {
  return ctx.store.list<PolicyDoc>(ctx.region, 'scaling-policy', { parent: targetDocId });
}

export function policyNamed(ctx: OpContext, targetDocId: string, name: string): PolicyDoc | undefined {
  return ctx.store.list<PolicyDoc>(ctx.region, 'scaling-policy', { parent: targetDocId, key: name, limit: 1 })[0];
}

export function savePolicy(ctx: OpContext, targetDocId: string, policy: PolicyDoc): void {
  ctx.store.put(ctx.region, 'scaling-policy', policy.PolicyARN, policy, {
    parent: targetDocId,
    key: policy.PolicyName,
    ref: policy.PolicyType,
  });
}

/** Deletes the policy and the alarms it created. */
export function deletePolicy(ctx: OpContext, policy: PolicyDoc): void {
  if (policy.PolicyType === 'TargetTrackingScaling') for (const a of policy.Alarms ?? []) deleteAlarm(ctx, a.AlarmName ?? '');
  ctx.store.delete(ctx.region, 'scaling-policy', policy.PolicyARN);
}

/** The policy as DescribeScalingPolicies shows it: a step policy lists the alarms that trigger it. */
export function policyView(ctx: OpContext, policy: PolicyDoc): Wire<ScalingPolicy> {
  if (policy.PolicyType !== 'StepScaling') return policy;
  const alarms = alarmsActingOn(ctx, policy.PolicyARN).map((a) => ({ AlarmName: a.AlarmName, AlarmARN: a.AlarmArn }));
  return { ...policy, Alarms: alarms };
}
