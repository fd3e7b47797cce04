import { notFound } from 'next/navigation';
import { CapacityProvidersTable } from '@/components/clusters/capacity-providers-table';
import { ContainerInstancesTable } from '@/components/clusters/container-instances-table';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
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
  return (
    <div className="space-y-5">
      <CapacityProvidersTable providers={cluster.capacityProviders} strategy={cluster.defaultStrategy} />
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
