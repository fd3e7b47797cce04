'use client';
// "Update service" from a task definition revision: the services that run this family, in any cluster; the chosen
// one is updated to this revision in one step (UpdateService with only the task definition), then its page opens.
import { useActionState, useState } from 'react';
import { PermittedButton } from '@/components/shell/permitted';
import { Alert } from '@/components/ui/alert';
import { SelectField } from '@/components/ui/select';
import { errorMessage, idleState } from '@/lib/actions/action-state';
import { updateServiceRevision } from '@/lib/actions/services';
import type { FamilyServiceRow } from '@/lib/ecs/services';

const keyOf = (s: FamilyServiceRow) => `${s.cluster}/${s.service}`;

export function UpdateFromRevision({
  services,
  familyRevision,
}: {
  services: readonly FamilyServiceRow[];
  familyRevision: string;
}) {
  const [state, formAction, pending] = useActionState(updateServiceRevision, idleState);
  const [chosen, setChosen] = useState(services[0] ? keyOf(services[0]) : '');
  const service = services.find((s) => keyOf(s) === chosen);
  const family = familyRevision.slice(0, familyRevision.lastIndexOf(':'));
  if (services.length === 0)
    return <p className="text-sm">No service runs a revision of {family} in this Region. Create one with Create service.</p>;
  const error = errorMessage(state);
  return (
    <form action={formAction} className="space-y-4">
      {error && (
        <Alert type="error" title="The service could not be updated">
          {error}
        </Alert>
      )}
      <SelectField
        id="update-service-choice"
        label="Service"
        description={`Services running a revision of ${family}. The chosen one is updated to ${familyRevision}; its other settings stay.`}
        value={chosen}
        onChange={(e) => setChosen(e.target.value)}
        options={services.map((s) => ({
          value: keyOf(s),
          label: `${s.service} (cluster ${s.cluster}, running ${s.taskDefinition})`,
        }))}
        className="max-w-xl"
      />
      <input type="hidden" name="cluster" value={service?.cluster ?? ''} />
      <input type="hidden" name="service" value={service?.service ?? ''} />
      <input type="hidden" name="taskDefinition" value={familyRevision} />
      <PermittedButton
        needs="operator"
        type="submit"
        variant="primary"
        disabled={pending || !service || service.taskDefinition === familyRevision}
        title={service?.taskDefinition === familyRevision ? `${service.service} already runs ${familyRevision}.` : undefined}
      >
        {pending ? 'Updating…' : 'Update service'}
      </PermittedButton>
    </form>
  );
}
