// Reads log lines for a target with FilterLogEvents, one call per log group and 100 streams (the API's maximum),
// in parallel. The newest lines of a range are found by searching backwards in widening windows (5 minutes, then
// twice as far each time), so a quiet range costs one call and a busy one stops as soon as it has enough.
import 'server-only';
import { type FilteredLogEvent, FilterLogEventsCommand, ResourceNotFoundException } from '@aws-sdk/client-cloudwatch-logs';
import { logsClientFor } from './client';
import type { LogLineView, LogStreamRef } from './log-view';

const STREAMS_PER_CALL = 100;
/** Pages one search may read before it stops and says the result is partial. */
const MAX_PAGES = 20;
const FIRST_WINDOW_MS = 5 * 60_000;

interface Search {
  start: number;
  end: number;
  filter?: string;
  /** At most this many lines per call group (newest kept when backwards, oldest when forwards). */
  limit: number;
}

function groups(streams: readonly LogStreamRef[]): LogStreamRef[][] {
  const byGroup = new Map<string, LogStreamRef[]>();
  for (const s of streams) byGroup.set(`${s.region}\n${s.group}`, [...(byGroup.get(`${s.region}\n${s.group}`) ?? []), s]);
  return [...byGroup.values()].flatMap((all) =>
    Array.from({ length: Math.ceil(all.length / STREAMS_PER_CALL) }, (_, i) =>
      all.slice(i * STREAMS_PER_CALL, (i + 1) * STREAMS_PER_CALL),
    ),
  );
}

function toLine(e: FilteredLogEvent, refs: readonly LogStreamRef[]): LogLineView {
  const ref = refs.find((r) => r.stream === e.logStreamName);
  return {
    id: `${ref?.group ?? ''}/${e.eventId ?? `${e.logStreamName}/${e.timestamp}`}`,
    timestamp: e.timestamp ?? 0,
    message: e.message ?? '',
    taskId: ref?.taskId ?? '',
    container: ref?.container ?? '',
  };
}

/** Every matching line of one group's streams in [start, end), oldest first, up to `limit` (then `more`). */
async function searchGroup(
  refs: LogStreamRef[],
  s: Search,
  keepNewest: boolean,
): Promise<{ lines: LogLineView[]; more: boolean }> {
  const client = logsClientFor(refs[0].region);
  const lines: LogLineView[] = [];
  let nextToken: string | undefined;
  let pages = 0;
  do {
    const page = await client
      .send(
        new FilterLogEventsCommand({
          logGroupName: refs[0].group,
          logStreamNames: refs.map((r) => r.stream),
          startTime: s.start,
          endTime: s.end,
          filterPattern: s.filter,
          limit: Math.min(10_000, s.limit),
          nextToken,
        }),
      )
      // A group that does not exist (yet, or any more) simply has no lines; the containers panel names it.
      .catch((err: unknown) => {
        if (err instanceof ResourceNotFoundException) return { events: [], nextToken: undefined };
        throw err;
      });
    lines.push(...(page.events ?? []).map((e) => toLine(e, refs)));
    nextToken = page.nextToken;
    pages++;
    if (!keepNewest && lines.length >= s.limit) return { lines: lines.slice(0, s.limit), more: true };
    if (keepNewest && lines.length > s.limit * 4) lines.splice(0, lines.length - s.limit);
  } while (nextToken && pages < MAX_PAGES);
  return { lines, more: Boolean(nextToken) };
}

async function searchAll(streams: readonly LogStreamRef[], s: Search, keepNewest: boolean) {
  const results = await Promise.all(groups(streams).map((refs) => searchGroup(refs, s, keepNewest)));
  const lines = results.flatMap((r) => r.lines).sort((a, b) => a.timestamp - b.timestamp || a.id.localeCompare(b.id));
  return { lines, more: results.some((r) => r.more) };
}

/** The newest `limit` lines in [start, end), oldest first; `truncated` when older matching lines were left out. */
export async function newestLines(
  streams: readonly LogStreamRef[],
  s: Search,
): Promise<{ lines: LogLineView[]; truncated: boolean }> {
  if (streams.length === 0) return { lines: [], truncated: false };
  let found: LogLineView[] = [];
  let windowEnd = s.end;
  let width = FIRST_WINDOW_MS;
  let truncated = false;
  while (windowEnd > s.start) {
    const windowStart = Math.max(s.start, windowEnd - width);
    const { lines, more } = await searchAll(streams, { ...s, start: windowStart, end: windowEnd }, true);
    found = [...lines, ...found];
    if (more || found.length >= s.limit) {
      truncated = more || found.length > s.limit || windowStart > s.start;
      break;
    }
    windowEnd = windowStart;
    width *= 2;
  }
  return { lines: found.slice(-s.limit), truncated };
}

/** Lines from `start` on (live tail), oldest first, at most `limit`. */
export async function linesSince(streams: readonly LogStreamRef[], s: Search): Promise<LogLineView[]> {
  if (streams.length === 0) return [];
  return (await searchAll(streams, s, false)).lines.slice(0, s.limit);
}
