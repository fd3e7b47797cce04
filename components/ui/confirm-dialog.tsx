'use client';
// Typed confirmation for destructive actions: the Delete button stays disabled until the user types the exact
// resource name. Submits a server action (with `fields` as hidden inputs and the typed text as `confirmation`); its error state is shown in the dialog,
// so ECS's refusal (e.g. ClusterContainsServicesException) is never swallowed. On success the action redirects.
import { type ReactNode, useActionState, useState } from 'react';
import { type ActionState, idleState } from '@/lib/actions/state';
import { Alert } from './alert';
import { Button, type ButtonVariant } from './button';
import { Dialog } from './dialog';
import { TypedConfirmation } from './typed-confirmation';

export function ConfirmDialog({
  triggerLabel,
  triggerVariant = 'normal',
  title,
  children,
  confirmText,
  confirmLabel = 'Delete',
  pendingLabel = 'Deleting…',
  action,
  fields,
}: {
  triggerLabel: string;
  triggerVariant?: ButtonVariant;
  title: string;
  /** What will happen and what still blocks it. */
  children?: ReactNode;
  /** The text the user must type, usually the resource name. */
  confirmText: string;
  confirmLabel?: string;
  /** Shown on the confirm button while the action runs. */
  pendingLabel?: string;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
}) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [state, formAction, pending] = useActionState(action, idleState);
  const close = () => {
    setOpen(false);
    setTyped('');
  };
  const formId = `confirm-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <>
      <Button variant={triggerVariant} onClick={() => setOpen(true)}>
        {triggerLabel}
      </Button>
      <Dialog
        open={open}
        onClose={close}
        title={title}
        footer={
          <>
            <Button variant="link" onClick={close}>
              Cancel
            </Button>
            <Button variant="danger" type="submit" form={formId} disabled={typed !== confirmText || pending}>
              {pending ? pendingLabel : confirmLabel}
            </Button>
          </>
        }
      >
        {children}
        {state.status === 'error' && (
          <Alert type="error" title="The request was refused">
            {state.message}
          </Alert>
        )}
        <form id={formId} action={formAction} className="space-y-1">
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <TypedConfirmation id={`${formId}-input`} text={confirmText} value={typed} onChange={setTyped} />
        </form>
      </Dialog>
    </>
  );
}
