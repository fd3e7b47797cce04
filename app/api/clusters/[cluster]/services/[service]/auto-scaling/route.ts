// Live auto scaling of a service: its scalable target, policies, scheduled actions and newest scaling activities;
// 404 once ECS no longer knows the service (Application Auto Scaling alone would answer "no target").
import { getServiceAutoScaling } from '@/lib/autoscaling/auto-scaling';
import { ecsGetHandler } from '@/lib/ecs/route-handler';
import { getService } from '@/lib/ecs/services';

type Ctx = { params: Promise<{ cluster: string; service: string }> };

export const GET = ecsGetHandler('GET service auto scaling', async (_req, { params }: Ctx) => {
  const raw = await params;
  const [cluster, service] = [decodeURIComponent(raw.cluster), decodeURIComponent(raw.service)];
  const [detail, scaling] = await Promise.all([getService(cluster, service), getServiceAutoScaling(cluster, service)]);
  if (!detail) throw Object.assign(new Error(`Service ${service} was not found.`), { name: 'ServiceNotFoundException' });
  return scaling;
});
