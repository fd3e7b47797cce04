'use client';
// The capacity provider page: its Auto Scaling group and scaling settings, Update (UpdateCapacityProvider) and
// Delete (removed from the cluster, then DeleteCapacityProvider; typed confirmation with the provider's name).
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { KeyValueGrid } from '@/components/ui/key-value';
import { Panel } from '@/components/ui/panel';
import { errorMessage, idleState } from '@/lib/actions/action-state';
import { deleteCapacityProvider, updateCapacityProvider } from '@/lib/actions/capacity-providers';
import type { CapacityProviderView } from '@/lib/ecs/capacity-provider-view';
import { ScalingFields } from './scaling-fields';

export function DeleteCapacityProviderDialog({ cluster, name }: { cluster: string; name: string }) {
  const [state, formAction, pending] = useActionState(deleteCapacityProvider, idleState);
  return (
    <ConfirmDialog
      triggerLabel="Delete"
      title={`Delete ${name}?`}
      confirmText={name}
      formAction={formAction}
      pending={pending}
      error={errorMessage(state)}
      errorTitle="The capacity provider could not be deleted"
      fields={{ cluster, name }}
    >
      <p>
        The capacity provider is removed from cluster {cluster} and deleted. ECS refuses while a service&apos;s capacity provider
        strategy or running tasks use it. Its Auto Scaling group and instances are left as they are.
      </p>
    </ConfirmDialog>
  );
}

export function CapacityProviderSettings({ cluster, provider }: { cluster: string; provider: CapacityProviderView }) {
  const [state, formAction, pending] = useActionState(updateCapacityProvider, idleState);
  const group = provider.group;
  return (
    <div className="space-y-5">
      <Panel title="Auto Scaling group">
        <KeyValueGrid
          items={[
            { label: 'Auto Scaling group', value: provider.autoScalingGroup },
            { label: 'Status', value: provider.status },
            { label: 'Instance type', value: group?.instanceType },
            { label: 'Minimum capacity', value: group?.minSize },
            { label: 'Desired capacity', value: group?.desiredCapacity },
            { label: 'Maximum capacity', value: group?.maxSize },
          ]}
        />
      </Panel>
      <Panel title="Scaling" description="Changes apply to the group at once.">
        <form action={formAction} className="space-y-4">
          <input type="hidden" name="cluster" value={cluster} />
          <input type="hidden" name="name" value={provider.name} />
          {state.status === 'success' && <Alert type="success">{state.message}</Alert>}
          {state.status === 'error' && (
            <Alert type="error" title="The capacity provider could not be updated">
              {state.message}
            </Alert>
          )}
          <ScalingFields
            state={state}
            defaults={{
              managedScaling: provider.managedScaling,
              targetCapacity: provider.targetCapacity ?? 100,
              managedTerminationProtection: provider.managedTerminationProtection,
              managedDraining: provider.managedDraining,
            }}
          />
          <Button type="submit" variant="primary" disabled={pending}>
            {pending ? 'Updating…' : 'Update'}
          </Button>
        </form>
      </Panel>
    </div>
  );
}
