// DeleteLogGroup: the group, its streams and every event in them, at once (CloudWatch deletes events in the
// background; here they are gone when the call returns).
import type { DeleteLogGroupRequest } from '@aws-sdk/client-cloudwatch-logs';
import { operation } from '../../core/aws-service';
import { deleteGroup } from '../groups';

export const deleteLogGroup = operation<DeleteLogGroupRequest, object>((ctx, input) => {
  deleteGroup(ctx, input.logGroupName as string);
  return {};
});
