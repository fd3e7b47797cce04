'use client';
// Task page: scale-in protection of a service task. A protected task is not stopped by the service's scale-in or
// deployments until its protection period ends. Shown only for running tasks of a service; polls while shown.
import { useQueryClient } from '@tanstack/react-query';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DateTime } from '@/components/ui/date-time';
import { TextField } from '@/components/ui/field';
import { Panel } from '@/components/ui/panel';
import { useActionSuccess } from '@/components/ui/use-action-success';
import { fieldError, idleState } from '@/lib/actions/action-state';
import { updateTaskProtection } from '@/lib/actions/task-protection';
import type { TaskProtectionView } from '@/lib/ecs/task-protection';
import { apiPaths } from '@/lib/paths';
import { queryKeys } from '@/lib/query/keys';
import { usePollingQuery } from '@/lib/query/use-polling-query';
import { PROTECTION_MAX_MINUTES } from '@/lib/schemas/task-protection';
import { useTask } from './use-task';

function ProtectionPanel({ cluster, id }: { cluster: string; id: string }) {
  const key = queryKeys.taskProtection(cluster, id);
  const query = usePollingQuery<TaskProtectionView>(key, apiPaths.taskProtection(cluster, id));
  const [state, formAction, pending] = useActionState(updateTaskProtection, idleState);
  const queryClient = useQueryClient();
  useActionSuccess(state, () => queryClient.invalidateQueries({ queryKey: key }));
  const p = query.data;
  return (
    <Panel title="Scale-in protection" description="A protected task is not stopped by scale-in or deployments of its service.">
      <form action={formAction} className="space-y-3">
        <input type="hidden" name="cluster" value={cluster} />
        <input type="hidden" name="task" value={id} />
        {state.status === 'success' && <Alert type="success">{state.message}</Alert>}
        {state.status === 'error' && <Alert type="error">{state.message}</Alert>}
        <p className="text-sm">
          {p?.protectionEnabled ? (
            <>
              Protected until <DateTime iso={p.expiresAt} />.
            </>
          ) : (
            (p?.failure ?? 'Not protected.')
          )}
        </p>
        <div className="flex flex-wrap items-end gap-3">
          <TextField
            id="expiresInMinutes"
            name="expiresInMinutes"
            type="number"
            min={1}
            max={PROTECTION_MAX_MINUTES}
            defaultValue="120"
            label="Protection period (minutes)"
            error={fieldError(state, 'expiresInMinutes')}
            className="w-56"
          />
          <Button type="submit" name="protectionEnabled" value="true" variant="primary" disabled={pending}>
            {p?.protectionEnabled ? 'Extend protection' : 'Turn on protection'}
          </Button>
          {p?.protectionEnabled && (
            <Button type="submit" name="protectionEnabled" value="false" disabled={pending}>
              Turn off protection
            </Button>
          )}
        </div>
      </form>
    </Panel>
  );
}

export function TaskProtection({ cluster, id }: { cluster: string; id: string }) {
  const { data } = useTask(cluster, id);
  if (!data?.group?.startsWith('service:') || data.desiredStatus !== 'RUNNING') return null;
  return <ProtectionPanel cluster={cluster} id={id} />;
}
