// Log events in `log_events`: appending them (PutLogEvents, and ECS's awslogs driver), reading a stream in either
// direction (GetLogEvents) and scanning a group in time order (FilterLogEvents). A position in time order is the
// event's (timestamp, id), id being the order of ingestion, so equal timestamps keep the order they arrived in.
import type { OpContext } from '../core/context';
import { statement } from '../store/statements';

export interface NewEvent {
  timestamp: number;
  message: string;
}

export interface EventRow {
  id: number;
  log_stream: string;
  ts: number;
  ingested: number;
  message: string;
}

/** A place in time order: events strictly after (or before) it. */
export interface Position {
  ts: number;
  id: number;
}

/** Appends events (already checked) to a stream and updates its and its group's figures. */
export function appendEvents(ctx: OpContext, group: string, stream: string, events: readonly NewEvent[]): void {
  if (events.length === 0) return;
  const db = ctx.store.db;
  const insert = statement(
    db,
    'INSERT INTO log_events (region, log_group, log_stream, ts, ingested, message) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const ingested = Math.floor(ctx.now);
  let bytes = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const e of events) {
    insert.run(ctx.region, group, stream, e.timestamp, ingested, e.message);
    bytes += Buffer.byteLength(e.message, 'utf8');
    first = Math.min(first, e.timestamp);
    last = Math.max(last, e.timestamp);
  }
  statement(
    db,
    `UPDATE log_streams SET first_event = MIN(COALESCE(first_event, @first), @first),
       last_event = MAX(COALESCE(last_event, @last), @last), last_ingestion = @ingested
     WHERE region = @region AND log_group = @group AND name = @stream`,
  ).run({ first, last, ingested, region: ctx.region, group, stream });
  statement(db, 'UPDATE log_groups SET stored_bytes = stored_bytes + ? WHERE region = ? AND name = ?').run(
    bytes,
    ctx.region,
    group,
  );
}

const COLUMNS = 'id, log_stream, ts, ingested, message';

export interface StreamRead {
  start?: number;
  end?: number;
  /** Forward: events after `from` (oldest first); backward: events before it, the newest `limit` of them. */
  direction: 'forward' | 'backward';
  from?: Position;
  limit: number;
}

/** A page of one stream's events, always in ascending time order. */
export function readStream(ctx: OpContext, group: string, stream: string, read: StreamRead): EventRow[] {
  const forward = read.direction === 'forward';
  const clauses = ['region = ?', 'log_group = ?', 'log_stream = ?', 'ts >= ?', 'ts < ?'];
  const params: unknown[] = [ctx.region, group, stream, read.start ?? 0, read.end ?? Number.MAX_SAFE_INTEGER];
  if (read.from) {
    clauses.push(forward ? 'ts >= ? AND (ts > ? OR id > ?)' : 'ts <= ? AND (ts < ? OR id < ?)');
    params.push(read.from.ts, read.from.ts, read.from.id);
  }
  const order = forward ? 'ts, id' : 'ts DESC, id DESC';
  const rows = statement<EventRow>(
    ctx.store.db,
    `SELECT ${COLUMNS} FROM log_events INDEXED BY log_events_by_stream WHERE ${clauses.join(' AND ')} ORDER BY ${order} LIMIT ?`,
  ).all(...params, read.limit);
  return forward ? rows : rows.reverse();
}

/** Which of a group's events a scan looks at, and how it tells a match. */
export interface GroupScan {
  start: number;
  end: number;
  /** Only these streams, or streams starting with this prefix. */
  streams?: readonly string[];
  streamPrefix?: string;
  /** A condition SQLite checks first (cheap, may let through events `match` then refuses). */
  prefilter?: { sql: string; params: unknown[] };
  match(message: string): boolean;
  after?: Position;
  limit: number;
  /** Stop adding events past this many bytes of messages (the API's 1 MB answer). */
  maxBytes: number;
  /** Stop scanning after this long and hand back where to go on (as AWS does with a partial page and a nextToken). */
  budgetMs: number;
}

export interface ScanResult {
  events: EventRow[];
  /** Where the next page starts; undefined when the scan reached the end of the range. */
  next?: Position;
}

/** Rows the scan reads per step: small enough to stop near the time budget, large enough to amortize the queries. */
const CHUNK = 4000;

/**
 * Events after `from` up to `upTo` (inclusive) or, without it, before the scan's end. Exactly one lower and one
 * upper bound on `ts`, so SQLite seeks the index range instead of picking a looser pair and filtering.
 */
function rangeClause(scan: GroupScan, from: Position | undefined, upTo: Position | undefined, params: unknown[]): string {
  const lower = from ?? { ts: scan.start, id: 0 };
  const clauses = ['ts >= ?', '(ts > ? OR id > ?)'];
  params.push(Math.max(lower.ts, scan.start), lower.ts, lower.ts < scan.start ? 0 : lower.id);
  if (upTo) {
    clauses.push('ts <= ?', '(ts < ? OR id <= ?)');
    params.push(upTo.ts, upTo.ts, upTo.id);
  } else {
    clauses.push('ts < ?');
    params.push(scan.end);
  }
  return clauses.join(' AND ');
}

/**
 * Scans a group's events in (timestamp, id) order in chunks of the group index, so a pattern that matches
 * nothing costs at most the time budget per call: the caller gets the matches so far and a position to go on from.
 */
export function scanGroup(ctx: OpContext, group: string, scan: GroupScan): ScanResult {
  const db = ctx.store.db;
  const started = performance.now();
  const events: EventRow[] = [];
  let bytes = 0;
  let after = scan.after;
  for (;;) {
    const boundParams: unknown[] = [ctx.region, group];
    const found = statement<Position>(
      db,
      `SELECT ts, id FROM log_events INDEXED BY log_events_by_group WHERE region = ? AND log_group = ? AND ${rangeClause(scan, after, undefined, boundParams)}
       ORDER BY ts, id LIMIT 1 OFFSET ${CHUNK - 1}`,
    ).get(...boundParams);
    // The chunk's last event, unless the rest of the range is shorter than a chunk (or it ends exactly there).
    const bound = found && found.ts < scan.end ? found : undefined;
    const params: unknown[] = [ctx.region, group];
    const clauses = ['region = ?', 'log_group = ?', rangeClause(scan, after, bound, params)];
    if (scan.streams) {
      clauses.push(`log_stream IN (${scan.streams.map(() => '?').join(', ')})`);
      params.push(...scan.streams);
    } else if (scan.streamPrefix !== undefined) {
      clauses.push('substr(log_stream, 1, ?) = ?');
      params.push(scan.streamPrefix.length, scan.streamPrefix);
    }
    if (scan.prefilter) {
      clauses.push(scan.prefilter.sql);
      params.push(...scan.prefilter.params);
    }
    const rows = statement<EventRow>(
      db,
      `SELECT ${COLUMNS} FROM log_events INDEXED BY log_events_by_group WHERE ${clauses.join(' AND ')} ORDER BY ts, id`,
    ).all(...params);
    for (const row of rows) {
      if (!scan.match(row.message)) continue;
      events.push(row);
      bytes += row.message.length + 26;
      if (events.length >= scan.limit || bytes >= scan.maxBytes) return { events, next: { ts: row.ts, id: row.id } };
    }
    if (!bound) return { events };
    after = bound;
    if (performance.now() - started >= scan.budgetMs) return { events, next: after };
  }
}
