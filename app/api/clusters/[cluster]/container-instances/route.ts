// Live data for the Infrastructure tab's container instances (status, agent connection, tasks, resources).
import { listContainerInstances } from '@/lib/ecs/clusters';
import { ecsGetHandler } from '@/lib/ecs/route-handler';

type Ctx = { params: Promise<{ cluster: string }> };

export const GET = ecsGetHandler('GET container instances', async (_request, { params }: Ctx) =>
  listContainerInstances(decodeURIComponent((await params).cluster)),
);
