// A Logs request from URL parameters (page searchParams or a GET handler's query), the one parser both use.
import { type LogQuery, parseLogQuery } from './log-view';

/** What a Logs read needs: a service's or a task's lines for a query (or, for live tail, since a moment). */
export interface LogsParams {
  cluster: string;
  service?: string;
  task?: string;
  /** family:revision of a stopped task ECS may have forgotten. */
  taskDefinition?: string;
  query: LogQuery;
  /** Live tail: only lines at or after this time (epoch ms). */
  since?: number;
  limit?: number;
}

const int = (v: string | null | undefined, max: number) =>
  v && /^\d{1,15}$/.test(v) && Number(v) <= max ? Number(v) : undefined;

/** The request, or undefined when it names neither a service nor a task of a cluster. */
export function parseLogsParams(params: URLSearchParams): LogsParams | undefined {
  const cluster = params.get('cluster');
  const service = params.get('service') ?? undefined;
  const task = params.get('task') ?? undefined;
  if (!cluster || (!service && !task)) return undefined;
  return {
    cluster,
    service,
    task,
    taskDefinition: params.get('td') ?? undefined,
    query: parseLogQuery(Object.fromEntries(params)),
    since: int(params.get('since'), Number.MAX_SAFE_INTEGER),
    limit: int(params.get('limit'), 5_000),
  };
}
