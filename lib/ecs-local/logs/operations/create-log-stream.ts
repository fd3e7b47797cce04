// CreateLogStream: names follow the model's `[^:*]*`; a stream is unique in its group.
import type { CreateLogStreamRequest } from '@aws-sdk/client-cloudwatch-logs';
import { operation } from '../../core/aws-service';
import { requireGroup } from '../groups';
import { createStream } from '../streams';

export const createLogStream = operation<CreateLogStreamRequest, object>((ctx, input) => {
  const group = requireGroup(ctx, input.logGroupName as string);
  createStream(ctx, group.name, input.logStreamName as string);
  return {};
});
