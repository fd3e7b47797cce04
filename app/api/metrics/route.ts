// GET /api/metrics?cluster=[&service=]&range=: utilization series for the live charts (service or cluster).
import { ecsGetHandler } from '@/lib/ecs/route-handler';
import { clusterMetrics, serviceMetrics } from '@/lib/metrics/metrics';
import { type MetricsRange, parseMetricsRange } from '@/lib/metrics/metrics-view';

type Wanted = { cluster: string; service?: string; range: MetricsRange };

const read = ecsGetHandler('metrics', async (_request: Request, w: Wanted) =>
  w.service ? serviceMetrics(w.cluster, w.service, w.range) : clusterMetrics(w.cluster, w.range),
);

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const cluster = params.get('cluster');
  if (!cluster) return Response.json({ error: 'Name a cluster: ?cluster=…' }, { status: 400 });
  return read(request, {
    cluster,
    service: params.get('service') || undefined,
    range: parseMetricsRange(params.get('range') ?? undefined),
  });
}
