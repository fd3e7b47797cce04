// Picks the service page's tab from ?tab= (URL-driven, so the tab survives reload and can be shared).
import { LogViewer } from '@/components/logs/log-viewer';
import { MetricsPanel } from '@/components/metrics/metrics-panel';
import { Tabs } from '@/components/ui/tabs';
import type { LogQuery, LogsResult } from '@/lib/logs/log-view';
import type { MetricsRange } from '@/lib/metrics/metrics-view';
import { paths } from '@/lib/paths';
import { TasksTable } from '../tasks/tasks-table';
import { ServiceConfiguration } from './service-configuration';
import { ServiceDeployments } from './service-deployments';
import { ServiceHealth } from './service-health';
import { ServiceTags } from './service-tags';

export const SERVICE_TABS = [
  { id: 'health', label: 'Health and metrics' },
  { id: 'tasks', label: 'Tasks' },
  { id: 'logs', label: 'Logs' },
  { id: 'deployments', label: 'Deployments and events' },
  { id: 'configuration', label: 'Configuration and networking' },
  { id: 'tags', label: 'Tags' },
] as const;

export type ServiceTab = (typeof SERVICE_TABS)[number]['id'];

export function parseServiceTab(value: string | string[] | undefined): ServiceTab {
  return SERVICE_TABS.find((t) => t.id === value)?.id ?? 'health';
}

export interface ServiceTabData {
  /** Health and metrics: the charts' range. */
  range: MetricsRange;
  /** Logs: the query and the server's first read. */
  logs?: { query: LogQuery; result: LogsResult };
}

export function ServiceTabContent({
  cluster,
  service,
  tab,
  data,
}: {
  cluster: string;
  service: string;
  tab: ServiceTab;
  data: ServiceTabData;
}) {
  return (
    <>
      <Tabs
        label="Service details"
        current={tab}
        tabs={SERVICE_TABS.map((t) => ({ ...t, href: paths.service(cluster, service, t.id) }))}
      />
      {tab === 'health' && (
        <div className="space-y-5">
          <ServiceHealth cluster={cluster} service={service} />
          <MetricsPanel cluster={cluster} service={service} range={data.range} />
        </div>
      )}
      {tab === 'tasks' && <TasksTable cluster={cluster} serviceName={service} />}
      {tab === 'logs' && data.logs && (
        <LogViewer
          key={JSON.stringify(data.logs.query)}
          subject={{ cluster, service }}
          query={data.logs.query}
          initial={data.logs.result}
          hidden={{ tab: 'logs' }}
          showTask
        />
      )}
      {tab === 'deployments' && <ServiceDeployments cluster={cluster} service={service} />}
      {tab === 'configuration' && <ServiceConfiguration cluster={cluster} service={service} />}
      {tab === 'tags' && <ServiceTags cluster={cluster} service={service} />}
    </>
  );
}
