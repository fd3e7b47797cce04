// Live data for the Deployments tab: the service's current deployment, its lifecycle stage and hooks.
import { ecsGetHandler } from '@/lib/ecs/route-handler';
import { getCurrentServiceDeployment } from '@/lib/ecs/service-deployments';

type Ctx = { params: Promise<{ cluster: string; service: string }> };

export const GET = ecsGetHandler('GET current service deployment', async (_req, { params }: Ctx) => {
  const { cluster, service } = await params;
  return getCurrentServiceDeployment(decodeURIComponent(cluster), decodeURIComponent(service));
});
