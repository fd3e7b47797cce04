// Live auto scaling of a service: its scalable target, policies, scheduled actions and newest scaling activities.
import { getServiceAutoScaling } from '@/lib/autoscaling/auto-scaling';
import { ecsGetHandler } from '@/lib/ecs/route-handler';

type Ctx = { params: Promise<{ cluster: string; service: string }> };

export const GET = ecsGetHandler('GET service auto scaling', async (_req, { params }: Ctx) => {
  const raw = await params;
  return getServiceAutoScaling(decodeURIComponent(raw.cluster), decodeURIComponent(raw.service));
});
