// PutLogEvents, with CloudWatch Logs' rules: at most 1,048,576 bytes (each message's UTF-8 bytes + 26) and 10,000
// events, in chronological order, spanning at most 24 hours. Events more than 2 hours ahead, more than 14 days old
// or older than the group's retention are dropped one by one and reported in `rejectedLogEventsInfo`.
// Sequence tokens are ignored, as AWS now does: parallel puts to one stream are fine.
import type { PutLogEventsRequest, PutLogEventsResponse, RejectedLogEventsInfo } from '@aws-sdk/client-cloudwatch-logs';
import { operation } from '../../core/aws-service';
import { invalidParameter } from '../errors';
import { appendEvents, type NewEvent } from '../events';
import { requireGroup } from '../groups';
import { requireStream } from '../streams';

export const MAX_BATCH_BYTES = 1_048_576;
export const EVENT_OVERHEAD_BYTES = 26;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const putLogEvents = operation<PutLogEventsRequest, PutLogEventsResponse>((ctx, input) => {
  const group = requireGroup(ctx, input.logGroupName as string);
  requireStream(ctx, group.name, input.logStreamName as string);
  const events = (input.logEvents ?? []) as NewEvent[];
  let bytes = 0;
  for (const e of events) bytes += Buffer.byteLength(e.message, 'utf8') + EVENT_OVERHEAD_BYTES;
  if (bytes > MAX_BATCH_BYTES)
    throw invalidParameter(
      `Upload too large: ${bytes} bytes exceeds limit of ${MAX_BATCH_BYTES} (each event counts its UTF-8 message bytes plus ${EVENT_OVERHEAD_BYTES}). Split the batch.`,
    );
  for (let i = 1; i < events.length; i++)
    if (events[i].timestamp < events[i - 1].timestamp)
      throw invalidParameter('Log events in a single PutLogEvents request must be in chronological order.');
  if (events.length > 0 && events[events.length - 1].timestamp - events[0].timestamp > DAY)
    throw invalidParameter('The batch of log events in a single PutLogEvents request cannot span more than 24 hours.');

  const tooNewFrom = events.findIndex((e) => e.timestamp > ctx.now + 2 * HOUR);
  const accepted = tooNewFrom < 0 ? events.length : tooNewFrom;
  const tooOldBefore = countWhile(events, accepted, (e) => e.timestamp < ctx.now - 14 * DAY);
  const retention = group.retention_days === null ? undefined : ctx.now - group.retention_days * DAY;
  const expiredBefore = retention === undefined ? 0 : countWhile(events, accepted, (e) => e.timestamp < retention);
  const firstKept = Math.max(tooOldBefore, expiredBefore);
  appendEvents(ctx, group.name, input.logStreamName as string, events.slice(firstKept, accepted));

  const rejected: RejectedLogEventsInfo = {};
  if (tooNewFrom >= 0) rejected.tooNewLogEventStartIndex = tooNewFrom;
  if (tooOldBefore > 0) rejected.tooOldLogEventEndIndex = tooOldBefore;
  if (expiredBefore > 0) rejected.expiredLogEventEndIndex = expiredBefore;
  return {
    nextSequenceToken: String(ctx.now).padStart(56, '0'),
    rejectedLogEventsInfo: Object.keys(rejected).length > 0 ? rejected : undefined,
  };
});

/** How many of the first `limit` events satisfy `test`, counting from the start (events are in time order). */
function countWhile(events: readonly NewEvent[], limit: number, test: (e: NewEvent) => boolean): number {
  let n = 0;
  while (n < limit && test(events[n])) n++;
  return n;
}
