'use client';
// Infrastructure tab actions on the selected container instance: Drain (UpdateContainerInstancesState DRAINING;
// "Set to active" undoes it) and Deregister (typed confirmation, with force for an instance that still has tasks).
// Results show inline; the live table refetches.
import { useQueryClient } from '@tanstack/react-query';
import { useActionState, useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { type ActionState, errorMessage, idleState } from '@/lib/actions/action-state';
import { deregisterContainerInstance, updateContainerInstanceState } from '@/lib/actions/container-instances';
import type { ContainerInstanceRow } from '@/lib/ecs/clusters';
import { queryKeys } from '@/lib/query/keys';
import { DEREGISTER_CONFIRMATION } from '@/lib/schemas/container-instance';

/** Refetches the cluster's live views once per new successful answer. */
function useRefetchOnSuccess(cluster: string, state: ActionState, then?: () => void) {
  const queryClient = useQueryClient();
  const handled = useRef<ActionState>(idleState);
  useEffect(() => {
    if (state.status !== 'success' || handled.current === state) return;
    handled.current = state;
    queryClient.invalidateQueries({ queryKey: queryKeys.cluster(cluster) });
    then?.();
  }, [state, cluster, queryClient, then]);
}

export function ContainerInstanceActions({ cluster, instance }: { cluster: string; instance?: ContainerInstanceRow }) {
  const [stateResult, stateAction, statePending] = useActionState(updateContainerInstanceState, idleState);
  const [deregisterResult, deregisterAction, deregisterPending] = useActionState(deregisterContainerInstance, idleState);
  const [open, setOpen] = useState(false);
  useRefetchOnSuccess(cluster, stateResult);
  useRefetchOnSuccess(cluster, deregisterResult, () => setOpen(false));
  const draining = instance?.status === 'DRAINING';
  const usable = instance !== undefined && instance.status !== 'INACTIVE';
  const live = instance ? instance.runningTasks + instance.pendingTasks : 0;
  // A deregistration ends the story; otherwise the last drain / activate answer (a refused deregistration shows in its dialog).
  const latest = deregisterResult.status === 'success' ? deregisterResult : stateResult;
  return (
    <>
      <form action={stateAction} className="contents">
        <input type="hidden" name="cluster" value={cluster} />
        <input type="hidden" name="containerInstance" value={instance?.arn ?? ''} />
        <input type="hidden" name="status" value={draining ? 'ACTIVE' : 'DRAINING'} />
        <Button type="submit" disabled={!usable || statePending}>
          {draining ? 'Set to active' : 'Drain'}
        </Button>
      </form>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        triggerLabel="Deregister"
        triggerDisabled={!usable}
        title={`Deregister container instance ${instance?.id ?? ''}?`}
        confirmText={DEREGISTER_CONFIRMATION}
        confirmLabel="Deregister"
        pendingLabel="Deregistering…"
        formAction={deregisterAction}
        pending={deregisterPending}
        error={errorMessage(deregisterResult)}
        fields={{ cluster, containerInstance: instance?.arn ?? '' }}
        formFields={
          live > 0 ? (
            <Checkbox
              id="deregister-force"
              name="force"
              label="Force deregistration"
              description={`The instance still has ${live} ${live === 1 ? 'task' : 'tasks'}. Without force, ECS refuses; with it, they are orphaned (an agent stops them) and services replace theirs.`}
            />
          ) : undefined
        }
      >
        <p>
          The instance leaves the cluster and takes no more tasks. Its agent, if one runs it, stops its containers and exits. To
          take tasks off it gently first, drain it.
        </p>
      </ConfirmDialog>
      {latest.status !== 'idle' && (
        <div className="basis-full">
          <Alert type={latest.status === 'success' ? 'success' : 'error'}>{latest.message}</Alert>
        </div>
      )}
    </>
  );
}
