// Keeps the Logs store bounded: each minute, events older than their group's retention go, then the oldest events
// beyond the engine's cap (settings.logsMaxEvents, all Regions together). Each step deletes at most DELETE_BATCH
// rows and comes back sooner when there is more, so a sweep never holds the store for long.
import type { OpContext } from '../core/context';
import { runAgainAt, schedulePeriodic } from '../core/periodic';
import { statement } from '../store/statements';

const SWEEP_EVERY_MS = 60_000;
const DELETE_BATCH = 20_000;
const DAY = 86_400_000;
const ID = 'retention';

export function scheduleRetention(ctx: OpContext): void {
  schedulePeriodic(ctx, 'logs-sweep', ID, ctx.now + SWEEP_EVERY_MS);
}

interface Deleted {
  region: string;
  log_group: string;
  bytes: number;
}

function subtractBytes(ctx: OpContext, deleted: Deleted[]): void {
  const byGroup = new Map<string, Deleted>();
  for (const d of deleted) {
    const key = `${d.region}\n${d.log_group}`;
    const sum = byGroup.get(key);
    if (sum) sum.bytes += d.bytes;
    else byGroup.set(key, { ...d });
  }
  const update = statement(
    ctx.store.db,
    'UPDATE log_groups SET stored_bytes = MAX(0, stored_bytes - ?) WHERE region = ? AND name = ?',
  );
  for (const d of byGroup.values()) update.run(d.bytes, d.region, d.log_group);
}

/** Deletes up to `room` expired events of this Region's groups with a retention; returns how many. */
function expire(ctx: OpContext, room: number): number {
  const db = ctx.store.db;
  const groups = statement<{ name: string; retention_days: number }>(
    db,
    'SELECT name, retention_days FROM log_groups WHERE region = ? AND retention_days IS NOT NULL',
  ).all(ctx.region);
  let removed = 0;
  for (const g of groups) {
    if (removed >= room) break;
    const deleted = statement<Deleted>(
      db,
      `DELETE FROM log_events WHERE id IN (SELECT id FROM log_events INDEXED BY log_events_by_group
         WHERE region = ? AND log_group = ? AND ts < ? LIMIT ?) RETURNING region, log_group, length(CAST(message AS BLOB)) AS bytes`,
    ).all(ctx.region, g.name, ctx.now - g.retention_days * DAY, room - removed);
    subtractBytes(ctx, deleted);
    removed += deleted.length;
  }
  return removed;
}

/** Deletes up to `room` of the oldest events past the cap; returns how many. */
function trimToCap(ctx: OpContext, room: number): number {
  const db = ctx.store.db;
  const span = statement<{ lo: number | null; hi: number | null }>(
    db,
    'SELECT MIN(id) AS lo, MAX(id) AS hi FROM log_events',
  ).get();
  if (!span || span.lo === null || span.hi === null) return 0;
  // The id span bounds the count from above: count exactly only when it might be over.
  if (span.hi - span.lo + 1 <= ctx.settings.logsMaxEvents) return 0;
  const count = statement<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM log_events').get()?.n ?? 0;
  const excess = Math.min(room, count - ctx.settings.logsMaxEvents);
  if (excess <= 0) return 0;
  const deleted = statement<Deleted>(
    db,
    `DELETE FROM log_events WHERE id IN (SELECT id FROM log_events ORDER BY id LIMIT ?)
     RETURNING region, log_group, length(CAST(message AS BLOB)) AS bytes`,
  ).all(excess);
  subtractBytes(ctx, deleted);
  return deleted.length;
}

/** The sweep's scheduler step. */
export function sweepLogs(ctx: OpContext, id: string): void {
  const expired = expire(ctx, DELETE_BATCH);
  const trimmed = trimToCap(ctx, DELETE_BATCH - expired);
  const more = expired + trimmed >= DELETE_BATCH;
  runAgainAt(ctx, 'logs-sweep', id, ctx.now + (more ? 1_000 : SWEEP_EVERY_MS));
}
