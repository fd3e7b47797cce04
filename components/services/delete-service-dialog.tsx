'use client';
// "Delete service": Force delete (scales to 0 first), typed confirmation `delete` as in the AWS console, and
// ECS's refusal (e.g. a service that still has desired tasks without force) shown in the dialog.
import { useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Checkbox } from '@/components/ui/checkbox';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { errorMessage, idleState } from '@/lib/actions/action-state';
import { deleteService } from '@/lib/actions/services';
import { useDenied } from '@/lib/auth/viewer-context';

export function DeleteServiceDialog({ cluster, service, desired }: { cluster: string; service: string; desired: number }) {
  const [force, setForce] = useState(desired > 0);
  const [state, formAction, pending] = useActionState(deleteService, idleState);
  const denied = useDenied('admin');
  return (
    <ConfirmDialog
      triggerDisabledReason={denied}
      triggerLabel="Delete service"
      title={`Delete ${service}?`}
      confirmText="delete"
      prompt="To confirm deletion"
      formAction={formAction}
      pending={pending}
      error={errorMessage(state)}
      errorTitle="The service could not be deleted"
      fields={{ cluster, service }}
      formFields={
        <Checkbox
          id="delete-force"
          name="force"
          checked={force}
          onChange={(e) => setForce(e.target.checked)}
          label="Force delete"
          description="Scales the service to 0 tasks, then deletes it."
        />
      }
    >
      <p>
        Deleting the service stops its tasks. The service is shown as Draining until all of them have stopped, then it is gone.
      </p>
      {desired > 0 && !force && (
        <Alert type="warning">
          The service has {desired} desired tasks. ECS deletes only a service scaled to 0: choose Force delete, or scale it to 0
          first.
        </Alert>
      )}
    </ConfirmDialog>
  );
}
