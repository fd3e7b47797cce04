'use client';
// Deregister and Delete for one or more revisions, each behind a typed confirmation. Delete is disabled, with the
// reason, while a selected revision is not INACTIVE; any other ECS refusal is shown in the dialog, not swallowed.
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { errorMessage, idleState } from '@/lib/actions/action-state';
import { deleteTaskDefinitions, deregisterTaskDefinitions } from '@/lib/actions/task-definitions';
import { useDenied } from '@/lib/auth/viewer-context';

export interface RevisionRef {
  familyRevision: string;
  status: string;
}

export function RevisionActions({ selected }: { selected: readonly RevisionRef[] }) {
  if (selected.length === 0)
    return (
      <>
        <Button disabled>Deregister</Button>
        <Button disabled>Delete</Button>
      </>
    );
  const names = selected.map((r) => r.familyRevision);
  // Keyed by the selection, so a new selection starts without the last refusal.
  return (
    <>
      <DeregisterDialog key={`deregister-${names.join()}`} selected={selected} />
      <DeleteDialog key={`delete-${names.join()}`} selected={selected} />
    </>
  );
}

function DeregisterDialog({ selected }: { selected: readonly RevisionRef[] }) {
  const [state, formAction, pending] = useActionState(deregisterTaskDefinitions, idleState);
  const denied = useDenied('admin');
  const names = selected.map((r) => r.familyRevision);
  const active = selected.filter((r) => r.status === 'ACTIVE');
  return (
    <ConfirmDialog
      triggerDisabledReason={denied}
      triggerLabel="Deregister"
      title={`Deregister ${names.join(', ')}`}
      confirmText="deregister"
      confirmLabel="Deregister"
      pendingLabel="Deregistering…"
      formAction={formAction}
      pending={pending}
      error={errorMessage(state)}
      fields={{ taskDefinitions: names.join(',') }}
    >
      <p>
        Deregistered revisions become <strong>INACTIVE</strong>. Running tasks and services that use them keep running, but no new
        tasks or services can use them.
      </p>
      <RevisionList names={names} />
      {active.length < names.length && (
        <p className="text-amber-800 dark:text-amber-300">Some selected revisions are already inactive; ECS will refuse those.</p>
      )}
    </ConfirmDialog>
  );
}

function DeleteDialog({ selected }: { selected: readonly RevisionRef[] }) {
  const [state, formAction, pending] = useActionState(deleteTaskDefinitions, idleState);
  const denied = useDenied('admin');
  const names = selected.map((r) => r.familyRevision);
  const notInactive = selected.filter((r) => r.status !== 'INACTIVE').map((r) => r.familyRevision);
  // ECS refuses to delete a revision that is not INACTIVE, so the button says so instead of inviting the refusal.
  const refused =
    notInactive.length > 0 ? `Only INACTIVE revisions can be deleted. Deregister ${notInactive.join(', ')} first.` : undefined;
  return (
    <ConfirmDialog
      triggerDisabledReason={denied ?? refused}
      triggerLabel="Delete"
      triggerVariant="danger"
      title={`Delete ${names.join(', ')}`}
      confirmText="delete"
      formAction={formAction}
      pending={pending}
      error={errorMessage(state)}
      fields={{ taskDefinitions: names.join(',') }}
    >
      <p>
        Deleting marks the revisions <strong>DELETE_IN_PROGRESS</strong>; ECS removes them once no task or service uses them.
        Revision numbers are never reused. Only <strong>INACTIVE</strong> revisions can be deleted: deregister them first.
      </p>
      <RevisionList names={names} />
    </ConfirmDialog>
  );
}

function RevisionList({ names }: { names: readonly string[] }) {
  return (
    <ul className="list-inside list-disc font-mono">
      {names.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}
