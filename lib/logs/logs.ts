// The Logs tabs' read: a task's or a service's lines for a time range and filter pattern (newest first found, shown
// oldest first), or, for live tail, the lines since a moment. Missing `logs:FilterLogEvents` permission comes back
// as `denied`, for a plain panel instead of an error page.
import 'server-only';
import { missingPermission } from '../aws/permission';
import { type LogsResult, logWindow } from './log-view';
import { linesSince, newestLines } from './read-lines';
import type { LogsParams } from './request';
import { type LogTarget, serviceLogTarget, taskLogTarget } from './targets';

export type { LogLineView, LogQuery, LogsResult } from './log-view';

export const DEFAULT_LINES = 500;

function target(req: LogsParams): Promise<LogTarget> {
  if (req.task) return taskLogTarget(req.cluster, req.task, req.taskDefinition);
  return serviceLogTarget(req.cluster, req.service ?? '');
}

export async function readLogs(req: LogsParams): Promise<LogsResult> {
  const { streams, containers } = await target(req);
  const now = Date.now();
  const window = logWindow(req.query, now);
  const limit = Math.min(req.limit ?? DEFAULT_LINES, 5_000);
  try {
    if (req.since !== undefined) {
      const lines = await linesSince(streams, { start: req.since, end: now + 1, filter: req.query.filter, limit });
      return { lines, truncated: false, streams: streams.length, containers, until: now };
    }
    const { lines, truncated } = await newestLines(streams, { ...window, filter: req.query.filter, limit });
    return { lines, truncated, streams: streams.length, containers, until: Math.min(now, window.end) };
  } catch (err) {
    const denied = missingPermission(err, 'logs:FilterLogEvents');
    if (denied) return { denied, containers };
    throw err;
  }
}
