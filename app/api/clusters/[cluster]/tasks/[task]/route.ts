// Live data for the task page; 404 once ECS no longer knows the task (stopped tasks are kept about an hour).
import { ecsGetHandler } from '@/lib/ecs/route-handler';
import { getTask } from '@/lib/ecs/tasks';

type Ctx = { params: Promise<{ cluster: string; task: string }> };

export const GET = ecsGetHandler('GET task', async (_req, { params }: Ctx) => {
  const { cluster, task } = await params;
  const detail = await getTask(decodeURIComponent(cluster), decodeURIComponent(task));
  if (!detail) throw Object.assign(new Error(`Task ${task} was not found.`), { name: 'ResourceNotFoundException' });
  return detail;
});
