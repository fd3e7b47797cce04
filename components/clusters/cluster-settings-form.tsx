'use client';
// Configuration tab: change Container Insights in place (UpdateClusterSettings).
import { useActionState } from 'react';
import { PermittedButton } from '@/components/shell/permitted';
import { Panel } from '@/components/ui/panel';
import { idleState } from '@/lib/actions/action-state';
import { updateClusterSettings } from '@/lib/actions/clusters';
import type { ContainerInsights } from '@/lib/ecs/cluster-view';
import { ActionResult } from './action-result';
import { ContainerInsightsChoice } from './container-insights-choice';

export function ClusterSettingsForm({ cluster, containerInsights }: { cluster: string; containerInsights: ContainerInsights }) {
  const [state, formAction, pending] = useActionState(updateClusterSettings, idleState);
  return (
    <Panel title="Monitoring" description="CloudWatch Container Insights for this cluster.">
      <form action={formAction} className="space-y-4">
        <ActionResult state={state} />
        <input type="hidden" name="cluster" value={cluster} />
        <ContainerInsightsChoice key={containerInsights} initial={containerInsights} />
        <PermittedButton needs="admin" type="submit" variant="primary" disabled={pending}>
          {pending ? 'Saving…' : 'Save monitoring'}
        </PermittedButton>
      </form>
    </Panel>
  );
}
