// CPU and memory utilization (average and maximum) of one AWS/ECS dimension set over a range: one GetMetricData
// call for the four series, oldest first, aligned on a common time axis.
import 'server-only';
import { type Dimension, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { cloudwatchClient } from './client';
import { type MetricsRange, rangeInfo, type UtilizationSeries } from './metrics-view';

const QUERIES = [
  { id: 'cpuAverage', metric: 'CPUUtilization', stat: 'Average' },
  { id: 'cpuMaximum', metric: 'CPUUtilization', stat: 'Maximum' },
  { id: 'memoryAverage', metric: 'MemoryUtilization', stat: 'Average' },
  { id: 'memoryMaximum', metric: 'MemoryUtilization', stat: 'Maximum' },
] as const;

export async function utilization(
  dimensions: Dimension[],
  range: MetricsRange,
  now = Date.now(),
): Promise<{ series: UtilizationSeries; start: number; end: number; period: number }> {
  const { ms, period } = rangeInfo(range);
  const end = Math.ceil(now / 60_000) * 60_000;
  const start = end - ms;
  const out = await (await cloudwatchClient()).send(
    new GetMetricDataCommand({
      StartTime: new Date(start),
      EndTime: new Date(end),
      ScanBy: 'TimestampAscending',
      MetricDataQueries: QUERIES.map((q) => ({
        Id: q.id,
        MetricStat: {
          Metric: { Namespace: 'AWS/ECS', MetricName: q.metric, Dimensions: dimensions },
          Period: period,
          Stat: q.stat,
        },
      })),
    }),
  );
  const byId = new Map((out.MetricDataResults ?? []).map((r) => [r.Id, r]));
  const times = new Set<number>();
  for (const r of byId.values()) for (const t of r.Timestamps ?? []) times.add(t.getTime() / 1000);
  const timestamps = [...times].sort((a, b) => a - b);
  const series = { timestamps } as UtilizationSeries;
  for (const q of QUERIES) {
    const r = byId.get(q.id);
    const values = new Map((r?.Timestamps ?? []).map((t, i) => [t.getTime() / 1000, r?.Values?.[i] ?? null]));
    series[q.id] = timestamps.map((t) => {
      const v = values.get(t);
      return v === undefined || v === null ? null : Math.round(v * 100) / 100;
    });
  }
  return { series, start: start / 1000, end: end / 1000, period };
}
