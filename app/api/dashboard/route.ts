// Live data for /dashboard (polled by DashboardLive): the server poller's latest snapshot; no ECS call per request.
import { selectedRegion } from '@/lib/ecs/client';
import { dashboardSnapshot } from '@/lib/ecs/dashboard/snapshot';
import { ecsGetHandler } from '@/lib/ecs/route-handler';

// `?refresh=1` (the Refresh button) runs a poller pass now and answers once it is done.
export const GET = ecsGetHandler('GET /api/dashboard', async (request: Request) =>
  dashboardSnapshot(await selectedRegion(), { refresh: new URL(request.url).searchParams.has('refresh') }),
);
