'use client';
// Tasks of a cluster (or of one service): Running / Stopped / Any filter, select and Stop, polled live.
import { useState } from 'react';
import { LastUpdated } from '@/components/services/last-updated';
import { PermittedButtonLink } from '@/components/shell/permitted';
import { Alert } from '@/components/ui/alert';
import { StatusBadge } from '@/components/ui/badge';
import { TextLink } from '@/components/ui/button';
import { type Column, DataTable } from '@/components/ui/data-table';
import { DateTime } from '@/components/ui/date-time';
import { Select } from '@/components/ui/select';
import type { DesiredStatusFilter as DesiredStatus, TaskFilter, TaskRow } from '@/lib/ecs/task-view';
import { apiPaths, paths } from '@/lib/paths';
import { queryKeys } from '@/lib/query/keys';
import { usePollingQuery } from '@/lib/query/use-polling-query';
import { PublishedPorts } from './published-ports';
import { StopTasksDialog } from './stop-tasks-dialog';

const FILTERS: { value: DesiredStatus; label: string }[] = [
  { value: 'RUNNING', label: 'Running' },
  { value: 'STOPPED', label: 'Stopped' },
  { value: 'ANY', label: 'Any desired status' },
];

// Twelve columns must fit a 1440 px screen beside the navigation: headers wrap, cells are tighter than the default,
// and long identifiers (task IDs, deployment IDs, groups) break anywhere instead of widening the table.
const TIGHT = 'px-3 whitespace-normal';
const BREAKING = `${TIGHT} wrap-anywhere`;

function columns(cluster: string): Column<TaskRow>[] {
  return [
    {
      id: 'id',
      header: 'Task',
      className: `${BREAKING} min-w-32`,
      cell: (t) => (
        <TextLink href={paths.task(cluster, t.id)} className="font-mono text-xs">
          {t.id}
        </TextLink>
      ),
      sortValue: (t) => t.id,
    },
    {
      id: 'last',
      header: 'Last status',
      className: TIGHT,
      cell: (t) => <StatusBadge status={t.lastStatus} />,
      sortValue: (t) => t.lastStatus,
    },
    {
      id: 'desired',
      header: 'Desired status',
      className: TIGHT,
      cell: (t) => <StatusBadge status={t.desiredStatus} />,
      sortValue: (t) => t.desiredStatus,
    },
    {
      id: 'td',
      header: 'Task definition',
      className: BREAKING,
      cell: (t) => t.taskDefinition,
      sortValue: (t) => t.taskDefinition,
    },
    {
      id: 'health',
      header: 'Health status',
      className: TIGHT,
      cell: (t) => <StatusBadge status={t.health} />,
      sortValue: (t) => t.health,
    },
    {
      id: 'started',
      header: 'Started at',
      className: TIGHT,
      cell: (t) => <DateTime iso={t.startedAt} relative />,
      sortValue: (t) => t.startedAt ?? '',
    },
    {
      id: 'startedBy',
      header: 'Started by',
      className: BREAKING,
      cell: (t) => t.startedBy ?? '-',
      sortValue: (t) => t.startedBy ?? '',
    },
    { id: 'group', header: 'Group', className: BREAKING, cell: (t) => t.group ?? '-', sortValue: (t) => t.group ?? '' },
    { id: 'launch', header: 'Launch type', className: TIGHT, cell: (t) => t.launchType ?? t.capacityProvider ?? '-' },
    { id: 'cpu', header: 'CPU', className: TIGHT, cell: (t) => t.cpu ?? '-' },
    { id: 'memory', header: 'Memory', className: TIGHT, cell: (t) => t.memory ?? '-' },
    {
      id: 'ports',
      header: 'Published ports',
      className: TIGHT,
      cell: (t) => <PublishedPorts ports={t.ports} showContainer />,
    },
  ];
}

export function TasksTable({ cluster, serviceName }: { cluster: string; serviceName?: string }) {
  const [desiredStatus, setDesiredStatus] = useState<DesiredStatus>('RUNNING');
  const [selected, setSelected] = useState<string[]>([]);
  const filter: TaskFilter = serviceName ? { desiredStatus, serviceName } : { desiredStatus };
  const query = usePollingQuery<TaskRow[]>(queryKeys.tasks(cluster, filter), apiPaths.tasks(cluster, filter));
  const items = query.data ?? [];
  const stillSelected = selected.filter((id) => items.some((t) => t.id === id && t.lastStatus !== 'STOPPED'));
  const run = (
    <PermittedButtonLink needs="operator" href={paths.runTask(cluster)} variant="primary">
      Run new task
    </PermittedButtonLink>
  );
  return (
    <div className="space-y-3">
      <div className="flex max-w-xs items-center gap-2">
        <label htmlFor="task-desired-status" className="text-sm font-bold whitespace-nowrap">
          Filter desired status
        </label>
        <Select
          id="task-desired-status"
          value={desiredStatus}
          onChange={(e) => {
            setDesiredStatus(e.target.value as DesiredStatus);
            setSelected([]);
          }}
          options={FILTERS}
        />
      </div>
      <DataTable
        title="Tasks"
        resourceName="tasks"
        items={items}
        columns={columns(cluster)}
        rowKey={(t) => t.id}
        filterText={(t) => `${t.id} ${t.taskDefinition} ${t.group ?? ''} ${t.startedBy ?? ''} ${t.lastStatus}`}
        actions={
          <>
            <LastUpdated updatedAt={query.dataUpdatedAt} onRefresh={() => query.refetch()} refreshing={query.isFetching} />
            <StopTasksDialog cluster={cluster} taskIds={stillSelected} onStopped={() => setSelected([])} />
            {!serviceName && run}
          </>
        }
        selection={{ mode: 'multi', selected, onChange: setSelected, label: (t) => `task ${t.id}` }}
        notice={
          (query.error && <Alert type="warning">Could not refresh the tasks: {query.error.message}</Alert>) ||
          (query.isPending && <p className="text-sm text-zinc-600">Loading tasks…</p>)
        }
        empty={{
          title: 'No tasks',
          description:
            desiredStatus === 'STOPPED' ? 'No recently stopped tasks (ECS keeps them about an hour).' : 'No tasks to display.',
          action: serviceName ? undefined : run,
        }}
      />
    </div>
  );
}
