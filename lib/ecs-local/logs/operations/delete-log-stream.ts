// DeleteLogStream: the stream and its events.
import type { DeleteLogStreamRequest } from '@aws-sdk/client-cloudwatch-logs';
import { operation } from '../../core/aws-service';
import { requireGroup } from '../groups';
import { deleteStream } from '../streams';

export const deleteLogStream = operation<DeleteLogStreamRequest, object>((ctx, input) => {
  const group = requireGroup(ctx, input.logGroupName as string);
  deleteStream(ctx, group.name, input.logStreamName as string);
  return {};
});
