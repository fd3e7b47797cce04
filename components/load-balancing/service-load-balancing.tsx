'use client';
// The service page's live Load balancing panel: for each target group, its load balancers (DNS name and, when the
// engine serves them on 127.0.0.1, a link that opens the listener), listeners and rules, and every target with its
// task, address, port and health (reason and description as ELB gives them).
import { StatusBadge } from '@/components/ui/badge';
import { TextLink } from '@/components/ui/button';
import { CopyableText } from '@/components/ui/copy-button';
import { type Column, DataTable } from '@/components/ui/data-table';
import { KeyValueGrid } from '@/components/ui/key-value';
import { Panel } from '@/components/ui/panel';
import type { ServiceLoadBalancing, TargetGroupView, TargetView } from '@/lib/elbv2/load-balancing-view';
import { apiPaths, paths } from '@/lib/paths';
import { queryKeys } from '@/lib/query/keys';
import { usePollingQuery } from '@/lib/query/use-polling-query';
import { ListenersList } from './listeners-list';

const TARGET_TONES: Record<string, string> = {
  healthy: 'HEALTHY',
  unhealthy: 'UNHEALTHY',
  initial: 'PENDING',
  draining: 'DRAINING',
  unused: 'STOPPED',
};

function targetColumns(cluster: string): Column<TargetView>[] {
  return [
    { id: 'target', header: 'Target', cell: (t) => t.id, sortValue: (t) => t.id },
    { id: 'port', header: 'Port', cell: (t) => t.port ?? '-', sortValue: (t) => t.port ?? 0 },
    {
      id: 'task',
      header: 'Task',
      cell: (t) => (t.taskId ? <TextLink href={paths.task(cluster, t.taskId)}>{t.taskId.slice(0, 12)}</TextLink> : '-'),
    },
    {
      id: 'health',
      header: 'Health status',
      cell: (t) => (
        <StatusBadge status={TARGET_TONES[t.state] ?? 'UNKNOWN'} label={t.state.charAt(0).toUpperCase() + t.state.slice(1)} />
      ),
      sortValue: (t) => t.state,
    },
    { id: 'reason', header: 'Health status details', cell: (t) => (t.description ? `${t.reason}: ${t.description}` : '-') },
  ];
}

function TargetGroupSection({ cluster, group }: { cluster: string; group: TargetGroupView }) {
  return (
    <div className="space-y-4">
      <KeyValueGrid
        columns={4}
        items={[
          { label: 'Target group', value: group.name },
          { label: 'Protocol : Port', value: `${group.protocol}:${group.port ?? '-'}` },
          { label: 'Container to load balance', value: `${group.containerName}:${group.containerPort}` },
          { label: 'Health check path', value: group.healthCheckPath ?? '-' },
        ]}
      />
      {group.loadBalancers.map((lb) => (
        <div key={lb.arn} className="space-y-2 rounded-xl border border-zinc-200 p-3 dark:border-zinc-700">
          <KeyValueGrid
            columns={3}
            items={[
              { label: 'Load balancer', value: `${lb.name} (${lb.type === 'network' ? 'Network' : 'Application'})` },
              { label: 'DNS name', value: <CopyableText value={lb.dnsName} /> },
              {
                label: 'State',
                value: <StatusBadge status={lb.state === 'active' ? 'ACTIVE' : 'PROVISIONING'} label={lb.state} />,
              },
            ]}
          />
          <ListenersList listeners={lb.listeners} />
        </div>
      ))}
      <DataTable
        title="Targets"
        resourceName="targets"
        items={group.targets}
        columns={targetColumns(cluster)}
        rowKey={(t) => `${t.id}:${t.port}`}
        empty={{ title: 'No registered targets', description: 'Targets appear when the service’s tasks start.' }}
      />
    </div>
  );
}

export function ServiceLoadBalancingPanel({ cluster, service }: { cluster: string; service: string }) {
  const { data, error } = usePollingQuery<ServiceLoadBalancing>(
    queryKeys.serviceLoadBalancing(cluster, service),
    apiPaths.serviceLoadBalancing(cluster, service),
  );
  return (
    <div role="region" aria-label="Load balancing">
      <Panel
        title="Load balancing"
        description="Target groups of the service, their load balancers and the health of each target."
      >
        {!data && !error && <p className="text-sm text-zinc-600 dark:text-zinc-400">Loading load balancing…</p>}
        {error && !data && (
          <p className="text-sm text-red-700 dark:text-red-400">The load balancing details could not be read: {error.message}</p>
        )}
        <div className="space-y-6">
          {data?.targetGroups.map((group) => (
            <TargetGroupSection key={group.arn} cluster={cluster} group={group} />
          ))}
          {data?.classic.map((name) => (
            <p key={name} className="text-sm">
              Classic Load Balancer {name}: recorded on the service; the local engine does not emulate Classic Load Balancers.
            </p>
          ))}
        </div>
      </Panel>
    </div>
  );
}
