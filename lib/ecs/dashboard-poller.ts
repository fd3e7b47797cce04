// One Region's dashboard snapshot and the passes that refresh it within ECS's API limits. Every ECS call goes
// through one shared token bucket. A pass: ListClusters + DescribeClusters; DescribeServices for the services that
// are changing; a full re-read of clusters whose running/pending counts the rows cannot explain (a change in a
// quiet service); then a slice of the rest in round-robin (the sweep).
// Per cluster: ListServices (100 a page), DescribeServices (10 a call), ListTasks STOPPED, DescribeTasks only for
// stopped tasks not yet remembered. See docs/benchmarks.md "## Console: dashboard" for the numbers.
import {
  type Cluster,
  DescribeClustersCommand,
  DescribeServicesCommand,
  DescribeTasksCommand,
  type ECSClient,
  ListClustersCommand,
  ListServicesCommand,
  ListTasksCommand,
} from '@aws-sdk/client-ecs';
import { chunk, DESCRIBE_CLUSTERS_MAX, DESCRIBE_SERVICES_MAX, DESCRIBE_TASKS_MAX, LIST_MAX_RESULTS } from '../ecs-rules';
import { listAll } from './batch';
import { isHot, listedOnlyRow, type ServiceHealthRow, toServiceHealthRow } from './dashboard-view';
import type { RateLimiter } from './rate-limiter';
import type { StoppedTaskStore } from './stopped-task-store';
import { type StoppedTaskRecord, toStoppedTaskRecord } from './stopped-task-view';

/** ECS calls one pass aims to spend: ~2 s of the 15 calls/s budget (lib/ecs/dashboard.ts). */
export const PASS_CALLS = 28;
/** What re-reading a 100-service cluster costs: ListServices, ListTasks, 10 × DescribeServices, DescribeClusters. */
const CLUSTER_READ_CALLS = 13;

interface ClusterState {
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

export interface PassResult {
  calls: number;
  rereadClusters: number;
  sweptClusters: number;
}

function fingerprint(c: Cluster): string {
  return `${c.activeServicesCount}/${c.runningTasksCount}/${c.pendingTasksCount}/${c.status}`;
}

export class DashboardPoller {
  readonly rows = new Map<string, ServiceHealthRow>();
  private readonly clusters = new Map<string, ClusterState>();
  private readonly belowSince = new Map<string, number>();
  private sweepQueue: string[] = [];
  private calls = 0;
  /** Set once every cluster has been read at least once. */
  complete = false;
  refreshedAt?: number;

  constructor(
    /** The stopped-task memory's scope: the Region, qualified by the target in production. */
    readonly region: string,
    private readonly ecs: ECSClient,
    private readonly store: StoppedTaskStore,
    private readonly limiter: RateLimiter,
    private readonly now: () => number = Date.now,
    private readonly onCall: () => void = () => {},
  ) {}

  private send<T>(call: (ecs: ECSClient) => Promise<T>): Promise<T> {
    this.calls++;
    this.onCall();
    return this.limiter.run(() => call(this.ecs));
  }

  async pass(): Promise<PassResult> {
    const startCalls = this.calls;
    const listed = await this.readClusters();
    if (!this.complete) {
      await this.readAll(listed.map((c) => c.state.name));
      return { calls: this.calls - startCalls, rereadClusters: 0, sweptClusters: listed.length };
    }
    // 1. What is changing (deployments, failures, pending tasks): describe just those services, every pass.
    const hot = new Map<string, string[]>();
    for (const row of this.rows.values())
      if (row.described && isHot(row)) hot.set(row.cluster, [...(hot.get(row.cluster) ?? []), row.name]);
    await Promise.all([
      ...[...hot].map(([cluster, names]) => this.describeServices(cluster, names)),
      ...listed.filter((c) => c.changed).map((c) => this.readStoppedTasks(c.state.name)),
    ]);
    // 2. Clusters whose task counts the rows cannot explain hold a change we have not seen: re-read them whole.
    const now = this.now();
    for (const { state } of listed) if (!this.explained(state)) state.dirtySince ??= now;
    // Clusters without changing services first: their counts moving can only mean a change we have not seen.
    const dirty = listed
      .map((c) => c.state)
      .filter((c) => c.dirtySince !== undefined)
      .sort((a, b) => Number(hot.has(a.name)) - Number(hot.has(b.name)) || (a.dirtySince ?? 0) - (b.dirtySince ?? 0));
    const fits = () => this.calls - startCalls < PASS_CALLS - CLUSTER_READ_CALLS;
    const reread = new Set<string>();
    for (const state of dirty) {
      if (reread.size > 0 && !fits()) break;
      await this.readCluster(state.name);
      reread.add(state.name);
    }
    // 3. Everything else, a slice per pass, with what is left of the pass's budget.
    const swept = await this.sweep(reread, fits);
    this.refreshedAt = this.now();
    return { calls: this.calls - startCalls, rereadClusters: reread.size, sweptClusters: swept };
  }

