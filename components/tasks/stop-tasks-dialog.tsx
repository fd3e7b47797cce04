'use client';
// "Stop" for one or more tasks: typed confirmation (`stop`, as in the AWS console), an optional reason that
// ECS records as the stopped reason, and ECS's refusal shown in the dialog. On success the live views refetch.
import { useQueryClient } from '@tanstack/react-query';
import { useActionState, useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { TextField } from '@/components/ui/field';
import { type ActionState, errorMessage, fieldError, idleState } from '@/lib/actions/action-state';
import { stopTasks } from '@/lib/actions/tasks';
import { useDenied } from '@/lib/auth/viewer-context';
import { queryKeys } from '@/lib/query/keys';

export function StopTasksDialog({
  cluster,
  taskIds,
  onStopped,
  variant = 'normal',
  onClose,
}: {
  cluster: string;
  taskIds: readonly string[];
  onStopped?: () => void;
  variant?: 'normal' | 'danger';
  /** Opened by the caller without a trigger button (the command palette), and told when it closes. */
  onClose?: () => void;
}) {
  const [open, setOwnOpen] = useState(onClose !== undefined);
  const setOpen = (next: boolean) => {
    setOwnOpen(next);
    if (!next) onClose?.();
  };
  const [state, formAction, pending] = useActionState(stopTasks, idleState);
  const denied = useDenied('operator');
  const queryClient = useQueryClient();
  const handled = useRef<ActionState>(idleState);
  useEffect(() => {
    if (state.status !== 'success' || handled.current === state) return;
    handled.current = state;
    setOwnOpen(false);
    onClose?.();
    queryClient.invalidateQueries({ queryKey: queryKeys.cluster(cluster) });
    onStopped?.();
  }, [state, cluster, queryClient, onStopped, onClose]);
  const many = taskIds.length > 1;
  return (
    <ConfirmDialog
      triggerDisabledReason={denied}
      hideTrigger={onClose !== undefined}
      open={open}
      onOpenChange={setOpen}
      triggerLabel="Stop"
      triggerVariant={variant}
      triggerDisabled={taskIds.length === 0}
      title={many ? `Stop ${taskIds.length} tasks?` : 'Stop task?'}
      confirmText="stop"
      confirmLabel="Stop"
      pendingLabel="Stopping…"
      formAction={formAction}
      pending={pending}
      error={errorMessage(state)}
      fields={{ cluster, ...Object.fromEntries(taskIds.map((id, i) => [`tasks.${i}`, id])) }}
      formFields={
        <TextField
          id="stop-reason"
          name="reason"
          label="Reason for stopping - optional"
          constraint="Shown as the stopped reason of the task."
          maxLength={255}
          error={fieldError(state, 'reason')}
        />
      }
    >
      <p>
        Stopping {many ? 'these tasks' : 'this task'} sends SIGTERM to {many ? 'their' : 'its'} containers. A task that belongs to
        a service is replaced by the service scheduler.
      </p>
      <ul className="list-disc pl-5 font-mono text-xs">
        {taskIds.map((id) => (
          <li key={id}>{id}</li>
        ))}
      </ul>
    </ConfirmDialog>
  );
}
