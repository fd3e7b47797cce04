import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LogViewer } from '@/components/logs/log-viewer';
import { clusterTrail } from '@/components/shell/breadcrumb-trails';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { TaskActions } from '@/components/tasks/task-actions';
import { TaskDetails } from '@/components/tasks/task-details';
import { TaskProtection } from '@/components/tasks/task-protection';
import { parseTaskTab, TaskTabs } from '@/components/tasks/task-tabs';
import { Alert } from '@/components/ui/alert';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader } from '@/components/ui/panel';
import { attempt } from '@/lib/ecs/errors';
import { getTask } from '@/lib/ecs/tasks';
import { parseLogQuery } from '@/lib/logs/log-view';
import { readLogs } from '@/lib/logs/logs';
import { paths } from '@/lib/paths';
import { queryKeys } from '@/lib/query/keys';
import { Prefetched } from '@/lib/query/prefetched';

type Props = {
  params: Promise<{ cluster: string; task: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Task ${decodeURIComponent((await params).task)}` };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// One task, live: overview, configuration and network, containers, tags, scale-in protection, and Stop; its Logs on their own tab. A
// stopped task ECS has forgotten keeps its Logs tab when the link carries its revision (?td=family:revision).
export default async function TaskPage({ params, searchParams }: Props) {
  const { cluster: c, task: t } = await params;
  const [cluster, id] = [decodeURIComponent(c), decodeURIComponent(t)];
  const search = await searchParams;
  const tab = parseTaskTab(search.tab);
  const logQuery = parseLogQuery(search);
  const remembered = one(search.td);
  const crumbs = [...clusterTrail(cluster, 'tasks'), { label: 'Tasks', href: paths.clusterTab(cluster, 'tasks') }, { label: id }];
  const result = await attempt(`task ${id}`, async () => {
    const task = await getTask(cluster, id);
    const taskDefinition = task ? task.taskDefinition : remembered;
    const logs =
      tab === 'logs' && (task || remembered) ? await readLogs({ cluster, task: id, taskDefinition, query: logQuery }) : undefined;
    return { task, taskDefinition, logs };
  });
  if (!result.ok && result.error.kind !== 'not-found')
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <EcsErrorPanel error={result.error} retryHref={paths.task(cluster, id)} />
      </>
    );
  const { task, taskDefinition, logs } = result.ok
    ? result.data
    : { task: undefined, taskDefinition: undefined, logs: undefined };
  if (!task && !logs) notFound();
  const body = (
    <>
      <Breadcrumbs items={crumbs} />
      <PageHeader title={`Task ${id}`} actions={task ? <TaskActions cluster={cluster} id={id} /> : undefined} />
      <TaskTabs cluster={cluster} id={id} tab={tab} taskDefinition={task ? undefined : taskDefinition} />
      {!task && (
        <Alert type="info" className="mb-4">
          ECS no longer describes this stopped task (it forgets stopped tasks after about an hour); its logs are still here.
        </Alert>
      )}
      {tab === 'configuration' && task && (
        <>
          <TaskDetails cluster={cluster} id={id} />
          <div className="mt-5">
            <TaskProtection cluster={cluster} id={id} />
          </div>
        </>
      )}
      {tab === 'logs' && logs && (
        <LogViewer
          key={JSON.stringify(logQuery)}
          subject={{ cluster, task: id, taskDefinition }}
          query={logQuery}
          initial={logs}
          hidden={{ tab: 'logs', ...(task || !taskDefinition ? {} : { td: taskDefinition }) }}
          showTask={false}
        />
      )}
    </>
  );
  return task ? <Prefetched entries={[[queryKeys.task(cluster, id), task]]}>{body}</Prefetched> : body;
}
