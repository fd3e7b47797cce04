'use client';
// CPU and memory utilization of a service (with its deployments, its scaling activities and its target tracking
// target on the same axes) or a cluster, for a range the user picks (1h, 3h, 12h, 1d, 1w: links, so it lives in the
// URL), kept live by polling every 30 s while open (the auto scaling query polls on its own, shared with its panel).
import Link from 'next/link';
import { useMemo } from 'react';
import { useServiceAutoScaling } from '@/components/auto-scaling/service-auto-scaling';
import { MissingPermissionPanel } from '@/components/shell/missing-permission-panel';
import { Alert } from '@/components/ui/alert';
import { Panel } from '@/components/ui/panel';
import { chartScaling } from '@/lib/autoscaling/auto-scaling-view';
import { METRICS_RANGES, type MetricsRange, type MetricsResult } from '@/lib/metrics/metrics-view';
import { apiPaths, paths } from '@/lib/paths';
import { queryKeys } from '@/lib/query/keys';
import { usePollingQuery } from '@/lib/query/use-polling-query';
import { cn } from '@/lib/utils';
import { SCALING_COLOR, UtilizationChart } from './utilization-chart';

export const METRICS_POLL_MS = 30_000;

function RangePicker({ cluster, service, range }: { cluster: string; service?: string; range: MetricsRange }) {
  return (
    <nav aria-label="Time range" className="flex overflow-hidden rounded border border-zinc-400 text-sm dark:border-zinc-600">
      {METRICS_RANGES.map((r) => (
        <Link
          key={r.id}
          href={service ? paths.serviceMetrics(cluster, service, r.id) : paths.clusterMetrics(cluster, r.id)}
          aria-current={r.id === range ? 'true' : undefined}
          className={cn(
            'px-3 py-1 font-semibold',
            r.id === range
              ? 'bg-sky-700 text-white dark:bg-sky-500 dark:text-zinc-950'
              : 'hover:bg-zinc-100 dark:hover:bg-zinc-800',
          )}
        >
          {r.label}
        </Link>
      ))}
    </nav>
  );
}

export function MetricsPanel({ cluster, service, range }: { cluster: string; service?: string; range: MetricsRange }) {
  const key = service ? queryKeys.serviceMetrics(cluster, service, range) : queryKeys.clusterMetrics(cluster, range);
  const query = usePollingQuery<MetricsResult>(key, apiPaths.metrics(cluster, service, range), { intervalMs: METRICS_POLL_MS });
  const data = query.data;
  const autoScaling = useServiceAutoScaling(cluster, service ?? '', service !== undefined).data;
  const start = data && 'series' in data ? data.start : undefined;
  const end = data && 'series' in data ? data.end : undefined;
  const [cpuScaling, memoryScaling] = useMemo(() => {
    if (start === undefined || end === undefined) return [undefined, undefined];
    return [
      chartScaling(autoScaling, 'ECSServiceAverageCPUUtilization', start, end),
      chartScaling(autoScaling, 'ECSServiceAverageMemoryUtilization', start, end),
    ];
  }, [autoScaling, start, end]);
  return (
    <Panel
      title={service ? 'Utilization' : 'Cluster utilization'}
      description="AWS/ECS CPUUtilization and MemoryUtilization, one-minute data."
      actions={<RangePicker cluster={cluster} service={service} range={range} />}
    >
      {query.error && <Alert type="warning">Could not refresh the metrics: {query.error.message}</Alert>}
      {data && 'denied' in data && <MissingPermissionPanel denied={data.denied} what="the utilization charts" />}
      {data && 'series' in data && (
        <>
          <div className="flex flex-col gap-4 lg:flex-row">
            <UtilizationChart
              title="CPU utilization"
              series={{ timestamps: data.series.timestamps, average: data.series.cpuAverage, maximum: data.series.cpuMaximum }}
              markers={data.deployments}
              scaling={cpuScaling}
              start={data.start}
              end={data.end}
            />
            <UtilizationChart
              title="Memory utilization"
              series={{
                timestamps: data.series.timestamps,
                average: data.series.memoryAverage,
                maximum: data.series.memoryMaximum,
              }}
              markers={data.deployments}
              scaling={memoryScaling}
              start={data.start}
              end={data.end}
            />
          </div>
          {data.deployments.length > 0 && (
            <ul className="mt-3 text-sm text-zinc-700 dark:text-zinc-300" aria-label="Deployments in this range">
              {data.deployments.map((d) => (
                <li key={`${d.at}-${d.label}`}>
                  <span className="mr-2 inline-block w-4 border-t-2 border-dashed border-yellow-700 align-middle" />
                  {new Date(d.at * 1000).toISOString().replace('T', ' ').slice(0, 16)} UTC: {d.label}
                </li>
              ))}
            </ul>
          )}
          {cpuScaling && cpuScaling.activities.length > 0 && (
            <ul className="mt-3 text-sm text-zinc-700 dark:text-zinc-300" aria-label="Scaling activities in this range">
              {cpuScaling.activities.map((a) => (
                <li key={`${a.at}-${a.label}`}>
                  <span className="mr-2 inline-block w-4 border-t-2 align-middle" style={{ borderColor: SCALING_COLOR }} />
                  {new Date(a.at * 1000).toISOString().replace('T', ' ').slice(0, 16)} UTC: {a.label}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Panel>
  );
}
