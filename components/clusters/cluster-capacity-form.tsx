'use client';
// Configuration tab: which capacity providers the cluster uses and its default strategy (PutClusterCapacityProviders).
import { useActionState, useState } from 'react';
import { PermittedButton } from '@/components/shell/permitted';
import { Checkbox, ChoiceGroup } from '@/components/ui/checkbox';
import { Panel } from '@/components/ui/panel';
import { fieldError, idleState } from '@/lib/actions/action-state';
import { updateClusterCapacityProviders } from '@/lib/actions/clusters';
import type { StrategyItemView } from '@/lib/ecs/cluster-view';
import { FARGATE_CAPACITY_PROVIDERS } from '@/lib/ecs-rules';
import { ActionResult } from './action-result';
import { StrategyEditor } from './strategy-editor';

export function ClusterCapacityForm({
  cluster,
  providers,
  strategy,
}: {
  cluster: string;
  providers: string[];
  strategy: StrategyItemView[];
}) {
  const [state, formAction, pending] = useActionState(updateClusterCapacityProviders, idleState);
  const choices = [...new Set([...FARGATE_CAPACITY_PROVIDERS, ...providers])];
  const [selected, setSelected] = useState(providers);
  return (
    <Panel
      title="Capacity providers"
      description="Capacity providers the cluster can use and the default strategy for services and tasks."
    >
      <form action={formAction} className="space-y-5">
        <ActionResult state={state} />
        <input type="hidden" name="cluster" value={cluster} />
        <ChoiceGroup legend="Capacity providers">
          {choices.map((p) => (
            <Checkbox
              key={p}
              id={`capacityProviders-${p}`}
              name="capacityProviders"
              value={p}
              checked={selected.includes(p)}
              onChange={(e) => setSelected((s) => (e.target.checked ? [...s, p] : s.filter((x) => x !== p)))}
              label={p}
            />
          ))}
        </ChoiceGroup>
        <div>
          <h3 className="mb-2 text-sm font-bold">Default capacity provider strategy</h3>
          <StrategyEditor providers={selected} initial={strategy} error={fieldError(state, 'strategy')} />
        </div>
        <PermittedButton needs="admin" type="submit" variant="primary" disabled={pending}>
          {pending ? 'Saving…' : 'Save capacity providers'}
        </PermittedButton>
      </form>
    </Panel>
  );
}
