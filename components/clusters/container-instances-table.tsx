'use client';
// Infrastructure tab: registered container instances (EC2 or external) of the cluster.
import { StatusBadge } from '@/components/ui/badge';
import { TextLink } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import type { ContainerInstanceRow } from '@/lib/ecs/clusters';
import { paths } from '@/lib/paths';

export function ContainerInstancesTable({ cluster, instances }: { cluster: string; instances: ContainerInstanceRow[] }) {
  return (
    <DataTable
      title="Container instances"
      resourceName="container instances"
      items={instances}
      rowKey={(r) => r.arn}
      filterText={(r) => `${r.id} ${r.ec2InstanceId} ${r.status}`}
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
        { id: 'agent', header: 'Agent connected', cell: (r) => (r.agentConnected ? 'Yes' : 'No') },
        { id: 'tasks', header: 'Running tasks', cell: (r) => r.runningTasks, sortValue: (r) => r.runningTasks },
        { id: 'cpu', header: 'CPU available', cell: (r) => r.cpuAvailable ?? '-', sortValue: (r) => r.cpuAvailable ?? 0 },
        {
          id: 'memory',
          header: 'Memory available',
          cell: (r) => (r.memoryAvailable === undefined ? '-' : `${r.memoryAvailable} MiB`),
          sortValue: (r) => r.memoryAvailable ?? 0,
        },
      ]}
      empty={{
        title: 'No container instances',
        description: 'Register EC2 or external instances with RegisterContainerInstance.',
      }}
    />
  );
}
