import { MetricsPanel } from '@/components/metrics/metrics-panel';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { attempt } from '@/lib/ecs/errors';
import { clusterMetrics } from '@/lib/metrics/metrics';
import { parseMetricsRange } from '@/lib/metrics/metrics-view';
import { paths } from '@/lib/paths';
import { queryKeys } from '@/lib/query/keys';
import { Prefetched } from '@/lib/query/prefetched';

type Props = {
  params: Promise<{ cluster: string }>;
  searchParams: Promise<{ range?: string | string[] }>;
};

// The cluster's Metrics tab: CPU and memory utilization of all its tasks (ClusterName dimension), live.
export default async function ClusterMetricsPage({ params, searchParams }: Props) {
  const cluster = decodeURIComponent((await params).cluster);
  const range = parseMetricsRange((await searchParams).range);
  const result = await attempt(`metrics of ${cluster}`, () => clusterMetrics(cluster, range));
  if (!result.ok) return <EcsErrorPanel error={result.error} retryHref={paths.clusterMetrics(cluster, range)} />;
  return (
    <Prefetched entries={[[queryKeys.clusterMetrics(cluster, range), result.data]]}>
      <MetricsPanel cluster={cluster} range={range} />
    </Prefetched>
  );
}
