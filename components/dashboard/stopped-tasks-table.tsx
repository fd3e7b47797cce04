'use client';
// "Why is it failing": recently stopped tasks across all clusters, grouped by stopped reason and exit code, with
// the services and revisions they came from. Read from the console's own memory, so it outlives ECS's hour.
import { LastLines } from '@/components/logs/last-lines';
import { TextLink } from '@/components/ui/button';
import { type Column, DataTable } from '@/components/ui/data-table';
import { DateTime } from '@/components/ui/date-time';
import type { StoppedGroup } from '@/lib/ecs/dashboard/stopped-task-view';
import { paths } from '@/lib/paths';

function Sources({ group }: { group: StoppedGroup }) {
  return (
    <ul className="space-y-0.5">
      {group.sources.slice(0, 5).map((s) => (
        <li key={`${s.cluster}/${s.service}/${s.taskDefinition}`} className="text-sm">
          {s.service ? (
            <TextLink href={paths.service(s.cluster, s.service)} className="underline">
              {s.service}
            </TextLink>
          ) : (
            'standalone task'
          )}
          <span className="text-zinc-500 dark:text-zinc-400">
            {' '}
            · {s.taskDefinition} · {s.cluster} · {s.count} {s.count === 1 ? 'task' : 'tasks'}
          </span>
        </li>
      ))}
      {group.sources.length > 5 && (
        <li className="text-xs text-zinc-600 dark:text-zinc-400">and {group.sources.length - 5} more</li>
      )}
    </ul>
  );
}

const columns: Column<StoppedGroup>[] = [
  {
    id: 'reason',
    header: 'Stopped reason',
    cell: (g) => (
      <div className="max-w-md">
        <p className="font-semibold break-words">{g.stoppedReason}</p>
        <p className="text-xs text-zinc-500 dark:text-zinc-400">{g.stopCode}</p>
        {g.containerReason && <p className="text-xs break-words text-zinc-600 dark:text-zinc-400">{g.containerReason}</p>}
      </div>
    ),
    sortValue: (g) => g.stoppedReason,
  },
  { id: 'exit', header: 'Exit code', cell: (g) => g.exitCodes, sortValue: (g) => g.exitCodes },
  {
    id: 'lines',
    header: 'Last log lines',
    cell: (g) => {
      const t = g.sampleTasks[0];
      return t ? (
        <LastLines cluster={t.cluster} taskId={t.taskId} taskDefinition={t.taskDefinition} stoppedAt={t.stoppedAt} />
      ) : (
        '-'
      );
    },
  },
  { id: 'count', header: 'Tasks', cell: (g) => g.count, sortValue: (g) => g.count },
  { id: 'from', header: 'Service and revision', cell: (g) => <Sources group={g} /> },
  {
    id: 'last',
    header: 'Last stopped',
    cell: (g) => <DateTime iso={g.lastStoppedAt} />,
    sortValue: (g) => g.lastStoppedAt,
  },
  {
    id: 'tasks',
    header: 'Example tasks',
    cell: (g) => (
      <ul>
        {g.sampleTasks.map((t) => (
          <li key={t.taskId}>
            <TextLink href={paths.task(t.cluster, t.taskId)} className="font-mono text-xs">
              {t.taskId.slice(0, 12)}
            </TextLink>
          </li>
        ))}
      </ul>
    ),
  },
];

export function StoppedTasksTable({
  groups,
  windowHours,
  count,
}: {
  groups: readonly StoppedGroup[];
  windowHours: number;
  count: number;
}) {
  return (
    <DataTable
      title="Why is it failing"
      resourceName="stopped reasons"
      items={groups}
      columns={columns}
      rowKey={(g) => g.key}
      filterText={(g) =>
        `${g.stoppedReason} ${g.stopCode} ${g.exitCodes} ${g.sources.map((s) => `${s.cluster} ${s.service}`).join(' ')}`
      }
      defaultSort={{ columnId: 'last', descending: true }}
      pageSize={10}
      notice={
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {count} {count === 1 ? 'task' : 'tasks'} stopped in the last {windowHours} hours, grouped by stopped reason and exit
          code. The console keeps what it has seen; ECS itself forgets stopped tasks after about an hour.
        </p>
      }
      empty={{ title: 'No stopped tasks', description: `No task has stopped in the last ${windowHours} hours.` }}
    />
  );
}
