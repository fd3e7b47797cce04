'use client';
// Every service of every cluster with its health: running / desired / pending, rollout state, the latest event and
// a red mark with the reasons when something is wrong, and an "At maximum" mark when auto scaling holds it at its
// maximum. Sortable, filterable, "Unhealthy only" toggle.
import { type ReactNode, useState } from 'react';
import { StatusBadge } from '@/components/ui/badge';
import { TextLink } from '@/components/ui/button';
import { type Column, DataTable } from '@/components/ui/data-table';
import { DateTime } from '@/components/ui/date-time';
import { pinnedAtMaximum, type ServiceHealthRow } from '@/lib/ecs/dashboard/view';
import { paths } from '@/lib/paths';
import { RolloutFailureBadge } from '../services/rollout-failure-badge';

function Health({ row }: { row: ServiceHealthRow }) {
  if (!row.described) return <StatusBadge status="PENDING" label="Loading" />;
  if (row.problems.length === 0) return <StatusBadge status="HEALTHY" label="Healthy" />;
  return (
    <div>
      <StatusBadge status="UNHEALTHY" label="Unhealthy" />
      <ul className="mt-1 max-w-64 list-disc pl-4 text-xs text-red-700 dark:text-red-400">
        {row.problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}

const columns: Column<ServiceHealthRow>[] = [
  {
    id: 'health',
    header: 'Health',
    cell: (r) => <Health row={r} />,
    sortValue: (r) => (r.problems.length > 0 ? 0 : r.described ? 2 : 1),
  },
  {
    id: 'service',
    header: 'Service',
    cell: (r) => <TextLink href={paths.service(r.cluster, r.name)}>{r.name}</TextLink>,
    sortValue: (r) => r.name,
  },
  {
    id: 'cluster',
    header: 'Cluster',
    cell: (r) => <TextLink href={paths.cluster(r.cluster)}>{r.cluster}</TextLink>,
    sortValue: (r) => r.cluster,
  },
  {
    id: 'tasks',
    header: 'Running / desired',
    cell: (r) =>
      r.described ? (
        <span className={r.running < r.desired ? 'font-semibold text-amber-700 dark:text-amber-400' : undefined}>
          {r.running} / {r.desired}
          {r.pending > 0 && <span className="ml-1 text-xs text-zinc-600 dark:text-zinc-400">({r.pending} pending)</span>}
          {pinnedAtMaximum(r) && (
            <span
              className="ml-2 rounded border border-amber-700 px-1 text-xs font-semibold text-amber-800 dark:border-amber-400 dark:text-amber-300"
              title={`Auto scaling keeps this service between ${r.scaling?.min} and ${r.scaling?.max} tasks: it is at its maximum and cannot scale out further.`}
            >
              At maximum
            </span>
          )}
        </span>
      ) : (
        '-'
      ),
    sortValue: (r) => r.running - r.desired,
  },
  {
    id: 'rollout',
    header: 'Rollout state',
    cell: (r) =>
      r.rolloutFailure ? (
        <RolloutFailureBadge failure={r.rolloutFailure} />
      ) : r.rolloutState ? (
        <StatusBadge status={r.rolloutState} />
      ) : (
        '-'
      ),
    sortValue: (r) => r.rolloutState ?? '',
  },
  { id: 'taskDefinition', header: 'Task definition', cell: (r) => r.taskDefinition, sortValue: (r) => r.taskDefinition },
  {
    id: 'event',
    header: 'Latest event',
    cell: (r) =>
      r.latestEvent ? (
        <div className="max-w-xs">
          <p className="text-xs text-zinc-500 dark:text-zinc-400">
            <DateTime iso={r.latestEvent.at} />
          </p>
          <p className="text-sm break-words">{r.latestEvent.message}</p>
        </div>
      ) : (
        '-'
      ),
    sortValue: (r) => r.latestEvent?.at ?? '',
  },
];

export function ServicesHealthTable({
  rows,
  reading = false,
  notice,
}: {
  rows: readonly ServiceHealthRow[];
  /** The server's first pass is still going: an empty list means "not read yet", not "no services". */
  reading?: boolean;
  notice?: ReactNode;
}) {
  const [unhealthyOnly, setUnhealthyOnly] = useState(false);
  const items = unhealthyOnly ? rows.filter((r) => r.problems.length > 0) : rows;
  return (
    <DataTable
      title={unhealthyOnly ? 'Unhealthy services' : 'Services'}
      resourceName="services"
      items={items}
      columns={columns}
      rowKey={(r) => r.key}
      filterText={(r) =>
        `${r.cluster} ${r.name} ${r.taskDefinition} ${r.rolloutState ?? ''} ${r.problems.join(' ')}${pinnedAtMaximum(r) ? ' At maximum' : ''}`
      }
      defaultSort={{ columnId: 'health' }}
      notice={notice}
      actions={
        <label className="inline-flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            checked={unhealthyOnly}
            onChange={(e) => setUnhealthyOnly(e.target.checked)}
            className="size-4 accent-sky-700"
          />
          Unhealthy only
        </label>
      }
      empty={
        reading
          ? { title: 'Reading services…', description: 'The console is reading every cluster of this Region for the first time.' }
          : {
              title: unhealthyOnly ? 'No unhealthy services' : 'No services',
              description: unhealthyOnly ? 'Every service is running as desired.' : 'No services in any cluster of this Region.',
            }
      }
    />
  );
}
