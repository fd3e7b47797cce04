import { notFound } from 'next/navigation';
import { CapacityProvidersTable } from '@/components/capacity-providers/capacity-providers-table';
import { ContainerInstancesTable } from '@/components/clusters/container-instances-table';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { describeCapacityProviders } from '@/lib/ecs/capacity-providers';
import { getCluster, listContainerInstances } from '@/lib/ecs/clusters';
import { attempt } from '@/lib/ecs/errors';
import { queryKeys } from '@/lib/query/keys';
import { Prefetched } from '@/lib/query/prefetched';

export default async function ClusterInfrastructurePage({ params }: { params: Promise<{ cluster: string }> }) {
  const name = decodeURIComponent((await params).cluster);
  const [cluster, instances] = await Promise.all([
    getCluster(name),
    attempt(`container instances of ${name}`, () => listContainerInstances(name)),
  ]);
  if (!cluster) notFound();
  const providers = await attempt(`capacity providers of ${name}`, () => describeCapacityProviders(cluster.capacityProviders));
  const instancesByProvider: Record<string, number> = {};
  for (const i of instances.ok ? instances.data : [])
    if (i.capacityProvider) instancesByProvider[i.capacityProvider] = (instancesByProvider[i.capacityProvider] ?? 0) + 1;
  return (
    <div className="space-y-5">
      {providers.ok ? (
        <CapacityProvidersTable
          cluster={name}
          providers={providers.data}
          strategy={cluster.defaultStrategy}
          instancesByProvider={instancesByProvider}
        />
      ) : (
        <EcsErrorPanel error={providers.error} />
      )}
      {instances.ok ? (
        <Prefetched entries={[[queryKeys.containerInstances(name), instances.data]]}>
          <ContainerInstancesTable cluster={name} />
        </Prefetched>
      ) : (
        <EcsErrorPanel error={instances.error} />
      )}
    </div>
  );
}
