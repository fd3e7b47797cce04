import { ServicesTable } from '@/components/services/services-table';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { attempt } from '@/lib/ecs/errors';
import { listServices } from '@/lib/ecs/services';
import { paths } from '@/lib/paths';
import { queryKeys } from '@/lib/query/keys';
import { Prefetched } from '@/lib/query/prefetched';

type Props = { params: Promise<{ cluster: string }> };

// The cluster's Services tab: first paint from the server, then the table polls.
export default async function ClusterServicesPage({ params }: Props) {
  const cluster = decodeURIComponent((await params).cluster);
  const result = await attempt(`services of ${cluster}`, () => listServices(cluster));
  if (!result.ok) return <EcsErrorPanel error={result.error} retryHref={paths.clusterTab(cluster, 'services')} />;
  return (
    <Prefetched entries={[[queryKeys.services(cluster), result.data]]}>
      <ServicesTable cluster={cluster} />
    </Prefetched>
  );
}
