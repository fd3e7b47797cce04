// GET /api/logs?cluster=&service=|task=[&td=]&range=&filter=[&since=][&limit=]: a Logs tab's lines (live tail polls with `since`).
import { ecsGetHandler } from '@/lib/ecs/route-handler';
import { readLogs } from '@/lib/logs/logs';
import { type LogsParams, parseLogsParams } from '@/lib/logs/request';

const read = ecsGetHandler('logs', async (_request: Request, params: LogsParams) => readLogs(params));

export async function GET(request: Request): Promise<Response> {
  const params = parseLogsParams(new URL(request.url).searchParams);
  if (!params)
    return Response.json({ error: 'Name a cluster and a service or task: ?cluster=…&service=… or &task=…' }, { status: 400 });
  return read(request, params);
}
