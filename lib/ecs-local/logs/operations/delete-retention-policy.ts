// DeleteRetentionPolicy: the group's events never expire again (they still count towards the engine's cap).
import type { DeleteRetentionPolicyRequest } from '@aws-sdk/client-cloudwatch-logs';
import { operation } from '../../core/aws-service';
import { setRetention } from '../groups';

export const deleteRetentionPolicy = operation<DeleteRetentionPolicyRequest, object>((ctx, input) => {
  setRetention(ctx, input.logGroupName as string, undefined);
  return {};
});
