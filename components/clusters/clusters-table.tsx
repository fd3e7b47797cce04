'use client';
import { PermittedButtonLink } from '@/components/shell/permitted';
import { Alert } from '@/components/ui/alert';
// The clusters list: hydrated from the page's read, then polled through /api/clusters.
import { TextLink } from '@/components/ui/button';
import { type Column, DataTable } from '@/components/ui/data-table';
import { type ClusterRow, monitoringLabel } from '@/lib/ecs/cluster-view';
import { apiPaths, paths } from '@/lib/paths';
import { queryKeys } from '@/lib/query/keys';
import { usePollingQuery } from '@/lib/query/use-polling-query';
import { strategySummary, tasksSummary } from './cluster-format';

// Each refresh of n clusters costs 2·ceil(n/100) ECS calls, so the list polls more gently than detail views.
const LIST_POLL_MS = 10_000;

const columns: Column<ClusterRow>[] = [
  {
    id: 'name',
    header: 'Cluster',
    cell: (c) => <TextLink href={paths.cluster(c.name)}>{c.name}</TextLink>,
    sortValue: (c) => c.name,
  },
  { id: 'services', header: 'Services', cell: (c) => c.activeServices, sortValue: (c) => c.activeServices },
  {
    id: 'tasks',
    header: 'Tasks',
    cell: (c) => tasksSummary(c.pendingTasks, c.runningTasks),
    sortValue: (c) => c.runningTasks + c.pendingTasks,
  },
  {
    id: 'instances',
    header: 'Container instances',
    cell: (c) => `${c.containerInstances} EC2`,
    sortValue: (c) => c.containerInstances,
  },
  {
    id: 'monitoring',
    header: 'CloudWatch monitoring',
    cell: (c) => monitoringLabel(c.containerInsights),
    sortValue: (c) => c.containerInsights,
  },
  { id: 'strategy', header: 'Capacity provider strategy', cell: (c) => strategySummary(c.strategy) },
];

export function ClustersTable() {
  const query = usePollingQuery<ClusterRow[]>(queryKeys.clusters(), apiPaths.clusters(), { intervalMs: LIST_POLL_MS });
  const create = (
    <PermittedButtonLink needs="admin" href={paths.newCluster()} variant="primary">
      Create cluster
    </PermittedButtonLink>
  );
  return (
    <DataTable
      title="Clusters"
      resourceName="clusters"
      items={query.data ?? []}
      columns={columns}
      rowKey={(c) => c.name}
      defaultSort={{ columnId: 'name' }}
      onRefresh={() => query.refetch()}
      refreshing={query.isFetching}
      actions={create}
      notice={query.error && <Alert type="warning">Could not refresh the list: {query.error.message}</Alert>}
      empty={{ title: 'No clusters', description: 'No clusters to display in this Region.', action: create }}
    />
  );
}
