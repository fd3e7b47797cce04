'use client';
// The last lines a stopped task wrote before it stopped, next to the reason in "Why is it failing" (read once: a
// stopped task's logs do not change), with a link to all of its logs.
import { useQuery } from '@tanstack/react-query';
import { TextLink } from '@/components/ui/button';
import type { LogsResult } from '@/lib/logs/log-view';
import { apiPaths, paths } from '@/lib/paths';
import { fetchJson } from '@/lib/query/fetch-json';
import { queryKeys } from '@/lib/query/keys';

const LINES = 5;
const BEFORE_MS = 60 * 60_000;

export function LastLines({
  cluster,
  taskId,
  taskDefinition,
  stoppedAt,
}: {
  cluster: string;
  taskId: string;
  taskDefinition: string;
  stoppedAt: number;
}) {
  const subject = { cluster, task: taskId, taskDefinition };
  const query = useQuery({
    queryKey: queryKeys.lastLines(cluster, taskId),
    queryFn: ({ signal }) =>
      fetchJson<LogsResult>(
        apiPaths.logs(subject, { range: 'custom', start: stoppedAt - BEFORE_MS, end: stoppedAt + 60_000 }, { limit: LINES }),
        signal,
      ),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const result = query.data;
  return (
    <div className="max-w-xl text-xs">
      {query.isPending && <p className="text-zinc-600 dark:text-zinc-400">Reading its last log lines…</p>}
      {query.error && <p className="text-zinc-600 dark:text-zinc-400">Could not read its logs: {query.error.message}</p>}
      {result && 'denied' in result && (
        <p className="text-zinc-600 dark:text-zinc-400">Reading its logs needs {result.denied.action}.</p>
      )}
      {result && 'lines' in result && result.lines.length === 0 && (
        <p className="text-zinc-600 dark:text-zinc-400">
          {result.streams === 0 ? 'Its containers do not log to CloudWatch Logs.' : 'It wrote no log lines.'}
        </p>
      )}
      {result && 'lines' in result && result.lines.length > 0 && (
        <pre
          role="log"
          aria-label={`Last log lines of task ${taskId}`}
          className="overflow-x-auto rounded bg-zinc-900 p-2 whitespace-pre-wrap text-zinc-100"
        >
          {result.lines.map((l) => l.message).join('\n')}
        </pre>
      )}
      <TextLink href={paths.taskLogs(cluster, taskId, { taskDefinition })} className="mt-1 inline-block">
        View logs of task {taskId.slice(0, 8)}
      </TextLink>
    </div>
  );
}
