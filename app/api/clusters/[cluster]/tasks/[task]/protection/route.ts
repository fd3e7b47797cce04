// Live data for the task page's scale-in protection panel.
import { ecsGetHandler } from '@/lib/ecs/route-handler';
import { getTaskProtection } from '@/lib/ecs/task-protection';

type Ctx = { params: Promise<{ cluster: string; task: string }> };

export const GET = ecsGetHandler('GET task protection', async (_req, { params }: Ctx) => {
  const { cluster, task } = await params;
  return getTaskProtection(decodeURIComponent(cluster), decodeURIComponent(task));
});
