'use client';
// Infrastructure tab: the cluster's container instances (EC2 or external), live: status, whether their agent is
// connected (and which runtime an ecs-local agent runs), tasks, registered and remaining CPU and memory; select
// one to drain or deregister it.
import { useState } from 'react';
import { LastUpdated } from '@/components/services/last-updated';
import { Alert } from '@/components/ui/alert';
import { StatusBadge } from '@/components/ui/badge';
import { TextLink } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import type { ContainerInstanceRow } from '@/lib/ecs/clusters';
import { apiPaths, paths } from '@/lib/paths';
import { queryKeys } from '@/lib/query/keys';
import { usePollingQuery } from '@/lib/query/use-polling-query';
import { ContainerInstanceActions } from './container-instance-actions';

function agentText(r: ContainerInstanceRow): string {
  if (!r.agentConnected) return 'Disconnected';
  return r.agentRuntime ? `Connected (${r.agentRuntime})` : 'Connected';
}

function resource(available: number | undefined, registered: number | undefined, unit = ''): string {
  if (registered === undefined) return '-';
  return `${available ?? '-'} of ${registered}${unit}`;
}

export function ContainerInstancesTable({ cluster }: { cluster: string }) {
  const query = usePollingQuery<ContainerInstanceRow[]>(
    queryKeys.containerInstances(cluster),
    apiPaths.containerInstances(cluster),
  );
  const instances = query.data ?? [];
  const [selected, setSelected] = useState<string[]>([]);
  const chosen = instances.find((i) => i.arn === selected[0]);
  return (
    <DataTable
      title="Container instances"
      resourceName="container instances"
      items={instances}
      rowKey={(r) => r.arn}
      filterText={(r) => `${r.id} ${r.ec2InstanceId} ${r.status} ${agentText(r)}`}
      selection={{ mode: 'single', selected, onChange: setSelected, label: (r) => `container instance ${r.id}` }}
      actions={
        <>
          <LastUpdated updatedAt={query.dataUpdatedAt} onRefresh={() => query.refetch()} refreshing={query.isFetching} />
          <ContainerInstanceActions cluster={cluster} instance={chosen} />
        </>
      }
      notice={query.error && <Alert type="warning">Could not refresh the container instances: {query.error.message}</Alert>}
      columns={[
        {
          id: 'id',
          header: 'Container instance',
          cell: (r) => (
            <TextLink href={paths.containerInstance(cluster, r.id)} className="font-mono text-xs">
              {r.id}
            </TextLink>
          ),
          sortValue: (r) => r.id,
        },
        { id: 'ec2', header: 'EC2 instance', cell: (r) => r.ec2InstanceId, sortValue: (r) => r.ec2InstanceId },
        {
          id: 'provider',
          header: 'Capacity provider',
          cell: (r) => r.capacityProvider ?? '-',
          sortValue: (r) => r.capacityProvider ?? '',
        },
        { id: 'status', header: 'Status', cell: (r) => <StatusBadge status={r.status} />, sortValue: (r) => r.status },
        {
          id: 'agent',
          header: 'Agent status',
          cell: (r) => <StatusBadge status={r.agentConnected ? 'CONNECTED' : 'DISCONNECTED'} label={agentText(r)} />,
          sortValue: (r) => agentText(r),
        },
        { id: 'tasks', header: 'Running tasks', cell: (r) => r.runningTasks, sortValue: (r) => r.runningTasks },
        { id: 'pending', header: 'Pending tasks', cell: (r) => r.pendingTasks, sortValue: (r) => r.pendingTasks },
        {
          id: 'cpu',
          header: 'CPU available / registered',
          cell: (r) => resource(r.cpuAvailable, r.cpuRegistered),
          sortValue: (r) => r.cpuAvailable ?? 0,
        },
        {
          id: 'memory',
          header: 'Memory available / registered',
          cell: (r) => resource(r.memoryAvailable, r.memoryRegistered, ' MiB'),
          sortValue: (r) => r.memoryAvailable ?? 0,
        },
      ]}
      empty={{
        title: 'No container instances',
        description:
          'Start a container agent (npm run ecs-local -- agent --cluster NAME) or register instances with RegisterContainerInstance.',
      }}
    />
  );
}
