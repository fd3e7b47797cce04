'use client';
// The task definition families list (one row per family, like the AWS console), with the status filter in the URL.
import { usePathname, useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { PermittedButtonLink } from '@/components/shell/permitted';
import { StatusBadge } from '@/components/ui/badge';
import { TextLink } from '@/components/ui/button';
import { type Column, DataTable } from '@/components/ui/data-table';
import { Select } from '@/components/ui/select';
import type { FamilyStatusFilter, TaskDefinitionFamilyRow } from '@/lib/ecs/task-definitions';
import { paths } from '@/lib/paths';

const columns: Column<TaskDefinitionFamilyRow>[] = [
  {
    id: 'family',
    header: 'Task definition',
    cell: (f) => <TextLink href={paths.family(f.family)}>{f.family}</TextLink>,
    sortValue: (f) => f.family,
  },
  {
    id: 'status',
    header: 'Status of last revision',
    cell: (f) => <StatusBadge status={f.status} />,
    sortValue: (f) => f.status,
  },
  { id: 'latest', header: 'Latest revision', cell: (f) => f.latestRevision ?? '-', sortValue: (f) => f.latestRevision ?? 0 },
  { id: 'active', header: 'Active revisions', cell: (f) => f.activeRevisions, sortValue: (f) => f.activeRevisions },
];

const FILTERS = [
  { value: 'ACTIVE', label: 'Active task definitions' },
  { value: 'INACTIVE', label: 'Inactive task definitions' },
  { value: 'ALL', label: 'All task definitions' },
];

export function FamiliesTable({ families, filter }: { families: TaskDefinitionFamilyRow[]; filter: FamilyStatusFilter }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const create = (
    <PermittedButtonLink needs="operator" href={paths.newTaskDefinition()} variant="primary">
      Create new task definition
    </PermittedButtonLink>
  );
  return (
    <DataTable
      title="Task definitions"
      resourceName="task definitions"
      items={families}
      columns={columns}
      rowKey={(f) => f.family}
      defaultSort={{ columnId: 'family' }}
      onRefresh={() => startTransition(() => router.refresh())}
      refreshing={pending}
      actions={
        <>
          <Select
            aria-label="Filter by status"
            value={filter}
            options={FILTERS}
            className="w-auto"
            onChange={(e) =>
              startTransition(() => router.push(`${pathname}?status=${e.target.value.toLowerCase()}`, { scroll: false }))
            }
          />
          <PermittedButtonLink needs="operator" href={paths.newTaskDefinition({ json: true })}>
            Create new task definition with JSON
          </PermittedButtonLink>
          {create}
        </>
      }
      empty={{
        title: filter === 'INACTIVE' ? 'No inactive task definitions' : 'No task definitions',
        description: 'A task definition describes the containers of a task: images, CPU and memory, ports and logging.',
        action: create,
      }}
    />
  );
}
