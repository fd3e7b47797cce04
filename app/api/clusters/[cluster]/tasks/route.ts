// Live data for the Tasks tables: ?desiredStatus=RUNNING|STOPPED|ANY and optional ?serviceName= / ?family=.
import { ecsGetHandler } from '@/lib/ecs/route-handler';
import { listTasks, parseDesiredStatus } from '@/lib/ecs/tasks';

type Ctx = { params: Promise<{ cluster: string }> };

export const GET = ecsGetHandler('GET tasks', async (request, { params }: Ctx) => {
  const search = new URL(request.url).searchParams;
  return listTasks(decodeURIComponent((await params).cluster), {
    desiredStatus: parseDesiredStatus(search.get('desiredStatus')),
    serviceName: search.get('serviceName') || undefined,
    family: search.get('family') || undefined,
  });
});
