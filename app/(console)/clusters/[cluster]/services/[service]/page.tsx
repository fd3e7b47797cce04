import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ServiceActions } from '@/components/services/service-actions';
import { ServiceSummary } from '@/components/services/service-summary';
import { parseServiceTab, ServiceTabContent } from '@/components/services/service-tab-content';
import { clusterTrail } from '@/components/shell/breadcrumb-trails';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader } from '@/components/ui/panel';
import { attempt } from '@/lib/ecs/errors';
import { getService } from '@/lib/ecs/services';
import { listTasks } from '@/lib/ecs/tasks';
import { parseLogQuery } from '@/lib/logs/log-view';
import { readLogs } from '@/lib/logs/logs';
import { serviceMetrics } from '@/lib/metrics/metrics';
import { parseMetricsRange } from '@/lib/metrics/metrics-view';
import { paths } from '@/lib/paths';
import { queryKeys } from '@/lib/query/keys';
import { Prefetched } from '@/lib/query/prefetched';

type Props = {
  params: Promise<{ cluster: string; service: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: decodeURIComponent((await params).service) };
}

// One service: live overview, header actions, and its tabs; every part polls the same service query.
export default async function ServicePage({ params, searchParams }: Props) {
  const { cluster: rawCluster, service: rawService } = await params;
  const [cluster, service] = [decodeURIComponent(rawCluster), decodeURIComponent(rawService)];
  const search = await searchParams;
  const tab = parseServiceTab(search.tab);
  const range = parseMetricsRange(search.range);
  const logQuery = parseLogQuery(search);
  const crumbs = [
    ...clusterTrail(cluster, 'services'),
    { label: 'Services', href: paths.clusterTab(cluster, 'services') },
    { label: service },
  ];
  const taskFilter = { desiredStatus: 'RUNNING' as const, serviceName: service };
  // The selected tab's data is read with the service, in parallel.
  const result = await attempt(`service ${service}`, () =>
    Promise.all([
      getService(cluster, service),
      tab === 'tasks' ? listTasks(cluster, taskFilter) : undefined,
      tab === 'health' ? serviceMetrics(cluster, service, range) : undefined,
      tab === 'logs' ? readLogs({ cluster, service, query: logQuery }) : undefined,
    ]),
  );
  if (!result.ok && result.error.kind !== 'not-found')
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <EcsErrorPanel error={result.error} retryHref={paths.service(cluster, service)} />
      </>
    );
  const [detail, tasks, metrics, logs] = result.ok ? result.data : [];
  if (!detail) notFound();
  return (
    <Prefetched
      entries={[
        [queryKeys.service(cluster, service), detail],
        ...(tasks ? [[queryKeys.tasks(cluster, taskFilter), tasks] as const] : []),
        ...(metrics ? [[queryKeys.serviceMetrics(cluster, service, range), metrics] as const] : []),
      ]}
    >
      <Breadcrumbs items={crumbs} />
      <PageHeader title={service} actions={<ServiceActions cluster={cluster} service={service} />} />
      <ServiceSummary cluster={cluster} service={service} />
      <ServiceTabContent
        cluster={cluster}
        service={service}
        tab={tab}
        data={{ range, logs: logs && { query: logQuery, result: logs } }}
      />
    </Prefetched>
  );
}
