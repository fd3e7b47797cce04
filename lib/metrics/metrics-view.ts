// What the console's charts show: CPU and memory utilization (average and maximum) of a service or cluster over a
// range, with the service's deployments as markers on the time axis. Pure and client-safe.
import type { MissingPermission } from '../aws/permission';

export type MetricsRange = '1h' | '3h' | '12h' | '1d' | '1w';

/** The ranges the AWS console offers, each with a period that keeps a chart under ~300 points. */
export const METRICS_RANGES: readonly { id: MetricsRange; label: string; ms: number; period: number }[] = [
  { id: '1h', label: '1h', ms: 3_600_000, period: 60 },
  { id: '3h', label: '3h', ms: 3 * 3_600_000, period: 60 },
  { id: '12h', label: '12h', ms: 12 * 3_600_000, period: 300 },
  { id: '1d', label: '1d', ms: 24 * 3_600_000, period: 300 },
  { id: '1w', label: '1w', ms: 7 * 24 * 3_600_000, period: 3_600 },
];

export function parseMetricsRange(value: string | string[] | undefined): MetricsRange {
  const v = Array.isArray(value) ? value[0] : value;
  return METRICS_RANGES.find((r) => r.id === v)?.id ?? '3h';
}

export function rangeInfo(range: MetricsRange) {
  return METRICS_RANGES.find((r) => r.id === range) ?? METRICS_RANGES[1];
}

/** Aligned series: one timestamp (epoch seconds) per period with data, null where a statistic has none. */
export interface UtilizationSeries {
  timestamps: number[];
  cpuAverage: (number | null)[];
  cpuMaximum: (number | null)[];
  memoryAverage: (number | null)[];
  memoryMaximum: (number | null)[];
}

export interface DeploymentMarker {
  /** Epoch seconds. */
  at: number;
  label: string;
}

export type MetricsResult =
  | {
      range: MetricsRange;
      period: number;
      /** Epoch seconds of the window. */
      start: number;
      end: number;
      series: UtilizationSeries;
      deployments: DeploymentMarker[];
    }
  | { denied: MissingPermission };

/** The newest value of a series, for the chart's heading. */
export function latest(values: readonly (number | null)[]): number | undefined {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null) return values[i] as number;
  return undefined;
}
