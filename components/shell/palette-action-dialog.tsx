'use client';
// The command palette's actions, loaded with it on first use: each opens the dialog the pages use, or one built on
// the same server action (lib/palette/actions.ts says which actions a resource has).
// - Scale: the service page's "Set desired tasks" form (scaleService), with the service's live counts.
// - Force new deployment: forceNewDeployment (UpdateService with only forceNewDeployment), then the service page.
// - Update to the latest revision: updateServiceRevision with the family's newest ACTIVE revision, then the service page.
// - Stop task: the tasks table's typed "stop" confirmation (stopTasks), then the task's page.
import { useRouter } from 'next/navigation';
import { useActionState } from 'react';
import { ScaleServiceForm } from '@/components/services/scale-service-form';
import { useService } from '@/components/services/use-service';
import { PermittedButton } from '@/components/shell/permitted';
import { StopTasksDialog } from '@/components/tasks/stop-tasks-dialog';
import { Alert } from '@/components/ui/alert';
import { Button, ButtonLink } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { errorMessage, idleState } from '@/lib/actions/action-state';
import { forceNewDeployment, updateServiceRevision } from '@/lib/actions/services';
import type { PaletteActionRequest } from '@/lib/palette/actions';
import { paths } from '@/lib/paths';

export default function PaletteActionDialog({ request, onClose }: { request: PaletteActionRequest; onClose: () => void }) {
  const router = useRouter();
  if (request.kind === 'stop-task')
    return (
      <StopTasksDialog
        cluster={request.cluster}
        taskIds={[request.name]}
        onClose={onClose}
        onStopped={() => router.push(paths.task(request.cluster, request.name))}
      />
    );
  if (request.kind === 'scale') return <ScaleDialog request={request} onClose={onClose} />;
  return <ServiceUpdateDialog request={request} onClose={onClose} />;
}

function ScaleDialog({ request, onClose }: { request: PaletteActionRequest; onClose: () => void }) {
  const { cluster, name } = request;
  const { data, error } = useService(cluster, name);
  return (
    <Dialog open onClose={onClose} title={`Scale service ${name}`}>
      <p>
        Sets the desired number of tasks of {name} in cluster {cluster}. The service scheduler starts or stops tasks to match.
      </p>
      {error && (
        <Alert type="error" title="The service could not be read">
          {error.message}
        </Alert>
      )}
      {data ? (
        <>
          <p>
            Running {data.running} of {data.desired} desired tasks ({data.pending} pending).
          </p>
          <ScaleServiceForm cluster={cluster} service={name} desired={data.desired} />
          <ButtonLink href={paths.service(cluster, name)} variant="link" onClick={onClose}>
            Open service {name}
          </ButtonLink>
        </>
      ) : (
        !error && <p role="status">Loading the service…</p>
      )}
    </Dialog>
  );
}

/** Force new deployment, or update to the latest revision: one UpdateService, then the service page and its flash. */
function ServiceUpdateDialog({ request, onClose }: { request: PaletteActionRequest; onClose: () => void }) {
  const latest = request.kind === 'update-to-latest';
  const [state, formAction, pending] = useActionState(latest ? updateServiceRevision : forceNewDeployment, idleState);
  const error = errorMessage(state);
  // The palette's index may be a little old: say what the service runs now.
  const running = useService(request.cluster, request.name).data?.taskDefinition ?? request.taskDefinition;
  const already = latest && running === request.latest;
  const title = latest ? `Update service ${request.name} to ${request.latest}` : `Force new deployment of ${request.name}`;
  return (
    <Dialog
      open
      onClose={onClose}
      title={title}
      footer={
        <>
          <Button variant="link" onClick={onClose}>
            Cancel
          </Button>
          <PermittedButton
            needs="operator"
            type="submit"
            form="palette-action-form"
            variant="primary"
            disabled={pending || already}
          >
            {pending ? 'Updating…' : latest ? 'Update service' : 'Force new deployment'}
          </PermittedButton>
        </>
      }
    >
      <p>
        {already
          ? `${request.name} in cluster ${request.cluster} already runs ${running}, the latest revision.`
          : latest
            ? `${request.name} in cluster ${request.cluster} runs ${running}. A new deployment replaces its tasks with tasks of ${request.latest}; its other settings stay.`
            : `A new deployment replaces every task of ${request.name} in cluster ${request.cluster} with a new one of the same task definition (${running}), for example to pick up a new image pushed under the same tag.`}
      </p>
      {error && (
        <Alert type="error" title="The service could not be updated">
          {error}
        </Alert>
      )}
      <form id="palette-action-form" action={formAction}>
        <input type="hidden" name="cluster" value={request.cluster} />
        <input type="hidden" name="service" value={request.name} />
        {latest && <input type="hidden" name="taskDefinition" value={request.latest} />}
      </form>
    </Dialog>
  );
}
