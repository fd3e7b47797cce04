'use client';
// "Delete cluster": says what still blocks deletion, asks for the typed name, shows ECS's refusal if it comes.
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { errorMessage, idleState } from '@/lib/actions/action-state';
import { deleteCluster } from '@/lib/actions/clusters';
import { useDenied } from '@/lib/auth/viewer-context';

export interface DeleteClusterBlockers {
  services: number;
  tasks: number;
  containerInstances: number;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function DeleteClusterDialog({ cluster, blockers }: { cluster: string; blockers: DeleteClusterBlockers }) {
  const [state, formAction, pending] = useActionState(deleteCluster, idleState);
  const denied = useDenied('admin');
  const blocking = [
    blockers.services > 0 && `${plural(blockers.services, 'active service')} (delete them, or scale them to 0 and delete)`,
    blockers.tasks > 0 && `${plural(blockers.tasks, 'running or pending task')} (stop them)`,
    blockers.containerInstances > 0 &&
      `${plural(blockers.containerInstances, 'registered container instance')} (deregister them)`,
  ].filter((x): x is string => typeof x === 'string');
  return (
    <ConfirmDialog
      triggerDisabledReason={denied}
      triggerLabel="Delete cluster"
      title={`Delete cluster ${cluster}?`}
      confirmText={cluster}
      formAction={formAction}
      pending={pending}
      error={errorMessage(state)}
      fields={{ cluster }}
    >
      <p>Deleting the cluster is permanent. Its capacity provider associations and tags are removed with it.</p>
      {blocking.length > 0 ? (
        <Alert type="warning" title="This cluster still has resources">
          <p>ECS refuses to delete a cluster that still has:</p>
          <ul className="mt-1 list-disc pl-5">
            {blocking.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        <p>Services, tasks and container instances block deletion; this cluster has none right now.</p>
      )}
    </ConfirmDialog>
  );
}
