// Picks the service page's tab from ?tab= (URL-driven, so the tab survives reload and can be shared).
import { Tabs } from '@/components/ui/tabs';
import { paths } from '@/lib/paths';
import { TasksTable } from '../tasks/tasks-table';
import { ServiceConfiguration } from './service-configuration';
import { ServiceDeployments } from './service-deployments';
import { ServiceHealth } from './service-health';
import { ServiceTags } from './service-tags';

export const SERVICE_TABS = [
  { id: 'health', label: 'Health' },
  { id: 'tasks', label: 'Tasks' },
  { id: 'deployments', label: 'Deployments and events' },
  { id: 'configuration', label: 'Configuration and networking' },
  { id: 'tags', label: 'Tags' },
] as const;

export type ServiceTab = (typeof SERVICE_TABS)[number]['id'];

export function parseServiceTab(value: string | string[] | undefined): ServiceTab {
  return SERVICE_TABS.find((t) => t.id === value)?.id ?? 'health';
}

export function ServiceTabContent({ cluster, service, tab }: { cluster: string; service: string; tab: ServiceTab }) {
  return (
    <>
      <Tabs
        label="Service details"
        current={tab}
        tabs={SERVICE_TABS.map((t) => ({ ...t, href: paths.service(cluster, service, t.id) }))}
      />
      {tab === 'health' && <ServiceHealth cluster={cluster} service={service} />}
      {tab === 'tasks' && <TasksTable cluster={cluster} serviceName={service} />}
      {tab === 'deployments' && <ServiceDeployments cluster={cluster} service={service} />}
      {tab === 'configuration' && <ServiceConfiguration cluster={cluster} service={service} />}
      {tab === 'tags' && <ServiceTags cluster={cluster} service={service} />}
    </>
  );
}
