'use client';
// Infrastructure tab: the cluster's capacity providers with their type and their part of the default strategy.
import { DataTable } from '@/components/ui/data-table';
import type { StrategyItemView } from '@/lib/ecs/cluster-view';
import { isFargateCapacityProvider } from '@/lib/ecs-rules';

interface ProviderRow {
  name: string;
  type: string;
  base?: number;
  weight?: number;
}

export function CapacityProvidersTable({ providers, strategy }: { providers: string[]; strategy: StrategyItemView[] }) {
  const rows: ProviderRow[] = providers.map((name) => {
    const item = strategy.find((s) => s.capacityProvider === name);
    return { name, type: isFargateCapacityProvider(name) ? name : 'ASG', base: item?.base, weight: item?.weight };
  });
  return (
    <DataTable
      title="Capacity providers"
      resourceName="capacity providers"
      items={rows}
      rowKey={(r) => r.name}
      columns={[
        { id: 'name', header: 'Capacity provider', cell: (r) => r.name, sortValue: (r) => r.name },
        { id: 'type', header: 'Type', cell: (r) => r.type, sortValue: (r) => r.type },
        { id: 'base', header: 'Default strategy base', cell: (r) => r.base ?? '-' },
        { id: 'weight', header: 'Default strategy weight', cell: (r) => r.weight ?? '-' },
      ]}
      empty={{ title: 'No capacity providers', description: 'Add FARGATE or FARGATE_SPOT on the Configuration tab.' }}
    />
  );
}
