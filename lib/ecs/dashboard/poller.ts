// One Region's dashboard snapshot and the passes that refresh it within ECS's API limits.
// Cold (no snapshot yet, or one older than a minute): read everything at once, a few calls in flight, not held
// back by the steady-state bucket, so the first render can show it. Steady state, every call through one shared
// token bucket: ListClusters + DescribeClusters; DescribeServices for the services that are changing (taking turns
// beyond HOT_CALLS a pass); a full re-read of clusters whose running/pending counts the rows cannot explain (a change
// in a quiet service); then a slice of the rest in round-robin (the sweep). The ECS reads: readers.ts, stopped-task-reader.ts.
// See docs/benchmarks.md "## Console: dashboard" for the numbers.
import type { ECSClient } from '@aws-sdk/client-ecs';
import { resourceName } from '../../arn';
import { DESCRIBE_SERVICES_MAX } from '../../ecs-rules';
import { InFlightLimit } from '../in-flight-limit';
import type { RateLimiter } from '../rate-limiter';
import { applyCounts, type ClusterState, explained, newClusterState, settle } from './cluster-state';
import { describeClusters, describeServices, listServiceArns, readClusterList, type Send } from './readers';
import { readStoppedTasks } from './stopped-task-reader';
import type { StoppedTaskStore } from './stopped-task-store';
import { isHot, listedOnlyRow, type ServiceHealthRow, toServiceHealthRow } from './view';

/** ECS calls one pass aims to spend: ~2 s of the 15 calls/s budget (snapshot.ts). */
export const PASS_CALLS = 28;
/** What re-reading a 100-service cluster costs: ListServices, ListTasks, 10 × DescribeServices, DescribeClusters. */
const CLUSTER_READ_CALLS = 13;
/**
 * DescribeServices calls a pass spends at most on changing services. A mass deployment (or a fresh seed) makes
 * hundreds of services "changing"; describing all of them in one pass took 13-14 s at 15 calls/s, and a change in
 * a quiet service waited for it. Beyond this, they take turns, least recently described first.
 */
export const HOT_CALLS = 12;
/** Calls in flight during a cold read (the SDK still retries with backoff if the target throttles). */
export const COLD_IN_FLIGHT = 8;
/** A snapshot older than this (the poller slept without viewers) is read again cold. */
export const STALE_MS = 60_000;

export interface PassResult {
  calls: number;
  cold: boolean;
  rereadClusters: number;
  sweptClusters: number;
}

export class DashboardPoller {
  readonly rows = new Map<string, ServiceHealthRow>();
  private readonly clusters = new Map<string, ClusterState>();
  private readonly belowSince = new Map<string, number>();
  private readonly coldLimit = new InFlightLimit(COLD_IN_FLIGHT);
  private sweepQueue: string[] = [];
  /** When each row was last described (a sequence number): the changing ones take turns by it. */
  private readonly describedSeq = new Map<string, number>();
  private seq = 0;
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

  /** Steady state: every call waits for a token of the shared bucket. */
  private readonly throttled: Send = (call) => {
    this.count();
    return this.limiter.run(() => call(this.ecs));
  };

  /** Cold read: no bucket, only a cap on calls in flight. */
  private readonly burst: Send = (call) => {
    this.count();
    return this.coldLimit.run(() => call(this.ecs));
  };

  private count(): void {
    this.calls++;
    this.onCall();
  }

  /** Whether the next pass reads everything: nothing read yet, or the snapshot went stale while nobody looked. */
  get cold(): boolean {
    return !this.complete || this.refreshedAt === undefined || this.now() - this.refreshedAt > STALE_MS;
  }

  async pass(): Promise<PassResult> {
    const startCalls = this.calls;
    if (this.cold) {
      const clusters = await this.readAll();
      return { calls: this.calls - startCalls, cold: true, rereadClusters: 0, sweptClusters: clusters };
    }
    const listed = await this.readClusters(this.throttled);
    // 1. What is changing (deployments, failures, pending tasks): describe those services, up to HOT_CALLS a pass.
    const hotRows = [...this.rows.values()].filter((row) => row.described && isHot(row));
    const hasHot = new Set(hotRows.map((row) => row.cluster));
    const picked = this.pickHot(hotRows);
    // Clusters with changing services left for a later pass: their rows are not all fresh, so a mismatch there
    // may be nothing but those services moving on.
    const unsure = new Set(hotRows.filter((row) => !picked.get(row.cluster)?.includes(row.name)).map((row) => row.cluster));
    await Promise.all([
      ...[...picked].map(([cluster, names]) => this.describe(cluster, this.throttled, names)),
      ...listed.filter((c) => c.changed).map((c) => this.readStopped(c.state, this.throttled)),
    ]);
    // 2. Clusters whose task counts the rows cannot explain hold a change we have not seen: re-read them whole.
    const now = this.now();
    // Where some changing services wait for their turn, stale rows alone do not add up: only counts that moved
    // since the last pass point at a change there.
    for (const { state, changed } of listed)
      if (!explained(state, this.rows) && (changed || !unsure.has(state.name))) state.dirtySince ??= now;
    // Clusters without changing services first: their counts moving can only mean a change we have not seen.
    // Then clusters whose counts moved this pass (a fresh change) before those that have been dirty for a while.
    const movedNow = new Set(listed.filter((c) => c.changed).map((c) => c.state.name));
    const rank = (c: ClusterState) => (hasHot.has(c.name) ? 1 : 0) + (movedNow.has(c.name) ? 0 : 2);
    const dirty = listed
      .map((c) => c.state)
      .filter((c) => c.dirtySince !== undefined)
      .sort((a, b) => rank(a) - rank(b) || (a.dirtySince ?? 0) - (b.dirtySince ?? 0));
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
    return { calls: this.calls - startCalls, cold: false, rereadClusters: reread.size, sweptClusters: swept };
  }