  /** Whether the cluster's running/pending counts equal its services' (plus standalone tasks at the last read). */
  private explained(state: ClusterState): boolean {
    if (!state.offset || state.counts.active !== state.serviceKeys.length) return false;
    const sums = this.sums(state);
    return (
      sums.running + state.offset.running === state.counts.running && sums.pending + state.offset.pending === state.counts.pending
    );
  }

  private sums(state: ClusterState): { running: number; pending: number } {
    let running = 0;
    let pending = 0;
    for (const key of state.serviceKeys) {
      const row = this.rows.get(key);
      running += row?.running ?? 0;
      pending += row?.pending ?? 0;
    }
    return { running, pending };
  }

  /** After a full read: what the cluster counts beyond its services (standalone tasks). */
  private settle(state: ClusterState): void {
    const sums = this.sums(state);
    state.offset = { running: state.counts.running - sums.running, pending: state.counts.pending - sums.pending };
    state.dirtySince = undefined;
  }

  /** The first pass: every service name first (cheap), then the details, then the stopped tasks. */
  private async readAll(names: string[]): Promise<void> {
    await Promise.all(names.map((name) => this.listServices(name)));
    await Promise.all(names.map((name) => this.describeServices(name)));
    await Promise.all(names.map((name) => this.readStoppedTasks(name)));
    await this.refreshCounts(names);
    for (const name of names) {
      const state = this.clusters.get(name);
      if (state) this.settle(state);
    }
    this.complete = true;
    this.refreshedAt = this.now();
  }

  private async readClusters(): Promise<{ state: ClusterState; changed: boolean }[]> {
    const arns = await listAll(async (nextToken) => {
      const page = await this.send((ecs) => ecs.send(new ListClustersCommand({ nextToken, maxResults: LIST_MAX_RESULTS })));
      return { items: page.clusterArns, nextToken: page.nextToken };
    });
    const described = (
      await Promise.all(
        chunk(arns, DESCRIBE_CLUSTERS_MAX).map((batch) =>
          this.send((ecs) => ecs.send(new DescribeClustersCommand({ clusters: batch }))),
        ),
      )
    ).flatMap((out) => out.clusters ?? []);
    const seen = new Set<string>();
    const result: { state: ClusterState; changed: boolean }[] = [];
    for (const c of described) {
      if (c.status === 'INACTIVE' || !c.clusterName) continue;
      seen.add(c.clusterName);
      const previous = this.clusters.get(c.clusterName);
      const state: ClusterState = previous ?? {
        name: c.clusterName,
        arn: c.clusterArn ?? '',
        fingerprint: '',
        serviceKeys: [],
        counts: { active: 0, running: 0, pending: 0 },
      };
      const changed = previous !== undefined && previous.fingerprint !== fingerprint(c);
      state.fingerprint = fingerprint(c);
      state.counts = {
        active: c.activeServicesCount ?? 0,
        running: c.runningTasksCount ?? 0,
        pending: c.pendingTasksCount ?? 0,
      };
      this.clusters.set(c.clusterName, state);
      result.push({ state, changed });
    }
    for (const [name, state] of this.clusters)
      if (!seen.has(name)) {
        for (const key of state.serviceKeys) this.rows.delete(key);
        this.clusters.delete(name);
      }
    return result;
  }

  /** Re-reads clusters in round-robin order while `fits()` says the pass has budget left. */
  private async sweep(skip: Set<string>, fits: () => boolean): Promise<number> {
    let visited = 0;
    while (fits() && visited < this.clusters.size) {
      if (this.sweepQueue.length === 0) this.sweepQueue = [...this.clusters.keys()];
      const name = this.sweepQueue.shift() ?? '';
      visited++;
      if (!skip.has(name)) await this.readCluster(name);
    }
    return visited;
  }

