'use client';
// The task page body, live: overview (ARN, statuses, timestamps, stop code and reason), configuration and
// network (ENI, private IP), Containers and Tags.
import { LastUpdated } from '@/components/services/last-updated';
import { Alert } from '@/components/ui/alert';
import { StatusBadge } from '@/components/ui/badge';
import { TextLink } from '@/components/ui/button';
import { CopyableText } from '@/components/ui/copy-button';
import { type Column, DataTable } from '@/components/ui/data-table';
import { DateTime } from '@/components/ui/date-time';
import { KeyValueGrid } from '@/components/ui/key-value';
import { Panel } from '@/components/ui/panel';
import type { ContainerView } from '@/lib/ecs/task-view';
import { paths } from '@/lib/paths';
import { PublishedPorts } from './published-ports';
import { useTask } from './use-task';

const containerColumns: Column<ContainerView>[] = [
  { id: 'name', header: 'Container name', cell: (c) => c.name, sortValue: (c) => c.name },
  { id: 'image', header: 'Image URI', cell: (c) => <span className="break-all">{c.image}</span> },
  { id: 'status', header: 'Status', cell: (c) => <StatusBadge status={c.lastStatus} /> },
  { id: 'exit', header: 'Exit code', cell: (c) => c.exitCode ?? '-' },
  { id: 'reason', header: 'Reason', cell: (c) => c.reason ?? '-' },
  { id: 'health', header: 'Health status', cell: (c) => <StatusBadge status={c.health} /> },
  { id: 'ports', header: 'Published ports', cell: (c) => <PublishedPorts ports={c.ports} /> },
  { id: 'cpu', header: 'CPU', cell: (c) => c.cpu ?? '-' },
  { id: 'memory', header: 'Memory hard/soft limits', cell: (c) => `${c.memory ?? '-'} / ${c.memoryReservation ?? '-'}` },
];

export function TaskDetails({ cluster, id }: { cluster: string; id: string }) {
  const query = useTask(cluster, id);
  const t = query.data;
  if (!t) return query.error ? <Alert type="warning">Could not load the task: {query.error.message}</Alert> : null;
  const service = t.group?.startsWith('service:') ? t.group.slice('service:'.length) : undefined;
  return (
    <div className="space-y-5">
      {query.error && <Alert type="warning">Could not refresh the task: {query.error.message}</Alert>}
      <Panel
        title="Task overview"
        actions={<LastUpdated updatedAt={query.dataUpdatedAt} onRefresh={() => query.refetch()} refreshing={query.isFetching} />}
      >
        <KeyValueGrid
          columns={4}
          items={[
            { label: 'ARN', value: <CopyableText value={t.arn} /> },
            { label: 'Last status', value: <StatusBadge status={t.lastStatus} /> },
            { label: 'Desired status', value: <StatusBadge status={t.desiredStatus} /> },
            { label: 'Health status', value: <StatusBadge status={t.health} /> },
            { label: 'Created at', value: <DateTime iso={t.createdAt} /> },
            { label: 'Started at', value: <DateTime iso={t.startedAt} /> },
            { label: 'Stopped at', value: <DateTime iso={t.stoppedAt} /> },
            { label: 'Stop code', value: t.stopCode ?? '-' },
            { label: 'Stopped reason', value: t.stoppedReason ?? '-' },
            { label: 'Started by', value: t.startedBy ?? '-' },
            {
              label: 'Task group',
              value: service ? <TextLink href={paths.service(cluster, service)}>{t.group}</TextLink> : (t.group ?? '-'),
            },
            { label: 'Task definition: revision', value: t.taskDefinition },
          ]}
        />
      </Panel>
      <Panel title="Configuration and network">
        <KeyValueGrid
          columns={4}
          items={[
            { label: 'Launch type', value: t.launchType ?? t.capacityProvider ?? '-' },
            { label: 'Platform version', value: t.platformVersion ?? '-' },
            { label: 'Operating system family', value: t.platformFamily ?? '-' },
            { label: 'CPU | Memory', value: `${t.cpu ?? '-'} | ${t.memory ?? '-'}` },
            { label: 'Availability Zone', value: t.availabilityZone ?? '-' },
            { label: 'ENI ID', value: t.eni ?? '-' },
            { label: 'Subnet ID', value: t.subnet ?? '-' },
            { label: 'Private IP', value: t.privateIp ?? '-' },
          ]}
        />
      </Panel>
      <DataTable
        title="Containers"
        resourceName="containers"
        items={t.containers}
        columns={containerColumns}
        rowKey={(c) => c.name}
      />
      <DataTable
        title="Tags"
        resourceName="tags"
        items={t.tags}
        columns={[
          { id: 'key', header: 'Key', cell: (x) => x.key },
          { id: 'value', header: 'Value', cell: (x) => x.value || '-' },
        ]}
        rowKey={(x) => x.key}
        empty={{ title: 'No tags', description: 'No tags associated with the task.' }}
      />
    </div>
  );
}
