// Keeps metric data bounded: each minute, datapoints older than 15 days go (CloudWatch keeps one-minute data that
// long), then the oldest beyond the engine's cap (settings.metricsMaxDatapoints).
import type { OpContext } from '../core/context';
import { runAgainAt, schedulePeriodic } from '../core/periodic';
import { statement } from '../store/statements';

export const METRIC_RETENTION_MS = 15 * 86_400_000;
const SWEEP_EVERY_MS = 60_000;
const DELETE_BATCH = 20_000;
const ID = 'retention';

export function scheduleMetricsSweep(ctx: OpContext): void {
  schedulePeriodic(ctx, 'metrics-sweep', ID, ctx.now + SWEEP_EVERY_MS);
}

export function sweepMetrics(ctx: OpContext, id: string): void {
  const db = ctx.store.db;
  // One minute of data expires per minute, so this stays small.
  const expired = statement(db, 'DELETE FROM metric_data WHERE minute < ?').run(ctx.now - METRIC_RETENTION_MS).changes;
  let trimmed = 0;
  const count = statement<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM metric_data').get()?.n ?? 0;
  const excess = Math.min(DELETE_BATCH - expired, count - ctx.settings.metricsMaxDatapoints);
  if (excess > 0) {
    const oldest = statement<{ minute: number }>(db, 'SELECT minute FROM metric_data ORDER BY minute LIMIT 1 OFFSET ?').get(
      excess - 1,
    );
    if (oldest) trimmed = statement(db, 'DELETE FROM metric_data WHERE minute <= ?').run(oldest.minute).changes;
  }
  // Task usage reported by a real runtime is folded into metrics each minute; older minutes are never read again.
  statement(db, 'DELETE FROM task_usage WHERE minute < ?').run(ctx.now - 10 * 60_000);
  runAgainAt(ctx, 'metrics-sweep', id, ctx.now + (expired + trimmed >= DELETE_BATCH ? 1_000 : SWEEP_EVERY_MS));
}