  /** The changing services to describe this pass, by cluster: least recently described first, within HOT_CALLS. */
  private pickHot(hotRows: ServiceHealthRow[]): Map<string, string[]> {
    const order = (row: ServiceHealthRow) => this.describedSeq.get(row.key) ?? 0;
    const picked = new Map<string, string[]>();
    let calls = 0;
    for (const row of hotRows.sort((a, b) => order(a) - order(b))) {
      const names = picked.get(row.cluster) ?? [];
      // A cluster's first name, and every tenth after it, starts another DescribeServices call.
      if (names.length % DESCRIBE_SERVICES_MAX === 0) {
        if (calls === HOT_CALLS) continue;
        calls++;
      }
      names.push(row.name);
      picked.set(row.cluster, names);
    }
    return picked;
  }

  /** The cold read: every cluster at once (rows appear as each batch arrives), then counts for the offsets. */
  private async readAll(): Promise<number> {
    const listed = await this.readClusters(this.burst);
    const names = listed.map((c) => c.state.name);
    await Promise.all(names.map((name) => this.readRows(name, this.burst)));
    await this.refreshCounts(names, this.burst);
    for (const { state } of listed) settle(state, this.rows);
    this.complete = true;
    this.refreshedAt = this.now();
    return names.length;
  }

  private async readClusters(send: Send): Promise<{ state: ClusterState; changed: boolean }[]> {
    const seen = new Set<string>();
    const result: { state: ClusterState; changed: boolean }[] = [];
    for (const c of await readClusterList(send)) {
      if (c.status === 'INACTIVE' || !c.clusterName) continue;
      seen.add(c.clusterName);
      const previous = this.clusters.get(c.clusterName);
      const state = previous ?? newClusterState({ ...c, clusterName: c.clusterName });
      const changed = applyCounts(state, c) && previous !== undefined;
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

  /** Every service of the cluster, and its newly stopped tasks (steady state). */
  async readCluster(name: string): Promise<void> {
    await this.readRows(name, this.throttled);
    await this.refreshCounts([name], this.throttled);
    const state = this.clusters.get(name);
    if (state) settle(state, this.rows);
  }

  /** ListServices and the stopped tasks, then DescribeServices by 10 for every listed service. */
  private async readRows(name: string, send: Send): Promise<void> {
    const state = this.clusters.get(name);
    if (!state) return;
    await Promise.all([this.listServices(state, send), this.readStopped(state, send)]);
    await this.describe(name, send);
  }

  /** Counts taken right after the services were described, so the standalone-task offset is not skewed. */
  private async refreshCounts(names: string[], send: Send): Promise<void> {
    const arns = names.flatMap((n) => this.clusters.get(n)?.arn ?? []);
    for (const c of await describeClusters(send, arns)) {
      const state = c.clusterName ? this.clusters.get(c.clusterName) : undefined;
      if (state) applyCounts(state, c);
    }
  }

  private async listServices(state: ClusterState, send: Send): Promise<void> {
    const arns = await listServiceArns(send, state.arn);
    const keys = arns.map((arn) => `${state.name}/${resourceName(arn)}`);
    const current = new Set(keys);
    for (const key of state.serviceKeys) if (!current.has(key)) this.rows.delete(key);
    state.serviceKeys = keys;
    arns.forEach((arn, i) => {
      if (!this.rows.has(keys[i])) this.rows.set(keys[i], listedOnlyRow(state.name, arn));
    });
  }

  /** DescribeServices by 10 for `only` (default: every listed service of the cluster). */
  private async describe(name: string, send: Send, only?: string[]): Promise<void> {
    const state = this.clusters.get(name);
    if (!state) return;
    const names = only ?? state.serviceKeys.map((key) => key.slice(name.length + 1));
    await describeServices(send, state.arn, names, (services) => {
      const now = this.now();
      for (const service of services) {
        if (service.status !== 'ACTIVE') continue;
        const key = `${name}/${service.serviceName}`;
        const below = (service.runningCount ?? 0) < (service.desiredCount ?? 0);
        if (!below) this.belowSince.delete(key);
        else if (!this.belowSince.has(key)) this.belowSince.set(key, now);
        this.rows.set(key, toServiceHealthRow(name, service, now, this.belowSince.get(key)));
        this.describedSeq.set(key, ++this.seq);
      }
    });
  }

  private readStopped(state: ClusterState, send: Send): Promise<void> {
    return readStoppedTasks(send, this.store, this.region, state);
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

  /** Whether the last read of the cluster list had this (ACTIVE) cluster. */
  hasCluster(name: string): boolean {
    return this.clusters.has(name);
  }
}
