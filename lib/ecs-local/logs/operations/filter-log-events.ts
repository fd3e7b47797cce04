// FilterLogEvents: a group's events in time order (then ingestion order), optionally of some streams, in a time
// range, matching a filter pattern (../filter-pattern.ts). `interleaved` is ignored (always interleaved) and
// `searchedLogStreams` is always empty, as on AWS today. Like AWS, a call scans for a bounded time and may answer
// a partial (even empty) page with a nextToken: only a missing nextToken means the search is done.
import type { FilterLogEventsRequest, FilterLogEventsResponse } from '@aws-sdk/client-cloudwatch-logs';
import { operation } from '../../core/aws-service';
import { invalidParameter } from '../errors';
import { scanGroup } from '../events';
import { compileFilterPattern, FilterPatternError } from '../filter-pattern';
import { namedGroup, requireGroup } from '../groups';
import { filterToken, parseFilterToken } from '../tokens';

/** How long one call scans before answering with what it found and a nextToken. */
export const FILTER_SCAN_BUDGET_MS = 50;
const MAX_BYTES = 1_048_576;

/** The event id AWS shows is a 56-digit number; the engine's is the event's position in ingestion order. */
export function eventId(id: number): string {
  return String(id).padStart(56, '0');
}

export const filterLogEvents = operation<FilterLogEventsRequest, FilterLogEventsResponse>((ctx, input) => {
  const group = requireGroup(ctx, namedGroup(ctx, input)).name;
  if (input.logStreamNames !== undefined && input.logStreamNamePrefix !== undefined)
    throw invalidParameter('logStreamNames and logStreamNamePrefix are mutually exclusive parameters.');
  let pattern: ReturnType<typeof compileFilterPattern>;
  try {
    pattern = compileFilterPattern(input.filterPattern);
  } catch (err) {
    if (err instanceof FilterPatternError) throw invalidParameter(`Invalid filter pattern: ${err.message}.`);
    throw err;
  }
  const start = input.startTime ?? 0;
  const end = input.endTime ?? Number.MAX_SAFE_INTEGER;
  const result = scanGroup(ctx, group, {
    start,
    end: Math.max(start, end),
    streams: input.logStreamNames,
    streamPrefix: input.logStreamNamePrefix,
    prefilter: pattern.prefilter,
    match: pattern.match,
    after: input.nextToken ? parseFilterToken(input.nextToken, group) : undefined,
    limit: input.limit ?? 10_000,
    maxBytes: MAX_BYTES,
    budgetMs: FILTER_SCAN_BUDGET_MS,
  });
  return {
    events: result.events.map((e) => ({
      logStreamName: e.log_stream,
      timestamp: e.ts,
      message: e.message,
      ingestionTime: e.ingested,
      eventId: eventId(e.id),
    })),
    searchedLogStreams: [],
    nextToken: result.next ? filterToken(group, result.next) : undefined,
  };
});
