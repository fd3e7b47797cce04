// Log streams: their rows in `log_streams`, kept up to date by every append (first and last event, last
// ingestion), and the API view. ECS opens one per awslogs container: `<prefix>/<container>/<task id>`.
import type { LogStream } from '@aws-sdk/client-cloudwatch-logs';
import type { OpContext } from '../core/context';
import { statement } from '../store/statements';
import { invalidParameter, LogsError, streamNotFound } from './errors';
import { groupArn } from './groups';

export interface LogStreamRow {
  name: string;
  created: number;
  first_event: number | null;
  last_event: number | null;
  last_ingestion: number | null;
}

/** The model's pattern `[^:*]*`, which the generic validation does not check. */
export function checkStreamName(name: string): void {
  if (/[:*]/.test(name))
    throw invalidParameter(
      `1 validation error detected: Value '${name.slice(0, 64)}' at 'logStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [^:*]*`,
    );
}

export function getStream(ctx: OpContext, group: string, name: string): LogStreamRow | undefined {
  return statement<LogStreamRow>(
    ctx.store.db,
    'SELECT name, created, first_event, last_event, last_ingestion FROM log_streams WHERE region = ? AND log_group = ? AND name = ?',
  ).get(ctx.region, group, name);
}

export function requireStream(ctx: OpContext, group: string, name: string): LogStreamRow {
  const row = getStream(ctx, group, name);
  if (!row) throw streamNotFound();
  return row;
}

/** Creates the stream (the group must exist); returns false when it already existed. */
export function openStream(ctx: OpContext, group: string, name: string): boolean {
  checkStreamName(name);
  const info = statement(
    ctx.store.db,
    'INSERT INTO log_streams (region, log_group, name, created) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  ).run(ctx.region, group, name, Math.floor(ctx.now));
  return info.changes > 0;
}

export function createStream(ctx: OpContext, group: string, name: string): void {
  if (!openStream(ctx, group, name))
    throw new LogsError('ResourceAlreadyExistsException', 'The specified log stream already exists');
}

export function deleteStream(ctx: OpContext, group: string, name: string): void {
  requireStream(ctx, group, name);
  const db = ctx.store.db;
  statement(db, 'DELETE FROM log_events WHERE region = ? AND log_group = ? AND log_stream = ?').run(ctx.region, group, name);
  statement(db, 'DELETE FROM log_streams WHERE region = ? AND log_group = ? AND name = ?').run(ctx.region, group, name);
}

export function streamView(ctx: OpContext, group: string, row: LogStreamRow): LogStream {
  return {
    logStreamName: row.name,
    creationTime: row.created,
    firstEventTimestamp: row.first_event ?? undefined,
    lastEventTimestamp: row.last_event ?? undefined,
    lastIngestionTime: row.last_ingestion ?? undefined,
    uploadSequenceToken: '1',
    arn: `${groupArn(ctx, group)}:log-stream:${row.name}`,
    storedBytes: 0,
  };
}
