// The frame of the two pages that launch a task definition into a cluster, Create service and Run new task:
// breadcrumbs back to the cluster's tab, the header, then the form over the launch options the page read, or the
// ECS failure with a way to retry.
import type { ReactNode } from 'react';
import { clusterTrail } from '@/components/shell/breadcrumb-trails';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader } from '@/components/ui/panel';
import type { EcsResult } from '@/lib/ecs/errors';
import type { LaunchOptions } from '@/lib/ecs/launch-options';

export function LaunchFrame({
  cluster,
  tab,
  title,
  description,
  options,
  retryHref,
  form,
}: {
  cluster: string;
  /** The cluster tab the breadcrumbs lead back to. */
  tab: 'services' | 'tasks';
  title: string;
  description: string;
  options: EcsResult<LaunchOptions>;
  retryHref: string;
  form: (options: LaunchOptions) => ReactNode;
}) {
  return (
    <div className="max-w-4xl">
      <Breadcrumbs items={[...clusterTrail(cluster, tab), { label: title }]} />
      <PageHeader title={title} description={description} />
      {options.ok ? form(options.data) : <EcsErrorPanel error={options.error} retryHref={retryHref} />}
    </div>
  );
}
