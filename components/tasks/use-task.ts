'use client';
// The task page's live query (overview, containers, tags read the same polled TaskDetail).
import type { TaskDetail } from '@/lib/ecs/task-view';
import { apiPaths } from '@/lib/paths';
import { queryKeys } from '@/lib/query/keys';
import { usePollingQuery } from '@/lib/query/use-polling-query';

export function useTask(cluster: string, id: string) {
  return usePollingQuery<TaskDetail>(queryKeys.task(cluster, id), apiPaths.task(cluster, id));
}
