// The resource a tagging call names: a scalable target by ARN, or ResourceNotFoundException.
import type { OpContext } from '../../core/context';
import { AutoScalingError, validation } from '../common/errors';
import { type TargetDoc, targetByArn } from '../scalable-targets/model';

const TARGET_ARN = /^arn:.+:application-autoscaling:.+:[0-9]+:scalable-target\/[a-zA-Z0-9-]+$/;

export function taggedTarget(ctx: OpContext, arn: string): TargetDoc {
  if (!TARGET_ARN.test(arn))
    throw validation(
      `Invalid ResourceARN ${arn}: tags apply to scalable targets, arn:aws:application-autoscaling:<region>:<account>:scalable-target/<id>.`,
    );
  const target = targetByArn(ctx, arn);
  if (!target) throw new AutoScalingError('ResourceNotFoundException', `Scalable target with ARN ${arn} not found.`);
  return target;
}
