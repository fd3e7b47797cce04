'use client';
// Deployments tab: the service's current deployment (ServiceDeployment) with its lifecycle stage, the
// lifecycle hooks that wait for an answer (Continue / Roll back), and Roll back / Stop deployment while it is
// in progress. Polls only while the tab is on screen.
import { useQueryClient } from '@tanstack/react-query';
import { useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { StatusBadge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DateTime } from '@/components/ui/date-time';
import { KeyValueGrid } from '@/components/ui/key-value';
import { Panel } from '@/components/ui/panel';
import { useActionSuccess } from '@/components/ui/use-action-success';
import { errorMessage, idleState } from '@/lib/actions/action-state';
import { continueServiceDeployment, stopServiceDeployment } from '@/lib/actions/service-deployments';
import { type LifecycleHookView, type ServiceDeploymentView, stageLabel } from '@/lib/ecs/service-deployment-view';
import { apiPaths } from '@/lib/paths';
import { queryKeys } from '@/lib/query/keys';
import { usePollingQuery } from '@/lib/query/use-polling-query';

type Ref = { cluster: string; service: string };

function useRefresh({ cluster, service }: Ref) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.service(cluster, service) });
}

function StopDialog({
  at,
  deployment,
  stopType,
}: {
  at: Ref;
  deployment: ServiceDeploymentView;
  stopType: 'ROLLBACK' | 'ABORT';
}) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(stopServiceDeployment, idleState);
  const refresh = useRefresh(at);
  useActionSuccess(state, () => {
    setOpen(false);
    refresh();
  });
  const rollback = stopType === 'ROLLBACK';
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      triggerLabel={rollback ? 'Roll back' : 'Stop deployment'}
      title={rollback ? 'Roll back the deployment?' : 'Stop the deployment?'}
      confirmText={rollback ? 'rollback' : 'stop'}
      confirmLabel={rollback ? 'Roll back' : 'Stop deployment'}
      pendingLabel={rollback ? 'Rolling back…' : 'Stopping…'}
      formAction={formAction}
      pending={pending}
      error={errorMessage(state)}
      errorTitle="The deployment could not be stopped"
      fields={{ ...at, serviceDeploymentArn: deployment.arn, stopType }}
    >
      <p>
        {rollback
          ? 'ECS stops this deployment and goes back to the previous service revision: its tasks replace the new ones.'
          : 'ECS stops this deployment where it is: it launches no more tasks, and the tasks of both revisions keep running.'}
      </p>
    </ConfirmDialog>
  );
}

function HookAnswer({ at, deployment, hook }: { at: Ref; deployment: ServiceDeploymentView; hook: LifecycleHookView }) {
  const [state, formAction, pending] = useActionState(continueServiceDeployment, idleState);
  useActionSuccess(state, useRefresh(at));
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      {Object.entries({ ...at, serviceDeploymentArn: deployment.arn, hookId: hook.hookId }).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <span className="text-sm">
        Lifecycle hook <span className="font-mono text-xs">{hook.hookId}</span> waits
        {hook.expiresAt ? (
          <>
            {' '}
            until <DateTime iso={hook.expiresAt} />
          </>
        ) : null}
        .
      </span>
      <Button type="submit" name="action" value="CONTINUE" variant="primary" disabled={pending}>
        Continue
      </Button>
      <Button type="submit" name="action" value="ROLLBACK" disabled={pending}>
        Roll back
      </Button>
      {state.status === 'error' && <Alert type="error">{state.message}</Alert>}
    </form>
  );
}

export function CurrentDeployment({ cluster, service }: Ref) {
  const at = { cluster, service };
  const query = usePollingQuery<ServiceDeploymentView | null>(
    queryKeys.serviceDeployment(cluster, service),
    apiPaths.serviceDeployment(cluster, service),
  );
  const d = query.data;
  if (!d) return null;
  const waiting = d.hooks.filter((h) => h.status === 'AWAITING_ACTION');
  return (
    <Panel
      title="Current deployment"
      description="The service's latest service deployment."
      actions={
        d.inProgress ? (
          <div className="flex gap-2">
            <StopDialog at={at} deployment={d} stopType="ROLLBACK" />
            <StopDialog at={at} deployment={d} stopType="ABORT" />
          </div>
        ) : undefined
      }
    >
      <div className="space-y-4">
        <KeyValueGrid
          items={[
            { label: 'Service deployment', value: <span className="font-mono text-xs">{d.arn.split('/').pop()}</span> },
            { label: 'Status', value: <StatusBadge status={d.status} /> },
            { label: 'Deployment strategy', value: d.strategy === 'ROLLING' ? 'Rolling update' : d.strategy },
            { label: 'Lifecycle stage', value: stageLabel(d.lifecycleStage) },
            { label: 'Started at', value: <DateTime iso={d.startedAt} /> },
            { label: 'Status reason', value: d.statusReason ?? d.rollbackReason ?? '-' },
          ]}
        />
        {waiting.map((hook) => (
          <HookAnswer key={hook.hookId} at={at} deployment={d} hook={hook} />
        ))}
      </div>
    </Panel>
  );
}
