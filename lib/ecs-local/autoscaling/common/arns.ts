// Application Auto Scaling ARNs: scalable targets (`application-autoscaling`, a 36-character id) and, under the older
// `autoscaling` service name, scaling policies and scheduled actions, which carry a UUID and their resource and name.
import crypto from 'node:crypto';
import { type OpContext, uuid } from '../../core/context';

type Where = Pick<OpContext, 'region' | 'account'>;

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function scalableTargetArn(ctx: Where): string {
  const bytes = crypto.randomBytes(36);
  const id = Array.from(bytes, (b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join('');
  return `arn:aws:application-autoscaling:${ctx.region}:${ctx.account}:scalable-target/${id}`;
}

export function scalingPolicyArn(ctx: Where, namespace: string, resourceId: string, name: string): string {
  return `arn:aws:autoscaling:${ctx.region}:${ctx.account}:scalingPolicy:${uuid()}:resource/${namespace}/${resourceId}:policyName/${name}`;
}

export function scheduledActionArn(ctx: Where, namespace: string, resourceId: string, name: string): string {
  return `arn:aws:autoscaling:${ctx.region}:${ctx.account}:scheduledAction:${uuid()}:resource/${namespace}/${resourceId}:scheduledActionName/${name}`;
}

/** The service-linked role Application Auto Scaling uses for ECS when RegisterScalableTarget names none. */
export function ecsServiceLinkedRole(ctx: Where): string {
  return `arn:aws:iam::${ctx.account}:role/aws-service-role/ecs.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_ECSService`;
}
