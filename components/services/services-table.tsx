'use client';
import { PermittedButtonLink } from '@/components/shell/permitted';
// A cluster's Services tab: hydrated from the page's read, then polled through /api/clusters/[cluster]/services.
import { Alert } from '@/components/ui/alert';
import { StatusBadge } from '@/components/ui/badge';
import { TextLink } from '@/components/ui/button';
import { type Column, DataTable } from '@/components/ui/data-table';
import type { ServiceRow } from '@/lib/ecs/service-view';
import { apiPaths, paths } from '@/lib/paths';
import { queryKeys } from '@/lib/query/keys';
import { usePollingQuery } from '@/lib/query/use-polling-query';
import { LastUpdated } from './last-updated';
import { RolloutFailureBadge } from './rollout-failure-badge';
import { computeSummary, rolloutLabel, tasksRunning } from './service-format';

function columns(cluster: string): Column<ServiceRow>[] {
  return [
    {
      id: 'name',
      header: 'Service name',
      cell: (s) => <TextLink href={paths.service(cluster, s.name)}>{s.name}</TextLink>,
      sortValue: (s) => s.name,
    },
    { id: 'status', header: 'Status', cell: (s) => <StatusBadge status={s.status} />, sortValue: (s) => s.status },
    { id: 'type', header: 'Service type', cell: (s) => s.serviceType, sortValue: (s) => s.serviceType },
    { id: 'tasks', header: 'Deployments and tasks', cell: (s) => tasksRunning(s), sortValue: (s) => s.running },
    {
      id: 'td',
      header: 'Task definition',
      cell: (s) => <TextLink href={paths.revisionOf(s.taskDefinition)}>{s.taskDefinition}</TextLink>,
      sortValue: (s) => s.taskDefinition,
    },
    {
      id: 'deployment',
      header: 'Last deployment',
      cell: (s) =>
        s.rolloutFailure ? (
          <RolloutFailureBadge failure={s.rolloutFailure} />
        ) : s.deploymentStatus ? (
          <StatusBadge status={s.deploymentStatus} label={rolloutLabel(s.deploymentStatus)} />
        ) : (
          '-'
        ),
      sortValue: (s) => s.deploymentStatus ?? '',
    },
    { id: 'compute', header: 'Launch type', cell: (s) => computeSummary(s) },
  ];
}

export function ServicesTable({ cluster }: { cluster: string }) {
  const query = usePollingQuery<ServiceRow[]>(queryKeys.services(cluster), apiPaths.services(cluster));
  const create = (
    <PermittedButtonLink needs="operator" href={paths.newService(cluster)} variant="primary">
      Create
    </PermittedButtonLink>
  );
  return (
    <DataTable
      title="Services"
      resourceName="services"
      items={query.data ?? []}
      columns={columns(cluster)}
      rowKey={(s) => s.name}
      defaultSort={{ columnId: 'name' }}
      actions={
        <>
          <LastUpdated updatedAt={query.dataUpdatedAt} onRefresh={() => query.refetch()} refreshing={query.isFetching} />
          {create}
        </>
      }
      notice={query.error && <Alert type="warning">Could not refresh the list: {query.error.message}</Alert>}
      empty={{ title: 'No services', description: 'No services to display in this cluster.', action: create }}
    />
  );
}
