'use client';
// The service page's live Auto scaling panel, in the AWS console's words: the scalable target (minimum and maximum
// tasks, suspended processes), its scaling policies, scheduled actions and the newest scaling activities with their
// cause, status and time. It polls its own query like every live view.
import { StatusBadge } from '@/components/ui/badge';
import { type Column, DataTable } from '@/components/ui/data-table';
import { DateTime } from '@/components/ui/date-time';
import { KeyValueGrid } from '@/components/ui/key-value';
import { Panel } from '@/components/ui/panel';
import {
  ACTIVITY_STATUS,
  type ScalingActivityView,
  type ScalingPolicyView,
  type ScheduledActionView,
  type ServiceAutoScaling,
} from '@/lib/autoscaling/auto-scaling-view';
import { apiPaths } from '@/lib/paths';
import { queryKeys } from '@/lib/query/keys';
import { usePollingQuery } from '@/lib/query/use-polling-query';

const seconds = (s: number | undefined) => (s === undefined ? '300 (default)' : String(s));

const policyColumns: Column<ScalingPolicyView>[] = [
  { id: 'name', header: 'Policy name', cell: (p) => p.name, sortValue: (p) => p.name },
  { id: 'type', header: 'Policy type', cell: (p) => p.type },
  { id: 'summary', header: 'Metric and target', cell: (p) => p.summary },
  { id: 'out', header: 'Scale-out cooldown (s)', cell: (p) => seconds(p.scaleOutCooldown) },
  { id: 'in', header: 'Scale-in cooldown (s)', cell: (p) => (p.type === 'Target tracking' ? seconds(p.scaleInCooldown) : '-') },
  {
    id: 'scale-in',
    header: 'Scale-in',
    cell: (p) => (p.type !== 'Target tracking' ? '-' : p.disableScaleIn ? 'Turned off' : 'Turned on'),
  },
];

const actionColumns: Column<ScheduledActionView>[] = [
  { id: 'name', header: 'Name', cell: (a) => a.name, sortValue: (a) => a.name },
  { id: 'schedule', header: 'Schedule', cell: (a) => <span className="font-mono text-xs">{a.schedule}</span> },
  { id: 'timezone', header: 'Time zone', cell: (a) => a.timezone },
  { id: 'min', header: 'Minimum tasks', cell: (a) => a.min ?? '-' },
  { id: 'max', header: 'Maximum tasks', cell: (a) => a.max ?? '-' },
  { id: 'start', header: 'Start time', cell: (a) => <DateTime iso={a.startTime} /> },
  { id: 'end', header: 'End time', cell: (a) => <DateTime iso={a.endTime} /> },
];

const activityColumns: Column<ScalingActivityView>[] = [
  {
    id: 'start',
    header: 'Start time',
    cell: (a) => <DateTime iso={a.startTime} />,
    sortValue: (a) => a.startTime,
    className: 'whitespace-nowrap',
  },
  {
    id: 'status',
    header: 'Status',
    cell: (a) => {
      const status = ACTIVITY_STATUS[a.status] ?? { label: a.status, badge: 'UNKNOWN' };
      return <StatusBadge status={status.badge} label={status.label} />;
    },
    sortValue: (a) => a.status,
  },
  { id: 'description', header: 'Description', cell: (a) => a.description },
  { id: 'cause', header: 'Cause', cell: (a) => a.cause },
  { id: 'message', header: 'Status message', cell: (a) => a.statusMessage ?? '-' },
  { id: 'end', header: 'End time', cell: (a) => <DateTime iso={a.endTime} />, className: 'whitespace-nowrap' },
];

/** The service's auto scaling, polled; the panel and the charts share the one query. */
export function useServiceAutoScaling(cluster: string, service: string, enabled = true) {
  return usePollingQuery<ServiceAutoScaling>(
    queryKeys.serviceAutoScaling(cluster, service),
    apiPaths.serviceAutoScaling(cluster, service),
    { enabled },
  );
}

export function ServiceAutoScalingPanel({ cluster, service }: { cluster: string; service: string }) {
  const { data, error, refetch, isFetching } = useServiceAutoScaling(cluster, service);
  const target = data?.target;
  return (
    <div role="region" aria-label="Auto scaling">
      <Panel
        title="Auto scaling"
        description="Service auto scaling adjusts the desired task count within the minimum and maximum through scaling policies and scheduled actions."
      >
        {!data && !error && <p className="text-sm text-zinc-600 dark:text-zinc-400">Loading auto scaling…</p>}
        {error && !data && (
          <p className="text-sm text-red-700 dark:text-red-400">The auto scaling details could not be read: {error.message}</p>
        )}
        {data && !target && (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Service auto scaling is not configured. Update the service to set a minimum and maximum number of tasks and a scaling
            policy.
          </p>
        )}
        {data && target && (
          <div className="space-y-6">
            <KeyValueGrid
              columns={3}
              items={[
                { label: 'Minimum number of tasks', value: target.min },
                { label: 'Maximum number of tasks', value: target.max },
                { label: 'Suspended', value: target.suspended.length > 0 ? target.suspended.join(', ') : 'None' },
              ]}
            />
            <DataTable
              title="Scaling policies"
              resourceName="scaling policies"
              items={data.policies}
              columns={policyColumns}
              rowKey={(p) => p.name}
              empty={{ title: 'No scaling policies', description: 'The desired count changes only by scheduled actions.' }}
            />
            <DataTable
              title="Scheduled actions"
              resourceName="scheduled actions"
              items={data.scheduledActions}
              columns={actionColumns}
              rowKey={(a) => a.name}
              empty={{ title: 'No scheduled actions', description: 'No minimum or maximum changes are scheduled.' }}
            />
          </div>
        )}
      </Panel>
      {data && target && (
        <div className="mt-5">
          <DataTable
            title="Scaling activities"
            resourceName="scaling activities"
            items={data.activities}
            columns={activityColumns}
            rowKey={(a) => a.id}
            filterText={(a) => `${a.description} ${a.cause} ${a.status}`}
            onRefresh={() => void refetch()}
            refreshing={isFetching}
            defaultSort={{ columnId: 'start', descending: true }}
            empty={{
              title: 'No scaling activities',
              description: 'Activities appear when a policy or a scheduled action scales the service.',
            }}
          />
        </div>
      )}
    </div>
  );
}
