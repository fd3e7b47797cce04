'use client';
// Container instance page: its attributes (ECS's own, then custom ones), Add attribute and Remove. Placement
// constraints (memberOf) and ListContainerInstances filters match on them.
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { TextField } from '@/components/ui/field';
import { Panel } from '@/components/ui/panel';
import { fieldError, idleState, submittedValue } from '@/lib/actions/action-state';
import { deleteAttribute, putAttribute } from '@/lib/actions/attributes';
import type { AttributeView } from '@/lib/ecs/container-instance-view';
import { CUSTOM_ATTRIBUTES_MAX } from '@/lib/ecs-rules/attributes';

function RemoveAttribute({ cluster, instance, name }: { cluster: string; instance: string; name: string }) {
  const [state, formAction, pending] = useActionState(deleteAttribute, idleState);
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="cluster" value={cluster} />
      <input type="hidden" name="instance" value={instance} />
      <input type="hidden" name="name" value={name} />
      <Button type="submit" variant="link" disabled={pending} aria-label={`Remove ${name}`}>
        Remove
      </Button>
      {state.status === 'error' && <span className="text-sm text-red-700">{state.message}</span>}
    </form>
  );
}

export function InstanceAttributes({
  cluster,
  instance,
  attributes,
}: {
  cluster: string;
  instance: string;
  attributes: AttributeView[];
}) {
  const [state, formAction, pending] = useActionState(putAttribute, idleState);
  const custom = attributes.filter((a) => !a.builtIn).length;
  return (
    <div className="space-y-5">
      <DataTable
        title="Attributes"
        resourceName="attributes"
        items={attributes}
        rowKey={(a) => a.name}
        filterText={(a) => `${a.name} ${a.value ?? ''}`}
        columns={[
          {
            id: 'name',
            header: 'Name',
            cell: (a) => <span className="font-mono text-xs">{a.name}</span>,
            sortValue: (a) => a.name,
          },
          { id: 'value', header: 'Value', cell: (a) => a.value ?? '-' },
          { id: 'kind', header: 'Set by', cell: (a) => (a.builtIn ? 'Amazon ECS' : 'Custom') },
          {
            id: 'actions',
            header: 'Actions',
            cell: (a) => (a.builtIn ? '-' : <RemoveAttribute cluster={cluster} instance={instance} name={a.name} />),
          },
        ]}
        empty={{ title: 'No attributes', description: 'Add a custom attribute below.' }}
      />
      <Panel
        title="Add attribute"
        description={`Up to ${CUSTOM_ATTRIBUTES_MAX} custom attributes per instance (${custom} used). An existing name gets the new value.`}
      >
        <form action={formAction} className="space-y-3" noValidate>
          <input type="hidden" name="cluster" value={cluster} />
          <input type="hidden" name="instance" value={instance} />
          {state.status === 'success' && <Alert type="success">{state.message}</Alert>}
          {state.status === 'error' && (
            <Alert type="error" title="The attribute could not be saved">
              {state.message}
            </Alert>
          )}
          <div className="flex flex-wrap items-end gap-3">
            <TextField
              id="attribute-name"
              name="name"
              label="Attribute name"
              defaultValue={submittedValue(state, 'name')}
              error={fieldError(state, 'name')}
            />
            <TextField
              id="attribute-value"
              name="value"
              label="Attribute value - optional"
              defaultValue={submittedValue(state, 'value')}
              error={fieldError(state, 'value')}
            />
            <Button type="submit" variant="primary" disabled={pending}>
              {pending ? 'Saving…' : 'Add attribute'}
            </Button>
          </div>
        </form>
      </Panel>
    </div>
  );
}
