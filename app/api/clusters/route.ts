// Live data for the clusters list (polled by ClustersTable); the same read the page prefetches.
import { listClusters } from '@/lib/ecs/clusters';
import { ecsGetHandler } from '@/lib/ecs/route-handler';

export const GET = ecsGetHandler('GET /api/clusters', () => listClusters());
