// GetLogEvents: one stream's events in a time range (`startTime` inclusive, `endTime` exclusive, epoch ms), a page
// of `limit` (default 10,000, within 1 MB). Without a token the page is the newest events (`startFromHead` false, the
// default) or the oldest; a token `f/…` reads forward from where a page ended, `b/…` backward from where one began.
// At either end the token passed in comes back, which is how clients know they are done.
import type { GetLogEventsRequest, GetLogEventsResponse } from '@aws-sdk/client-cloudwatch-logs';
import { operation } from '../../core/aws-service';
import { type EventRow, readStream } from '../events';
import { namedGroup, requireGroup } from '../groups';
import { requireStream } from '../streams';
import { parseStreamToken, streamToken } from '../tokens';

const MAX_BYTES = 1_048_576;

/** Keeps the events that fit in 1 MB, from the end of the page the reading started at. */
function withinBytes(rows: EventRow[], fromEnd: boolean): EventRow[] {
  let bytes = 0;
  const ordered = fromEnd ? [...rows].reverse() : rows;
  const kept: EventRow[] = [];
  for (const row of ordered) {
    bytes += row.message.length + 26;
    if (bytes > MAX_BYTES && kept.length > 0) break;
    kept.push(row);
  }
  return fromEnd ? kept.reverse() : kept;
}

export const getLogEvents = operation<GetLogEventsRequest, GetLogEventsResponse>((ctx, input) => {
  const group = requireGroup(ctx, namedGroup(ctx, input)).name;
  const stream = input.logStreamName as string;
  requireStream(ctx, group, stream);
  const token = input.nextToken ? parseStreamToken(input.nextToken) : undefined;
  const direction = token ? (token.direction === 'f' ? 'forward' : 'backward') : input.startFromHead ? 'forward' : 'backward';
  const limit = input.limit ?? 10_000;
  const start = input.startTime;
  const end = input.endTime;
  const rows = withinBytes(
    readStream(ctx, group, stream, { start, end, direction, from: token?.at, limit }),
    direction === 'backward',
  );
  const first = rows[0];
  const last = rows[rows.length - 1];
  const at = (row: EventRow) => ({ ts: row.ts, id: row.id });
  return {
    events: rows.map((r) => ({ timestamp: r.ts, message: r.message, ingestionTime: r.ingested })),
    nextForwardToken: last
      ? streamToken('f', at(last))
      : token?.direction === 'f'
        ? (input.nextToken as string)
        : streamToken('f', { ts: start ?? 0, id: 0 }),
    nextBackwardToken: first
      ? streamToken('b', at(first))
      : token?.direction === 'b'
        ? (input.nextToken as string)
        : streamToken('b', { ts: end ?? ctx.now + 1, id: 0 }),
  };
});
