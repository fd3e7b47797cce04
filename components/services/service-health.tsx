'use client';
// Health tab: task counts of the service and of each deployment, the health of its running tasks, its load
// balancing and its auto scaling.
import { StatusBadge } from '@/components/ui/badge';
import { KeyValueGrid } from '@/components/ui/key-value';
import { Panel } from '@/components/ui/panel';
import type { TaskRow } from '@/lib/ecs/task-view';
import { apiPaths } from '@/lib/paths';
import { queryKeys } from '@/lib/query/keys';
import { usePollingQuery } from '@/lib/query/use-polling-query';
import { ServiceAutoScalingPanel } from '../auto-scaling/service-auto-scaling';
import { ServiceLoadBalancingPanel } from '../load-balancing/service-load-balancing';
import { rolloutLabel } from './service-format';
import { useService } from './use-service';

export function ServiceHealth({ cluster, service }: { cluster: string; service: string }) {
  const { data: s } = useService(cluster, service);
  const filter = { desiredStatus: 'RUNNING', serviceName: service } as const;
  const tasks = usePollingQuery<TaskRow[]>(queryKeys.tasks(cluster, filter), apiPaths.tasks(cluster, filter), {
    enabled: s?.status === 'ACTIVE',
  });
  if (!s) return null;
  const health = (status: string) => (tasks.data ?? []).filter((t) => t.health === status).length;
  return (
    <div className="space-y-5">
      <Panel title="Task health">
        <KeyValueGrid
          columns={4}
          items={[
            { label: 'Running tasks', value: s.running },
            { label: 'Pending tasks', value: s.pending },
            { label: 'Desired tasks', value: s.desired },
            { label: 'Healthy', value: tasks.data ? health('HEALTHY') : '-' },
            { label: 'Unhealthy', value: tasks.data ? health('UNHEALTHY') : '-' },
            { label: 'Health unknown', value: tasks.data ? health('UNKNOWN') : '-' },
          ]}
        />
      </Panel>
      {s.loadBalancers.length > 0 && <ServiceLoadBalancingPanel cluster={cluster} service={service} />}
      {s.status === 'ACTIVE' && <ServiceAutoScalingPanel cluster={cluster} service={service} />}
      <Panel title="Deployments" description="Task counts per deployment (the PRIMARY deployment is the newest).">
        <ul className="space-y-3">
          {s.deployments.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center gap-x-6 gap-y-1 text-sm">
              <span className="font-mono text-xs">{d.id}</span>
              <StatusBadge status={d.status} />
              <span>{d.taskDefinition}</span>
              <span>
                {d.running}/{d.desired} running, {d.pending} pending, {d.failedTasks} failed
              </span>
              {d.rolloutState && <StatusBadge status={d.rolloutState} label={rolloutLabel(d.rolloutState)} />}
            </li>
          ))}
        </ul>
      </Panel>
    </div>
  );
}
