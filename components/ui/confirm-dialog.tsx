'use client';
// Typed confirmation for destructive actions: the confirm button stays disabled until the user types `confirmText`
// (`delete`, `stop` or the resource name). The dialog's form posts to `formAction` with `fields` as hidden inputs,
// `formFields` above the typed text and the typed text as `confirmation`. The caller owns the action's state and
// passes `pending` and the `error` to show, so a refusal (e.g. ClusterContainsServicesException) is never swallowed.
import { type ReactNode, useState } from 'react';
import { Alert } from './alert';
import { Button, type ButtonVariant } from './button';
import { Dialog } from './dialog';
import { TypedConfirmation } from './typed-confirmation';

export function ConfirmDialog({
  triggerLabel,
  triggerVariant = 'normal',
  triggerDisabled,
  triggerDisabledReason,
  title,
  children,
  confirmText,
  prompt,
  confirmLabel = 'Delete',
  pendingLabel = 'Deleting…',
  formAction,
  pending,
  error,
  errorTitle = 'The request was refused',
  fields = {},
  formFields,
  open: controlledOpen,
  onOpenChange,
  hideTrigger,
}: {
  triggerLabel: string;
  triggerVariant?: ButtonVariant;
  triggerDisabled?: boolean;
  /** Disables the trigger and says why (e.g. the role cannot do this). */
  triggerDisabledReason?: string;
  title: string;
  /** What will happen and what still blocks it. */
  children?: ReactNode;
  /** The text the user must type, usually the resource name. */
  confirmText: string;
  /** The start of the typed confirmation's label ("To confirm"). */
  prompt?: string;
  confirmLabel?: string;
  /** Shown on the confirm button while the action runs. */
  pendingLabel?: string;
  formAction: (formData: FormData) => void;
  pending: boolean;
  /** The refusal to show, from the action's last answer. */
  error?: string;
  errorTitle?: string;
  fields?: Record<string, string>;
  /** Inputs the user fills in besides the confirmation (a reason, an option). */
  formFields?: ReactNode;
  /** Controlled open state, for a caller that closes the dialog itself (e.g. after a success without redirect). */
  open?: boolean;
  /** No trigger button: the caller opens the dialog (e.g. from the command palette). */
  hideTrigger?: boolean;
  onOpenChange?: (open: boolean) => void;
}) {
  const [ownOpen, setOwnOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const open = controlledOpen ?? ownOpen;
  const setOpen = (next: boolean) => {
    if (next) setTyped('');
    setOwnOpen(next);
    onOpenChange?.(next);
  };
  const formId = `confirm-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <>
      {!hideTrigger && (
        <Button
          variant={triggerVariant}
          disabled={triggerDisabled}
          disabledReason={triggerDisabledReason}
          onClick={() => setOpen(true)}
        >
          {triggerLabel}
        </Button>
      )}
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={title}
        footer={
          <>
            <Button variant="link" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button variant="danger" type="submit" form={formId} disabled={typed !== confirmText || pending}>
              {pending ? pendingLabel : confirmLabel}
            </Button>
          </>
        }
      >
        {children}
        {error !== undefined && (
          <Alert type="error" title={errorTitle}>
            {error}
          </Alert>
        )}
        <form id={formId} action={formAction} className={formFields ? 'space-y-3' : 'space-y-1'}>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {formFields}
          <TypedConfirmation id={`${formId}-input`} prompt={prompt} text={confirmText} value={typed} onChange={setTyped} />
        </form>
      </Dialog>
    </>
  );
}
