'use client';
// Managed scaling, target capacity, managed termination protection and managed draining of an Auto Scaling group
// capacity provider, for the create and update forms. Names match lib/schemas/capacity-provider.ts.
import { useState } from 'react';
import { checkedAfter } from '@/components/services/networking-fields';
import { Checkbox, ChoiceGroup } from '@/components/ui/checkbox';
import { TextField } from '@/components/ui/field';
import { type ActionState, fieldError, submittedValue } from '@/lib/actions/action-state';

export interface ScalingDefaults {
  managedScaling: boolean;
  targetCapacity: number;
  managedTerminationProtection: boolean;
  managedDraining: boolean;
}

export const SCALING_DEFAULTS: ScalingDefaults = {
  managedScaling: true,
  targetCapacity: 100,
  managedTerminationProtection: true,
  managedDraining: true,
};

export function ScalingFields({ state, defaults }: { state: ActionState; defaults: ScalingDefaults }) {
  const [managed, setManaged] = useState(checkedAfter(state, 'managedScaling', defaults.managedScaling));
  return (
    <div className="space-y-4">
      <ChoiceGroup legend="Scaling" error={fieldError(state, 'managedTerminationProtection')}>
        <Checkbox
          id="managedScaling"
          name="managedScaling"
          checked={managed}
          onChange={(e) => setManaged(e.target.checked)}
          label="Turn on managed scaling"
          description="ECS scales the Auto Scaling group in and out for the tasks that use this capacity provider."
        />
        <Checkbox
          id="managedTerminationProtection"
          name="managedTerminationProtection"
          defaultChecked={checkedAfter(state, 'managedTerminationProtection', defaults.managedTerminationProtection)}
          label="Turn on managed termination protection"
          description="Instances that run tasks are not terminated when the group scales in. Needs managed scaling."
        />
        <Checkbox
          id="managedDraining"
          name="managedDraining"
          defaultChecked={checkedAfter(state, 'managedDraining', defaults.managedDraining)}
          label="Turn on managed draining"
          description="Instances leaving the group are drained first, so their service tasks move elsewhere."
        />
      </ChoiceGroup>
      {managed && (
        <TextField
          id="targetCapacity"
          name="targetCapacity"
          type="number"
          min={1}
          max={100}
          label="Target capacity %"
          description="How full the group's instances should be; below 100 keeps spare instances."
          defaultValue={submittedValue(state, 'targetCapacity', String(defaults.targetCapacity))}
          error={fieldError(state, 'targetCapacity')}
          className="max-w-48"
        />
      )}
    </div>
  );
}
