import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { clusterTrail } from '@/components/shell/breadcrumb-trails';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { TaskActions } from '@/components/tasks/task-actions';
import { TaskDetails } from '@/components/tasks/task-details';
import { TaskProtection } from '@/components/tasks/task-protection';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader } from '@/components/ui/panel';
import { attempt } from '@/lib/ecs/errors';
import { getTask } from '@/lib/ecs/tasks';
import { paths } from '@/lib/paths';
import { queryKeys } from '@/lib/query/keys';
import { Prefetched } from '@/lib/query/prefetched';

type Props = { params: Promise<{ cluster: string; task: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Task ${decodeURIComponent((await params).task)}` };
}

// One task, live: overview, configuration and network, containers, tags, scale-in protection, and Stop.
export default async function TaskPage({ params }: Props) {
  const { cluster: c, task: t } = await params;
  const [cluster, id] = [decodeURIComponent(c), decodeURIComponent(t)];
  const crumbs = [...clusterTrail(cluster, 'tasks'), { label: 'Tasks', href: paths.clusterTab(cluster, 'tasks') }, { label: id }];
  const result = await attempt(`task ${id}`, () => getTask(cluster, id));
  if (!result.ok && result.error.kind !== 'not-found')
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <EcsErrorPanel error={result.error} retryHref={paths.task(cluster, id)} />
      </>
    );
  const task = result.ok ? result.data : undefined;
  if (!task) notFound();
  return (
    <Prefetched entries={[[queryKeys.task(cluster, id), task]]}>
      <Breadcrumbs items={crumbs} />
      <PageHeader title={`Task ${id}`} actions={<TaskActions cluster={cluster} id={id} />} />
      <TaskDetails cluster={cluster} id={id} />
      <div className="mt-5">
        <TaskProtection cluster={cluster} id={id} />
      </div>
    </Prefetched>
  );
}
