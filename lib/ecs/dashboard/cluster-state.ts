// What the dashboard poller remembers per cluster, and the arithmetic that tells it a quiet service changed: the
// cluster's running/pending task counts stop adding up to its services' counts plus its standalone tasks.
import type { Cluster } from '@aws-sdk/client-ecs';
import type { ServiceHealthRow } from './view';

export interface ClusterState {
  name: string;
  arn: string;
  fingerprint: string;
  serviceKeys: string[];
  /** From the last DescribeClusters. */
  counts: { active: number; running: number; pending: number };
  /** Tasks the cluster counts beyond its services' (standalone tasks), as of the last full read. */
  offset?: { running: number; pending: number };
  /** Set while the cluster's counts hold a change the rows do not show yet. */
  dirtySince?: number;
}

type Rows = ReadonlyMap<string, ServiceHealthRow>;

export function newClusterState(c: Cluster & { clusterName: string }): ClusterState {
  return {
    name: c.clusterName,
    arn: c.clusterArn ?? '',
    fingerprint: '',
    serviceKeys: [],
    counts: { active: 0, running: 0, pending: 0 },
  };
}

/** What DescribeClusters says about the cluster's size; returns whether it moved since the last time. */
export function applyCounts(state: ClusterState, c: Cluster): boolean {
  const next = `${c.activeServicesCount}/${c.runningTasksCount}/${c.pendingTasksCount}/${c.status}`;
  const changed = state.fingerprint !== next;
  state.fingerprint = next;
  state.counts = { active: c.activeServicesCount ?? 0, running: c.runningTasksCount ?? 0, pending: c.pendingTasksCount ?? 0 };
  return changed;
}

function sums(state: ClusterState, rows: Rows): { running: number; pending: number } {
  let running = 0;
  let pending = 0;
  for (const key of state.serviceKeys) {
    const row = rows.get(key);
    running += row?.running ?? 0;
    pending += row?.pending ?? 0;
  }
  return { running, pending };
}

/** Whether the cluster's running/pending counts equal its services' (plus standalone tasks at the last read). */
export function explained(state: ClusterState, rows: Rows): boolean {
  if (!state.offset || state.counts.active !== state.serviceKeys.length) return false;
  const s = sums(state, rows);
  return s.running + state.offset.running === state.counts.running && s.pending + state.offset.pending === state.counts.pending;
}

/** After a full read: what the cluster counts beyond its services (standalone tasks). */
export function settle(state: ClusterState, rows: Rows): void {
  const s = sums(state, rows);
  state.offset = { running: state.counts.running - s.running, pending: state.counts.pending - s.pending };
  state.dirtySince = undefined;
}