  /** Every service of the cluster, and its newly stopped tasks. */
  async readCluster(name: string): Promise<void> {
    await Promise.all([this.listServices(name), this.readStoppedTasks(name)]);
    await this.describeServices(name);
    await this.refreshCounts([name]);
    const state = this.clusters.get(name);
    if (state) this.settle(state);
  }

  /** Counts taken right after the services were described, so the standalone-task offset is not skewed. */
  private async refreshCounts(names: string[]): Promise<void> {
    const arns = names.flatMap((n) => this.clusters.get(n)?.arn ?? []);
    const outs = await Promise.all(
      chunk(arns, DESCRIBE_CLUSTERS_MAX).map((batch) =>
        this.send((ecs) => ecs.send(new DescribeClustersCommand({ clusters: batch }))),
      ),
    );
    for (const c of outs.flatMap((o) => o.clusters ?? [])) {
      const state = c.clusterName ? this.clusters.get(c.clusterName) : undefined;
      if (!state) continue;
      state.fingerprint = fingerprint(c);
      state.counts = {
        active: c.activeServicesCount ?? 0,
        running: c.runningTasksCount ?? 0,
        pending: c.pendingTasksCount ?? 0,
      };
    }
  }

  private async listServices(name: string): Promise<void> {
    const state = this.clusters.get(name);
    if (!state) return;
    const arns = await listAll(async (nextToken) => {
      const page = await this.send((ecs) =>
        ecs.send(new ListServicesCommand({ cluster: state.arn, nextToken, maxResults: LIST_MAX_RESULTS })),
      );
      return { items: page.serviceArns, nextToken: page.nextToken };
    });
    const keys = arns.map((arn) => `${name}/${arn.split('/').pop()}`);
    const current = new Set(keys);
    for (const key of state.serviceKeys) if (!current.has(key)) this.rows.delete(key);
    state.serviceKeys = keys;
    arns.forEach((arn, i) => {
      if (!this.rows.has(keys[i])) this.rows.set(keys[i], listedOnlyRow(name, arn));
    });
  }

  /** DescribeServices by 10 for `only` (default: every listed service of the cluster). */
  private async describeServices(name: string, only?: string[]): Promise<void> {
    const state = this.clusters.get(name);
    if (!state) return;
    const names = only ?? state.serviceKeys.map((key) => key.slice(name.length + 1));
    await Promise.all(
      chunk(names, DESCRIBE_SERVICES_MAX).map(async (batch) => {
        const out = await this.send((ecs) => ecs.send(new DescribeServicesCommand({ cluster: state.arn, services: batch })));
        const now = this.now();
        for (const service of out.services ?? []) {
          if (service.status !== 'ACTIVE') continue;
          const key = `${name}/${service.serviceName}`;
          const below = (service.runningCount ?? 0) < (service.desiredCount ?? 0);
          if (!below) this.belowSince.delete(key);
          else if (!this.belowSince.has(key)) this.belowSince.set(key, now);
          this.rows.set(key, toServiceHealthRow(name, service, now, this.belowSince.get(key)));
        }
      }),
    );
  }

  private async readStoppedTasks(name: string): Promise<void> {
    const state = this.clusters.get(name);
    if (!state) return;
    const arns = await listAll(async (nextToken) => {
      const page = await this.send((ecs) =>
        ecs.send(new ListTasksCommand({ cluster: state.arn, desiredStatus: 'STOPPED', nextToken, maxResults: LIST_MAX_RESULTS })),
      );
      return { items: page.taskArns, nextToken: page.nextToken };
    });
    const known = this.store.known(this.region, arns);
    const fresh = arns.filter((arn) => !known.has(arn));
    const records: StoppedTaskRecord[] = [];
    await Promise.all(
      chunk(fresh, DESCRIBE_TASKS_MAX).map(async (batch) => {
        const out = await this.send((ecs) => ecs.send(new DescribeTasksCommand({ cluster: state.arn, tasks: batch })));
        for (const task of out.tasks ?? []) {
          const record = toStoppedTaskRecord(state.name, task);
          if (record) records.push(record);
        }
      }),
    );
    if (records.length) this.store.save(this.region, records);
  }

  /** Rows sorted unhealthy first, then by cluster and name. */
  services(): ServiceHealthRow[] {
    return [...this.rows.values()].sort(
      (a, b) =>
        Number(b.problems.length > 0) - Number(a.problems.length > 0) ||
        a.cluster.localeCompare(b.cluster) ||
        a.name.localeCompare(b.name),
    );
  }

  get clusterCount(): number {
    return this.clusters.size;
  }
}
