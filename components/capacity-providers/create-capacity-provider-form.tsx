'use client';
// "Create capacity provider": an Auto Scaling group capacity provider for the cluster: its group (name or ARN),
// the group's instance type and size, managed scaling. On the local engine the group is simulated from these.
import { useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, ButtonLink } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Panel } from '@/components/ui/panel';
import { SelectField } from '@/components/ui/select';
import { fieldError, idleState, submittedValue } from '@/lib/actions/action-state';
import { createCapacityProvider } from '@/lib/actions/capacity-providers';
import { capacityProviderNameError, INSTANCE_TYPES } from '@/lib/ecs-rules';
import { paths } from '@/lib/paths';
import { SCALING_DEFAULTS, ScalingFields } from './scaling-fields';

export function CreateCapacityProviderForm({ cluster }: { cluster: string }) {
  const [state, formAction, pending] = useActionState(createCapacityProvider, idleState);
  const [name, setName] = useState(submittedValue(state, 'name'));
  const typedError = name ? capacityProviderNameError(name) : undefined;
  const size = (id: 'minSize' | 'desiredCapacity' | 'maxSize', label: string, fallback: number) => (
    <TextField
      id={id}
      name={id}
      type="number"
      min={0}
      max={100}
      label={label}
      defaultValue={submittedValue(state, id, String(fallback))}
      error={fieldError(state, id)}
    />
  );
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="cluster" value={cluster} />
      {state.status === 'error' && (
        <Alert type="error" title="The capacity provider could not be created">
          {state.message}
        </Alert>
      )}
      <Panel title="Capacity provider details">
        <div className="grid max-w-2xl gap-4 sm:grid-cols-2">
          <TextField
            id="name"
            name="name"
            label="Capacity provider name"
            constraint="Up to 255 letters, numbers, hyphens and underscores; it cannot begin with aws, ecs or fargate."
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={typedError ?? fieldError(state, 'name')}
            autoComplete="off"
          />
          <TextField
            id="autoScalingGroup"
            name="autoScalingGroup"
            label="Auto Scaling group"
            description="The group's name or ARN."
            defaultValue={submittedValue(state, 'autoScalingGroup', name ? `${name}-asg` : '')}
            key={name ? 'named' : 'empty'}
            error={fieldError(state, 'autoScalingGroup')}
          />
        </div>
      </Panel>
      <Panel
        title="Auto Scaling group"
        description="The local engine simulates the group with this instance type and size (as ecs-local.* tags on the capacity provider)."
      >
        <div className="grid max-w-2xl gap-4 sm:grid-cols-4">
          <SelectField
            id="instanceType"
            name="instanceType"
            label="Instance type"
            defaultValue={submittedValue(state, 'instanceType', 't3.medium')}
            options={Object.entries(INSTANCE_TYPES).map(([type, f]) => ({
              value: type,
              label: `${type} (${f.vcpu} vCPU, ${Math.round((f.memory + 256) / 1024)} GiB)`,
            }))}
          />
          {size('minSize', 'Minimum capacity', 0)}
          {size('desiredCapacity', 'Desired capacity', 0)}
          {size('maxSize', 'Maximum capacity', 10)}
        </div>
      </Panel>
      <Panel title="Scaling">
        <ScalingFields state={state} defaults={SCALING_DEFAULTS} />
      </Panel>
      <div className="flex justify-end gap-2">
        <ButtonLink href={paths.clusterTab(cluster, 'infrastructure')} variant="link">
          Cancel
        </ButtonLink>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? 'Creating…' : 'Create'}
        </Button>
      </div>
    </form>
  );
}
