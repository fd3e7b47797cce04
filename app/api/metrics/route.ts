// GET /api/metrics?cluster=[&service=]&range=: utilization series for the live charts (service or cluster).
// The session is checked first (ecsGetHandler): without one, 401 whatever the query.
import { ecsGetHandler } from '@/lib/ecs/route-handler';
import { clusterMetrics, serviceMetrics } from '@/lib/metrics/metrics';
import { parseMetricsRange } from '@/lib/metrics/metrics-view';

export const GET = ecsGetHandler('metrics', async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const cluster = params.get('cluster');
  if (!cluster) return Response.json({ error: 'Name a cluster: ?cluster=…' }, { status: 400 });
  const service = params.get('service') || undefined;
  const range = parseMetricsRange(params.get('range') ?? undefined);
  return service ? serviceMetrics(cluster, service, range) : clusterMetrics(cluster, range);
});
