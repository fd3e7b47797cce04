'use client';
// Networking for awsvpc task definitions: subnets, security groups (typed as IDs: the ECS API offers no way to
// list them) and Public IP. For other network modes it says why there is nothing to set.
import { Checkbox } from '@/components/ui/checkbox';
import { TextField } from '@/components/ui/field';
import { type ActionState, fieldError, submittedValue } from '@/lib/actions/action-state';
import type { TaskDefinitionFacts } from '@/lib/ecs/launch-options';

/** A checkbox's state after a failed submit (absent = unchecked), else its default. */
export function checkedAfter(state: ActionState, name: string, fallback: boolean): boolean {
  return state.status === 'error' && state.values ? submittedValue(state, name) === 'on' : fallback;
}

export function NetworkingFields({ td, state }: { td?: TaskDefinitionFacts; state: ActionState }) {
  if (!td) return null;
  if (td.networkMode !== 'awsvpc')
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {td.familyRevision} uses the <strong>{td.networkMode}</strong> network mode: tasks use the host's network, so subnets,
        security groups and public IP do not apply. They are only for the awsvpc network mode.
      </p>
    );
  return (
    <div className="space-y-4">
      <TextField
        id="subnets"
        name="subnets"
        label="Subnets"
        description="Subnet IDs, separated by commas. The target offers no way to list them here, so type them."
        placeholder="subnet-0123456789abcdef0, subnet-…"
        defaultValue={submittedValue(state, 'subnets')}
        error={fieldError(state, 'subnets')}
      />
      <TextField
        id="securityGroups"
        name="securityGroups"
        label="Security groups"
        description="Security group IDs, separated by commas. Leave empty to use the VPC's default security group."
        placeholder="sg-0123456789abcdef0"
        defaultValue={submittedValue(state, 'securityGroups')}
        error={fieldError(state, 'securityGroups')}
      />
      <Checkbox
        id="assignPublicIp"
        name="assignPublicIp"
        defaultChecked={checkedAfter(state, 'assignPublicIp', true)}
        label="Public IP"
        description="Assign a public IP address to the task's elastic network interface."
      />
    </div>
  );
}
