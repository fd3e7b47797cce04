// Live data for the service page (summary, deployments, events); 404 once ECS no longer knows the service.
import { ecsGetHandler } from '@/lib/ecs/route-handler';
import { getService } from '@/lib/ecs/services';

type Ctx = { params: Promise<{ cluster: string; service: string }> };

export const GET = ecsGetHandler('GET service', async (_req, { params }: Ctx) => {
  const { cluster, service } = await params;
  const detail = await getService(decodeURIComponent(cluster), decodeURIComponent(service));
  if (!detail) throw Object.assign(new Error(`Service ${service} was not found.`), { name: 'ServiceNotFoundException' });
  return detail;
});
