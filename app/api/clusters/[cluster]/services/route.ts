// Live data for a cluster's Services tab (polled by ServicesTable); the same read the page prefetches.
import { ecsGetHandler } from '@/lib/ecs/route-handler';
import { listServices } from '@/lib/ecs/services';

type Ctx = { params: Promise<{ cluster: string }> };

export const GET = ecsGetHandler('GET services', async (_req, { params }: Ctx) =>
  listServices(decodeURIComponent((await params).cluster)),
);
