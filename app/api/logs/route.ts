// GET /api/logs?cluster=&service=|task=[&td=]&range=&filter=[&since=][&limit=]: a Logs tab's lines (live tail polls with `since`).
// The session is checked first (ecsGetHandler): without one, 401 whatever the query.
import { ecsGetHandler } from '@/lib/ecs/route-handler';
import { readLogs } from '@/lib/logs/logs';
import { parseLogsParams } from '@/lib/logs/request';

export const GET = ecsGetHandler('logs', async (request: Request) => {
  const params = parseLogsParams(new URL(request.url).searchParams);
  if (!params)
    return Response.json({ error: 'Name a cluster and a service or task: ?cluster=…&service=… or &task=…' }, { status: 400 });
  return readLogs(params);
});
