'use client';
import { PermittedButtonLink } from '@/components/shell/permitted';
// Infrastructure tab: the cluster's capacity providers, their type, managed scaling, registered instances and
// part of the default strategy; Create capacity provider adds an Auto Scaling group provider.
import { TextLink } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import type { CapacityProviderView } from '@/lib/ecs/capacity-provider-view';
import type { StrategyItemView } from '@/lib/ecs/cluster-view';
import { paths } from '@/lib/paths';

interface ProviderRow extends CapacityProviderView {
  instances: number;
  base?: number;
  weight?: number;
}

const TYPE_LABELS: Record<string, string> = { EC2_AUTOSCALING: 'Auto Scaling group', MANAGED_INSTANCES: 'Managed instances' };

export function CapacityProvidersTable({
  cluster,
  providers,
  strategy,
  instancesByProvider,
}: {
  cluster: string;
  providers: CapacityProviderView[];
  strategy: StrategyItemView[];
  instancesByProvider: Record<string, number>;
}) {
  const rows: ProviderRow[] = providers.map((p) => {
    const item = strategy.find((s) => s.capacityProvider === p.name);
    return { ...p, instances: instancesByProvider[p.name] ?? 0, base: item?.base, weight: item?.weight };
  });
  const asg = (r: ProviderRow) => r.type === 'EC2_AUTOSCALING';
  return (
    <DataTable
      title="Capacity providers"
      resourceName="capacity providers"
      items={rows}
      rowKey={(r) => r.name}
      filterText={(r) => `${r.name} ${r.type}`}
      actions={
        <PermittedButtonLink needs="admin" href={paths.newCapacityProvider(cluster)} variant="primary">
          Create capacity provider
        </PermittedButtonLink>
      }
      columns={[
        {
          id: 'name',
          header: 'Capacity provider',
          cell: (r) => (asg(r) ? <TextLink href={paths.capacityProvider(cluster, r.name)}>{r.name}</TextLink> : r.name),
          sortValue: (r) => r.name,
        },
        { id: 'type', header: 'Type', cell: (r) => TYPE_LABELS[r.type] ?? r.type, sortValue: (r) => r.type },
        { id: 'instances', header: 'Container instances', cell: (r) => (asg(r) ? r.instances : '-') },
        {
          id: 'scaling',
          header: 'Managed scaling',
          cell: (r) => (!asg(r) ? '-' : r.managedScaling ? `On (target ${r.targetCapacity ?? 100} %)` : 'Off'),
        },
        {
          id: 'protection',
          header: 'Managed termination protection',
          cell: (r) => (!asg(r) ? '-' : r.managedTerminationProtection ? 'On' : 'Off'),
        },
        { id: 'base', header: 'Default strategy base', cell: (r) => r.base ?? '-' },
        { id: 'weight', header: 'Default strategy weight', cell: (r) => r.weight ?? '-' },
      ]}
      empty={{
        title: 'No capacity providers',
        description: 'Add FARGATE or FARGATE_SPOT on the Configuration tab, or create an Auto Scaling group capacity provider.',
      }}
    />
  );
}
