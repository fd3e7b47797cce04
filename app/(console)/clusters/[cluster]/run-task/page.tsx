import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LaunchFrame } from '@/components/services/launch-frame';
import { RunTaskForm } from '@/components/tasks/run-task-form';
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
    <LaunchFrame
      cluster={cluster}
      tab="tasks"
      title="Run new task"
      description="Run one-off tasks from a task definition."
      options={result}
      retryHref={paths.runTask(cluster)}
      form={(options) => <RunTaskForm cluster={cluster} options={options} />}
    />
  );
}
