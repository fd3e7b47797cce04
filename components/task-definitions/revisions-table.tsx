'use client';
// A family's revisions with selection: create a new revision from one, compare two, deploy, deregister, delete.
import { useState } from 'react';
import { PermittedButtonLink } from '@/components/shell/permitted';
import { StatusBadge } from '@/components/ui/badge';
import { Button, ButtonLink, TextLink } from '@/components/ui/button';
import { type Column, DataTable } from '@/components/ui/data-table';
import { DateTime } from '@/components/ui/date-time';
import type { TaskDefinitionRevisionRow } from '@/lib/ecs/task-definitions';
import { paths } from '@/lib/paths';
import { RevisionActions } from './revision-actions';
import { taskSize } from './task-size';

const columns: Column<TaskDefinitionRevisionRow>[] = [
  {
    id: 'revision',
    header: 'Task definition: revision',
    cell: (r) => <TextLink href={paths.revision(r.family, r.revision)}>{r.familyRevision}</TextLink>,
    sortValue: (r) => r.revision,
  },
  { id: 'status', header: 'Status', cell: (r) => <StatusBadge status={r.status} />, sortValue: (r) => r.status },
  { id: 'size', header: 'Task size', cell: (r) => (r.cpu || r.memory ? taskSize(r.cpu, r.memory) : '-') },
  { id: 'launch', header: 'Launch type', cell: (r) => r.launchTypes.join(', ') || '-' },
  {
    id: 'registered',
    header: 'Registered at',
    cell: (r) => <DateTime iso={r.registeredAt} />,
    sortValue: (r) => r.registeredAt ?? '',
  },
];

export function RevisionsTable({ family, revisions }: { family: string; revisions: TaskDefinitionRevisionRow[] }) {
  const [selected, setSelected] = useState<string[]>([]);
  const chosen = revisions.filter((r) => selected.includes(r.familyRevision));
  const base = chosen.length === 1 ? chosen[0] : (revisions.find((r) => r.status === 'ACTIVE') ?? revisions[0]);
  const [a, b] = [...chosen].sort((x, y) => x.revision - y.revision);
  return (
    <DataTable
      title="Revisions"
      resourceName="revisions"
      items={revisions}
      columns={columns}
      rowKey={(r) => r.familyRevision}
      defaultSort={{ columnId: 'revision', descending: true }}
      selection={{ mode: 'multi', selected, onChange: setSelected, label: (r) => `Select ${r.familyRevision}` }}
      actions={
        <>
          {chosen.length === 2 ? (
            <ButtonLink href={paths.compareRevisions(family, a.revision, b.revision)}>Compare revisions</ButtonLink>
          ) : (
            <Button disabled title="Select two revisions to compare">
              Compare revisions
            </Button>
          )}
          <RevisionActions selected={chosen} />
          {base && (
            <PermittedButtonLink
              needs="operator"
              href={paths.deployRevision(family, base.revision)}
              title="Run a task or create or update a service"
            >
              Deploy
            </PermittedButtonLink>
          )}
          {base && (
            <PermittedButtonLink needs="operator" href={paths.newRevision(family, base.revision)} variant="primary">
              Create new revision
            </PermittedButtonLink>
          )}
        </>
      }
      empty={{ title: 'No revisions', description: 'Every revision of this family has been deleted.' }}
    />
  );
}
