// CreateLogGroup. Differs from CloudWatch Logs: `kmsKeyId` is stored and shown but nothing is encrypted; the
// 1,000,000-groups-per-Region quota is not enforced.
import type { CreateLogGroupRequest } from '@aws-sdk/client-cloudwatch-logs';
import { operation } from '../../core/aws-service';
import { createGroup } from '../groups';

export const createLogGroup = operation<CreateLogGroupRequest, object>((ctx, input) => {
  createGroup(ctx, {
    name: input.logGroupName as string,
    logGroupClass: input.logGroupClass,
    kmsKeyId: input.kmsKeyId,
    tags: input.tags,
    deletionProtection: input.deletionProtectionEnabled,
  });
  return {};
});
