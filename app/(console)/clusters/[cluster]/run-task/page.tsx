import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { RunTaskForm } from '@/components/tasks/run-task-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader } from '@/components/ui/panel';
import { attempt } from '@/lib/ecs/errors';
import { getLaunchOptions } from '@/lib/ecs/launch-options';
import { paths } from '@/lib/paths';

export const metadata: Metadata = { title: 'Run new task' };

type Props = { params: Promise<{ cluster: string }>; searchParams: Promise<{ taskDefinition?: string }> };

// Run new task in a cluster; ?taskDefinition=family:revision preselects one (the task definition's "Deploy").
export default async function RunTaskPage({ params, searchParams }: Props) {
  const cluster = decodeURIComponent((await params).cluster);
  const wanted = (await searchParams).taskDefinition;
  const result = await attempt('run task options', () => getLaunchOptions(cluster, wanted));
  if (result.ok && !result.data.cluster) notFound();
  return (
    <div className="max-w-4xl">
      <Breadcrumbs
        items={[
          { label: 'Clusters', href: paths.clusters() },
          { label: cluster, href: paths.clusterTab(cluster, 'tasks') },
          { label: 'Run new task' },
        ]}
      />
      <PageHeader title="Run new task" description="Run one-off tasks from a task definition." />
      {result.ok ? (
        <RunTaskForm cluster={cluster} options={result.data} />
      ) : (
        <EcsErrorPanel error={result.error} retryHref={paths.runTask(cluster)} />
      )}
    </div>
  );
}
