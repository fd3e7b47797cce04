'use client';
// "Stop" for one or more tasks: typed confirmation (`stop`, as in the AWS console), an optional reason that
// ECS records as the stopped reason, and ECS's refusal shown in the dialog. On success the live views refetch.
import { useQueryClient } from '@tanstack/react-query';
import { useActionState, useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { TypedConfirmation } from '@/components/ui/typed-confirmation';
import { type ActionState, fieldError, idleState } from '@/lib/actions/state';
import { stopTasks } from '@/lib/actions/tasks';
import { queryKeys } from '@/lib/query/keys';

export function StopTasksDialog({
  cluster,
  taskIds,
  onStopped,
  variant = 'normal',
}: {
  cluster: string;
  taskIds: readonly string[];
  onStopped?: () => void;
  variant?: 'normal' | 'danger';
}) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [state, formAction, pending] = useActionState(stopTasks, idleState);
  const queryClient = useQueryClient();
  const handled = useRef<ActionState>(idleState);
  useEffect(() => {
    if (state.status !== 'success' || handled.current === state) return;
    handled.current = state;
    setOpen(false);
    setTyped('');
    queryClient.invalidateQueries({ queryKey: queryKeys.cluster(cluster) });
    onStopped?.();
  }, [state, cluster, queryClient, onStopped]);
  const many = taskIds.length > 1;
  return (
    <>
      <Button variant={variant} disabled={taskIds.length === 0} onClick={() => setOpen(true)}>
        Stop
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={many ? `Stop ${taskIds.length} tasks?` : 'Stop task?'}
        footer={
          <>
            <Button variant="link" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button variant="danger" type="submit" form="stop-tasks-form" disabled={typed !== 'stop' || pending}>
              {pending ? 'Stopping…' : 'Stop'}
            </Button>
          </>
        }
      >
        <p>
          Stopping {many ? 'these tasks' : 'this task'} sends SIGTERM to {many ? 'their' : 'its'} containers. A task that belongs
          to a service is replaced by the service scheduler.
        </p>
        <ul className="list-disc pl-5 font-mono text-xs">
          {taskIds.map((id) => (
            <li key={id}>{id}</li>
          ))}
        </ul>
        {state.status === 'error' && (
          <Alert type="error" title="The request was refused">
            {state.message}
          </Alert>
        )}
        <form id="stop-tasks-form" action={formAction} className="space-y-3">
          <input type="hidden" name="cluster" value={cluster} />
          {taskIds.map((id, i) => (
            <input key={id} type="hidden" name={`tasks.${i}`} value={id} />
          ))}
          <TextField
            id="stop-reason"
            name="reason"
            label="Reason for stopping - optional"
            constraint="Shown as the stopped reason of the task."
            maxLength={255}
            error={fieldError(state, 'reason')}
          />
          <TypedConfirmation id="stop-confirmation" text="stop" value={typed} onChange={setTyped} />
        </form>
      </Dialog>
    </>
  );
}
