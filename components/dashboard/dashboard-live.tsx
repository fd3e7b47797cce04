'use client';
// The live dashboard: hydrated from the page's snapshot, then polling /api/dashboard (the server poller's latest
// snapshot, so each poll costs no ECS call). Pauses in hidden tabs and backs off on 429 (usePollingQuery).
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { DateTime } from '@/components/ui/date-time';
import type { DashboardSnapshot } from '@/lib/ecs/dashboard/view';
import { apiPaths } from '@/lib/paths';
import { fetchJson } from '@/lib/query/fetch-json';
import { queryKeys } from '@/lib/query/keys';
import { usePollingQuery } from '@/lib/query/use-polling-query';
import { ServicesHealthTable } from './services-health-table';
import { StoppedTasksTable } from './stopped-tasks-table';

export const DASHBOARD_POLL_MS = 2_000;

function Summary({ snapshot }: { snapshot: DashboardSnapshot }) {
  const unhealthy = snapshot.services.filter((s) => s.problems.length > 0).length;
  const described = snapshot.services.filter((s) => s.described).length;
  return (
    <div className="flex flex-wrap items-end gap-6">
      <dl className="flex flex-wrap gap-6 text-sm" aria-label="Summary">
        {[
          ['Clusters', snapshot.clusters],
          ['Services', snapshot.services.length],
          ['Unhealthy', unhealthy],
          ['Tasks stopped (24 h)', snapshot.stopped.count],
        ].map(([label, value]) => (
          <div key={label}>
            <dt className="text-zinc-600 dark:text-zinc-400">{label}</dt>
            <dd
              className={
                label === 'Unhealthy' && Number(value) > 0
                  ? 'text-2xl font-bold text-red-700 dark:text-red-400'
                  : 'text-2xl font-bold'
              }
            >
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {/* Outside the list: a <dl> may hold only its terms and definitions (axe: definition-list). */}
      {!snapshot.complete && (
        <Badge tone="pending">
          Reading services: {described} of {snapshot.services.length} described
        </Badge>
      )}
    </div>
  );
}

export function DashboardLive() {
  const query = usePollingQuery<DashboardSnapshot>(queryKeys.dashboard(), apiPaths.dashboard(), {
    intervalMs: DASHBOARD_POLL_MS,
  });
  const queryClient = useQueryClient();
  const [refreshing, setRefreshing] = useState(false);
  const [refreshError, setRefreshError] = useState<Error>();
  // The Refresh button asks the server for a pass now, instead of reading the snapshot it already has.
  const refresh = async () => {
    setRefreshing(true);
    try {
      queryClient.setQueryData(queryKeys.dashboard(), await fetchJson<DashboardSnapshot>(apiPaths.dashboard({ refresh: true })));
      setRefreshError(undefined);
    } catch (err) {
      setRefreshError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setRefreshing(false);
    }
  };
  const snapshot = query.data;
  if (!snapshot) return <p className="text-sm">Loading the dashboard…</p>;
  const problem = refreshError ?? query.error ?? snapshot.error;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <Summary snapshot={snapshot} />
        <div className="flex items-center gap-3 text-sm text-zinc-600 dark:text-zinc-400">
          <span>
            Last updated <DateTime iso={snapshot.refreshedAt} />
          </span>
          <span title="ECS calls per second made by the dashboard poller for all viewers (budget in brackets)">
            {snapshot.rate.callsPerSecond} ECS calls/s (≤ {snapshot.rate.limit})
          </span>
          <Button onClick={refresh} disabled={refreshing} aria-label="Refresh">
            {refreshing ? 'Refreshing…' : 'Refresh'}
          </Button>
        </div>
      </div>
      {problem && (
        <Alert type="warning" title="Could not refresh the dashboard">
          {problem.message} The figures below are from the last successful refresh.
        </Alert>
      )}
      <ServicesHealthTable rows={snapshot.services} reading={!snapshot.complete} />
      <StoppedTasksTable
        groups={snapshot.stopped.groups}
        windowHours={snapshot.stopped.windowHours}
        count={snapshot.stopped.count}
      />
    </div>
  );
}
