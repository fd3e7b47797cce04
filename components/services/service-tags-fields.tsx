'use client';
// "Turn on Amazon ECS managed tags" and "Propagate tags from" for Create service.
import { Checkbox } from '@/components/ui/checkbox';
import { SelectField } from '@/components/ui/select';
import { type ActionState, submittedValue } from '@/lib/actions/action-state';

export function ServiceTagsFields({ state, managedTagsDefault }: { state: ActionState; managedTagsDefault: boolean }) {
  return (
    <div className="grid max-w-3xl gap-4 sm:grid-cols-2">
      <Checkbox
        id="enableECSManagedTags"
        name="enableECSManagedTags"
        defaultChecked={managedTagsDefault}
        label="Turn on Amazon ECS managed tags"
        description="Tags tasks with the cluster and service names."
      />
      <SelectField
        id="propagateTags"
        name="propagateTags"
        label="Propagate tags from"
        defaultValue={submittedValue(state, 'propagateTags', 'NONE')}
        options={[
          { value: 'NONE', label: 'Do not propagate' },
          { value: 'SERVICE', label: 'Service' },
          { value: 'TASK_DEFINITION', label: 'Task definitions' },
        ]}
      />
    </div>
  );
}
