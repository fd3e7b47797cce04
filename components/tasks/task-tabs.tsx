// The task page's tabs (?tab=): Configuration (the live task details) and Logs (its containers' CloudWatch Logs).
import { Tabs } from '@/components/ui/tabs';
import { paths } from '@/lib/paths';

export type TaskTab = 'configuration' | 'logs';

export function parseTaskTab(value: string | string[] | undefined): TaskTab {
  return value === 'logs' ? 'logs' : 'configuration';
}

export function TaskTabs({
  cluster,
  id,
  tab,
  taskDefinition,
}: {
  cluster: string;
  id: string;
  tab: TaskTab;
  taskDefinition?: string;
}) {
  return (
    <Tabs
      label="Task details"
      current={tab}
      tabs={[
        { id: 'configuration', label: 'Configuration', href: paths.task(cluster, id) },
        { id: 'logs', label: 'Logs', href: paths.taskLogs(cluster, id, { taskDefinition }) },
      ]}
    />
  );
}
