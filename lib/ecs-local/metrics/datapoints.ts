// Metric data in `metric_data`: one row per metric, dimension set and minute holding the minute's aggregates
// (sample count, sum, minimum, maximum), as CloudWatch keeps one-minute data. Writers add samples (PutMetricData,
// ECS's publisher); readers fold minutes into periods of any multiple of a minute.
import type { Datapoint, Dimension, StandardUnit, Statistic } from '@aws-sdk/client-cloudwatch';
import type { OpContext } from '../core/context';
import type { Wire } from '../protocol/serialize';
import { statement } from '../store/statements';

export const MINUTE = 60_000;

export interface MetricId {
  namespace: string;
  metric: string;
  dimensions: readonly Dimension[];
}

/** Aggregates of some samples: what a minute row holds and what a period folds together. */
export interface Aggregate {
  count: number;
  sum: number;
  min: number;
  max: number;
}

/** A dimension set in one canonical form (sorted by name): CloudWatch matches dimension sets exactly. */
export function dimensionsKey(dimensions: readonly Dimension[]): string {
  return JSON.stringify(
    [...dimensions].map((d) => [d.Name ?? '', d.Value ?? '']).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  );
}

export function dimensionsOf(key: string): Dimension[] {
  return (JSON.parse(key) as [string, string][]).map(([Name, Value]) => ({ Name, Value }));
}

/** Adds samples to the minute `at` falls in. */
export function addSamples(ctx: OpContext, id: MetricId, at: number, unit: string, samples: Aggregate): void {
  if (samples.count <= 0) return;
  statement(
    ctx.store.db,
    `INSERT INTO metric_data (region, namespace, metric, dimensions, minute, unit, sample_count, sum, minimum, maximum)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (region, namespace, metric, dimensions, minute) DO UPDATE SET unit = excluded.unit,
       sample_count = sample_count + excluded.sample_count, sum = sum + excluded.sum,
       minimum = MIN(minimum, excluded.minimum), maximum = MAX(maximum, excluded.maximum)`,
  ).run(
    ctx.region,
    id.namespace,
    id.metric,
    dimensionsKey(id.dimensions),
    Math.floor(at / MINUTE) * MINUTE,
    unit,
    samples.count,
    samples.sum,
    samples.min,
    samples.max,
  );
}

/** One value as a sample. */
export function sampleOf(value: number): Aggregate {
  return { count: 1, sum: value, min: value, max: value };
}

export interface PeriodQuery extends MetricId {
  /** Epoch ms; start inclusive, end exclusive. */
  start: number;
  end: number;
  periodMs: number;
  unit?: string;
}

export interface PeriodAggregate extends Aggregate {
  /** Start of the period, epoch ms. */
  at: number;
  unit: string;
}

/**
 * The metric's data folded into periods aligned on the query's start, oldest first; empty periods are absent.
 * SQLite folds the minutes (a week of one-minute rows becomes 168 hourly rows before JavaScript sees any).
 */
export function periods(ctx: OpContext, q: PeriodQuery): PeriodAggregate[] {
  const rows = statement<{ bucket: number; unit: string; count: number; sum: number; min: number; max: number }>(
    ctx.store.db,
    `SELECT CAST((minute - @start) / @period AS INTEGER) AS bucket, MAX(unit) AS unit, SUM(sample_count) AS count, SUM(sum) AS sum,
       MIN(minimum) AS min, MAX(maximum) AS max
     FROM metric_data
     WHERE region = @region AND namespace = @namespace AND metric = @metric AND dimensions = @dimensions
       AND minute >= @start AND minute < @end AND (@unit IS NULL OR unit = @unit)
     GROUP BY bucket ORDER BY bucket`,
  ).all({
    region: ctx.region,
    namespace: q.namespace,
    metric: q.metric,
    dimensions: dimensionsKey(q.dimensions),
    start: q.start,
    end: q.end,
    period: q.periodMs,
    unit: q.unit ?? null,
  });
  return rows.map((r) => ({
    at: q.start + r.bucket * q.periodMs,
    unit: r.unit,
    count: r.count,
    sum: r.sum,
    min: r.min,
    max: r.max,
  }));
}

/** One statistic of a period. */
export function statistic(p: Aggregate, stat: Statistic | string): number {
  switch (stat) {
    case 'SampleCount':
      return p.count;
    case 'Sum':
      return p.sum;
    case 'Minimum':
      return p.min;
    case 'Maximum':
      return p.max;
    default:
      return p.sum / p.count;
  }
}

export const STATISTICS: readonly Statistic[] = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'];

/** A period as GetMetricStatistics shows it, with the statistics asked for. */
export function datapointOf(p: PeriodAggregate, stats: readonly Statistic[]): Wire<Datapoint> {
  const point: Wire<Datapoint> = { Timestamp: p.at / 1000, Unit: p.unit as StandardUnit };
  for (const s of stats) point[s] = statistic(p, s);
  return point;
}
