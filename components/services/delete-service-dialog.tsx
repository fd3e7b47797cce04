'use client';
// "Delete service": Force delete (scales to 0 first), typed confirmation `delete` as in the AWS console, and
// ECS's refusal (e.g. a service that still has desired tasks without force) shown in the dialog.
import { useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Dialog } from '@/components/ui/dialog';
import { TypedConfirmation } from '@/components/ui/typed-confirmation';
import { deleteService } from '@/lib/actions/services';
import { idleState } from '@/lib/actions/state';

export function DeleteServiceDialog({ cluster, service, desired }: { cluster: string; service: string; desired: number }) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [force, setForce] = useState(desired > 0);
  const [state, formAction, pending] = useActionState(deleteService, idleState);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Delete service</Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={`Delete ${service}?`}
        footer={
          <>
            <Button variant="link" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button variant="danger" type="submit" form="delete-service-form" disabled={typed !== 'delete' || pending}>
              {pending ? 'Deleting…' : 'Delete'}
            </Button>
          </>
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
        {state.status === 'error' && (
          <Alert type="error" title="The service could not be deleted">
            {state.message}
          </Alert>
        )}
        <form id="delete-service-form" action={formAction} className="space-y-3">
          <input type="hidden" name="cluster" value={cluster} />
          <input type="hidden" name="service" value={service} />
          <Checkbox
            id="delete-force"
            name="force"
            checked={force}
            onChange={(e) => setForce(e.target.checked)}
            label="Force delete"
            description="Scales the service to 0 tasks, then deletes it."
          />
          <TypedConfirmation
            id="delete-confirmation"
            prompt="To confirm deletion"
            text="delete"
            value={typed}
            onChange={setTyped}
          />
        </form>
      </Dialog>
    </>
  );
}
