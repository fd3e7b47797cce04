// Live data for one cluster (overview counts); 404 JSON when it does not exist or was deleted.
import { getCluster } from '@/lib/ecs/clusters';
import { ecsGetHandler } from '@/lib/ecs/route-handler';

export const GET = ecsGetHandler(
  'GET /api/clusters/[cluster]',
  async (_req, { params }: { params: Promise<{ cluster: string }> }) => {
    const { cluster } = await params;
    const detail = await getCluster(cluster);
    if (!detail) throw Object.assign(new Error('Cluster not found.'), { name: 'ClusterNotFoundException' });
    return detail;
  },
);
