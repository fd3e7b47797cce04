// PutRetentionPolicy: events older than the retention are deleted by the retention sweep (within a minute), and
// PutLogEvents refuses them from then on (`expiredLogEventEndIndex`).
import type { PutRetentionPolicyRequest } from '@aws-sdk/client-cloudwatch-logs';
import { operation } from '../../core/aws-service';
import { invalidParameter } from '../errors';
import { RETENTION_DAYS, setRetention } from '../groups';
import { scheduleRetention } from '../retention';

export const putRetentionPolicy = operation<PutRetentionPolicyRequest, object>((ctx, input) => {
  const days = input.retentionInDays as number;
  if (!(RETENTION_DAYS as readonly number[]).includes(days))
    throw invalidParameter(
      `1 validation error detected: Value '${days}' at 'retentionInDays' failed to satisfy constraint: Member must satisfy enum value set: [${RETENTION_DAYS.join(', ')}]`,
    );
  setRetention(ctx, input.logGroupName as string, days);
  scheduleRetention(ctx);
  return {};
});
