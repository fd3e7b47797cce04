'use client';
// The task page's Stop button; hidden once ECS has been asked to stop the task.
import { StopTasksDialog } from './stop-tasks-dialog';
import { useTask } from './use-task';

export function TaskActions({ cluster, id }: { cluster: string; id: string }) {
  const { data } = useTask(cluster, id);
  if (data?.desiredStatus !== 'RUNNING') return null;
  return <StopTasksDialog cluster={cluster} taskIds={[id]} variant="danger" />;
}
