import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { TasksTable } from '@/components/tasks/tasks-table';
import { attempt } from '@/lib/ecs/errors';
import { listTasks } from '@/lib/ecs/tasks';
import { paths } from '@/lib/paths';
import { queryKeys } from '@/lib/query/keys';
import { Prefetched } from '@/lib/query/prefetched';

type Props = { params: Promise<{ cluster: string }> };

// The cluster's Tasks tab: running tasks on first paint; the table polls and switches to Stopped / Any.
export default async function ClusterTasksPage({ params }: Props) {
  const cluster = decodeURIComponent((await params).cluster);
  const result = await attempt(`tasks of ${cluster}`, () => listTasks(cluster, { desiredStatus: 'RUNNING' }));
  if (!result.ok) return <EcsErrorPanel error={result.error} retryHref={paths.clusterTab(cluster, 'tasks')} />;
  return (
    <Prefetched entries={[[queryKeys.tasks(cluster, { desiredStatus: 'RUNNING' }), result.data]]}>
      <TasksTable cluster={cluster} />
    </Prefetched>
  );
}
