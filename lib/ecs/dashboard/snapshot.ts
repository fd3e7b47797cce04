// The dashboard's server side: one poller per Region, shared by every viewer and kept on globalThis, running while
// someone has looked in the last minute. Viewers read its snapshot; they never cause ECS calls themselves.
import 'server-only';
import { scalingBounds } from '../../autoscaling/scaling-bounds';
import { ecsClientFor } from '../client';
import { type EcsErrorView, logEcsError } from '../errors';
import { targetEndpoint, targetKind } from '../target';
import { DashboardPoller } from './poller';
import { DASHBOARD_CALLS_PER_SECOND, dashboardLimiter } from './rate';
import { stoppedTaskLog } from './stopped-task-log';
import { STOPPED_TASK_MEMORY_MS } from './stopped-task-store';
import { groupStoppedTasks, isFailedStop } from './stopped-task-view';
import type { DashboardSnapshot } from './view';

export type { DashboardSnapshot } from './view';

const PASS_INTERVAL_MS = 2_000;
const IDLE_STOP_MS = 60_000;
const MAX_BACKOFF_MS = 60_000;
/**
 * How long a render waits for the poller's first pass after it wakes (a cold read of everything, not throttled by
 * the bucket) before showing what is complete: the rest of the 1.5 s first-render target is for rendering.
 */
const FIRST_RENDER_WAIT_MS = 800;
/** How long a manual refresh waits for the pass it asked for (a pass over a large target can take longer). */
const REFRESH_WAIT_MS = 5_000;
const STOPPED_WINDOW_HOURS = 24;
const RATE_WINDOW_MS = 10_000;

/** The stopped-task memory is kept per target and Region, so pointing the console elsewhere never mixes them up. */
function memoryScope(region: string): string {
  const kind = targetKind();
  return `${kind}:${targetEndpoint(kind) ?? 'aws'}:${region}`;
}

class RegionLoop {
  readonly poller: DashboardPoller;
  private lastViewed = 0;
  private running = false;
  private callTimes: number[] = [];
  private lastPrune = 0;
  error?: EcsErrorView;
  rawError?: unknown;
  /** Resolves after the first pass of the current run: the cold read when the poller wakes from sleep. */
  firstPass: Promise<void> = Promise.resolve();
  private resolveFirst: () => void = () => {};

  constructor(readonly region: string) {
    this.poller = new DashboardPoller(
      memoryScope(region),
      ecsClientFor(region),
      stoppedTaskLog(),
      dashboardLimiter(),
      Date.now,
      () => this.callTimes.push(Date.now()),
    );
  }

  touch(): void {
    this.lastViewed = Date.now();
    if (this.running) return;
    this.firstPass = new Promise((resolve) => {
      this.resolveFirst = resolve;
    });
    void this.run();
  }

  callsPerSecond(): number {
    const since = Date.now() - RATE_WINDOW_MS;
    this.callTimes = this.callTimes.filter((t) => t >= since);
    return Math.round((this.callTimes.length / (RATE_WINDOW_MS / 1000)) * 10) / 10;
  }

  private wake?: () => void;
  private afterPass: (() => void)[] = [];

  /** Runs a pass now (instead of at the next tick) and resolves when it is done: the manual refresh. */
  refreshNow(): Promise<void> {
    const done = new Promise<void>((resolve) => this.afterPass.push(resolve));
    this.touch();
    this.wake?.();
    return done;
  }

  private async run(): Promise<void> {
    this.running = true;
    let backoff = 0;
    while (Date.now() - this.lastViewed < IDLE_STOP_MS) {
      const started = Date.now();
      try {
        await this.poller.pass();
        this.error = undefined;
        this.rawError = undefined;
        backoff = 0;
        this.prune();
      } catch (err) {
        this.error = logEcsError(`dashboard poll (${this.region})`, err);
        this.rawError = err;
        backoff = Math.min(backoff ? backoff * 2 : PASS_INTERVAL_MS, MAX_BACKOFF_MS);
      }
      this.resolveFirst();
      for (const resolve of this.afterPass.splice(0)) resolve();
      const delay = Math.max(0, PASS_INTERVAL_MS - (Date.now() - started)) + backoff;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
    this.running = false;
  }

  private prune(): void {
    if (Date.now() - this.lastPrune < 60 * 60_000) return;
    this.lastPrune = Date.now();
    stoppedTaskLog().prune(Date.now() - STOPPED_TASK_MEMORY_MS);
  }
}

const KEY = Symbol.for('ecs-console.dashboard-loops');
type Holder = { [KEY]?: Map<string, RegionLoop> };

function loopFor(region: string): RegionLoop {
  const holder = globalThis as Holder;
  holder[KEY] ??= new Map();
  let loop = holder[KEY].get(region);
  if (!loop) {
    loop = new RegionLoop(region);
    holder[KEY].set(region, loop);
  }
  return loop;
}

/**
 * The latest snapshot for `region`, starting the poller if it sleeps; `refresh` asks for a pass now and waits for it.
 * When the poller wakes, the render waits up to 0.8 s for its first (cold, full) pass, then answers with what it has
 * (`complete: false` if the read is not done). Throws the ECS failure when there is no data at all.
 */
export async function dashboardSnapshot(region: string, options: { refresh?: boolean } = {}): Promise<DashboardSnapshot> {
  const loop = loopFor(region);
  loop.touch();
  const ready = options.refresh ? loop.refreshNow() : loop.firstPass;
  await Promise.race([ready, new Promise((r) => setTimeout(r, options.refresh ? REFRESH_WAIT_MS : FIRST_RENDER_WAIT_MS))]);
  const listed = loop.poller.services();
  if (loop.rawError && listed.length === 0 && loop.poller.clusterCount === 0) throw loop.rawError;
  const bounds = scalingBounds(region);
  const services = bounds.size === 0 ? listed : listed.map((row) => ({ ...row, scaling: bounds.get(row.key) }));
  const since = Date.now() - STOPPED_WINDOW_HOURS * 60 * 60_000;
  // The memory outlives clusters (deleted, or gone with an in-memory engine): once the poller has read the cluster
  // list, only tasks of clusters that still exist are reasons to look at.
  const stopped = stoppedTaskLog()
    .recent(memoryScope(region), since)
    .filter((t) => isFailedStop(t) && (!loop.poller.complete || loop.poller.hasCluster(t.cluster)));
  return {
    region,
    refreshedAt: loop.poller.refreshedAt ? new Date(loop.poller.refreshedAt).toISOString() : undefined,
    complete: loop.poller.complete,
    clusters: loop.poller.clusterCount,
    services,
    stopped: { windowHours: STOPPED_WINDOW_HOURS, count: stopped.length, groups: groupStoppedTasks(stopped) },
    rate: { callsPerSecond: loop.callsPerSecond(), limit: DASHBOARD_CALLS_PER_SECOND },
    error: loop.error ? { kind: loop.error.kind, title: loop.error.title, message: loop.error.message } : undefined,
  };
}
