import type { Metadata } from 'next';
import { ClustersTable } from '@/components/clusters/clusters-table';
import { consoleCrumb } from '@/components/shell/breadcrumb-trails';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader } from '@/components/ui/panel';
import { listClusters } from '@/lib/ecs/clusters';
import { attempt } from '@/lib/ecs/errors';
import { paths } from '@/lib/paths';
import { queryKeys } from '@/lib/query/keys';
import { Prefetched } from '@/lib/query/prefetched';

export const metadata: Metadata = { title: 'Clusters' };

export default async function ClustersPage() {
  const result = await attempt('clusters list', () => listClusters());
  return (
    <>
      <Breadcrumbs items={[consoleCrumb, { label: 'Clusters' }]} />
      <PageHeader title="Clusters" description="A cluster groups the services and tasks that run on your infrastructure." />
      {result.ok ? (
        <Prefetched entries={[[queryKeys.clusters(), result.data]]}>
          <ClustersTable />
        </Prefetched>
      ) : (
        <EcsErrorPanel error={result.error} retryHref={paths.clusters()} />
      )}
    </>
  );
}
