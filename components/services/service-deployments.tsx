'use client';
// "Deployments and events" tab: the current deployment (stop, roll back, answer its hooks), deployments with
// rollout state and reason, then service events newest first.
import { DeploymentTimeline } from '@/components/dashboard/deployment-timeline';
import { StatusBadge } from '@/components/ui/badge';
import { type Column, DataTable } from '@/components/ui/data-table';
import { DateTime } from '@/components/ui/date-time';
import { Panel } from '@/components/ui/panel';
import type { DeploymentView, ServiceEventView } from '@/lib/ecs/service-view';
import { CurrentDeployment } from './current-deployment';
import { LastUpdated } from './last-updated';
import { rolloutLabel } from './service-format';
import { useService } from './use-service';

const deploymentColumns: Column<DeploymentView>[] = [
  { id: 'id', header: 'Deployment ID', cell: (d) => <span className="font-mono text-xs">{d.id}</span> },
  { id: 'status', header: 'Status', cell: (d) => <StatusBadge status={d.status} /> },
  { id: 'td', header: 'Task definition', cell: (d) => d.taskDefinition },
  {
    id: 'rollout',
    header: 'Rollout state',
    cell: (d) => (d.rolloutState ? <StatusBadge status={d.rolloutState} label={rolloutLabel(d.rolloutState)} /> : '-'),
  },
  { id: 'reason', header: 'Rollout state reason', cell: (d) => d.rolloutStateReason ?? '-' },
  {
    id: 'tasks',
    header: 'Tasks',
    cell: (d) => `${d.running}/${d.desired} running, ${d.pending} pending, ${d.failedTasks} failed`,
  },
  { id: 'created', header: 'Created at', cell: (d) => <DateTime iso={d.createdAt} />, sortValue: (d) => d.createdAt ?? '' },
  { id: 'updated', header: 'Updated at', cell: (d) => <DateTime iso={d.updatedAt} />, sortValue: (d) => d.updatedAt ?? '' },
];

const eventColumns: Column<ServiceEventView>[] = [
  { id: 'at', header: 'Started at', cell: (e) => <DateTime iso={e.createdAt} />, className: 'whitespace-nowrap' },
  { id: 'message', header: 'Message', cell: (e) => e.message },
  { id: 'id', header: 'Event ID', cell: (e) => <span className="font-mono text-xs">{e.id}</span> },
];

export function ServiceDeployments({ cluster, service }: { cluster: string; service: string }) {
  const query = useService(cluster, service);
  const s = query.data;
  if (!s) return null;
  const live = <LastUpdated updatedAt={query.dataUpdatedAt} onRefresh={() => query.refetch()} refreshing={query.isFetching} />;
  return (
    <div className="space-y-5">
      <CurrentDeployment cluster={cluster} service={service} />
      <Panel title="Deployment timeline" description="Deployments and events in time order, so a rollout reads as a story.">
        <DeploymentTimeline
          deployments={s.deployments.map((d) => ({
            ...d,
            desiredCount: d.desired,
            rolledBackFrom: d.status === 'PRIMARY' ? s.rolloutFailure?.failedDeploymentId : undefined,
          }))}
          events={s.events.flatMap((e) => (e.createdAt ? [{ id: e.id, createdAt: e.createdAt, message: e.message }] : []))}
        />
      </Panel>
      <DataTable
        title="Deployments"
        resourceName="deployments"
        items={s.deployments}
        columns={deploymentColumns}
        rowKey={(d) => d.id}
        actions={live}
        filterText={(d) => `${d.id} ${d.status} ${d.taskDefinition} ${d.rolloutState ?? ''} ${d.rolloutStateReason ?? ''}`}
        empty={{ title: 'No deployments', description: 'The service has no deployments.' }}
      />
      {/* ECS returns events newest first; no default sort keeps that order for events with the same timestamp. */}
      <DataTable
        title="Events"
        resourceName="events"
        items={s.events}
        columns={eventColumns}
        rowKey={(e) => e.id}
        filterText={(e) => e.message}
        pageSize={25}
        empty={{ title: 'No events', description: 'The service has no events yet.' }}
      />
    </div>
  );
}
