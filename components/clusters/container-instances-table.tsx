'use client';
// Infrastructure tab: registered container instances (EC2 or external) of the cluster.
import { StatusBadge } from '@/components/ui/badge';
import { DataTable } from '@/components/ui/data-table';
import type { ContainerInstanceRow } from '@/lib/ecs/clusters';

export function ContainerInstancesTable({ instances }: { instances: ContainerInstanceRow[] }) {
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
          cell: (r) => <span className="font-mono text-xs">{r.id}</span>,
          sortValue: (r) => r.id,
        },
        { id: 'ec2', header: 'EC2 instance', cell: (r) => r.ec2InstanceId, sortValue: (r) => r.ec2InstanceId },
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
