// The engine without its HTTP front: the AWS services it serves over one store, one clock and one container
// runtime. Call an operation, run the scheduler, take the runtime's reports. Tests use it with a FakeClock.
import path from 'node:path';
import { autoscaling } from './autoscaling';
import { Backoff, delayText } from './backoff';
import type { AwsService, DueHandler } from './core/aws-service';
import { type Clock, FakeClock, systemClock } from './core/clock';
import {
  DEFAULT_LOGS_MAX_EVENTS,
  DEFAULT_METRICS_MAX_DATAPOINTS,
  DEFAULT_REGION,
  type EngineParts,
  type EngineSettings,
  makeContext,
  type OpContext,
} from './core/context';
import { log } from './core/log';
import { ecs } from './ecs';
import { applyRuntimeReport } from './ecs/tasks/scheduler-step';
import { elbv2 } from './elbv2';
import { LoadBalancerNetwork } from './elbv2/network/load-balancer-network';
import { logs } from './logs';
import { metrics } from './metrics';
import { ResponseCache } from './response-cache';
import type { ContainerRuntime, RuntimeEvent } from './runtime/container-runtime';
import { SimulatedRuntime } from './runtime/simulated/simulated-runtime';
import { DataDirLock } from './store/data-dir-lock';
import { Store } from './store/store';
import { sqliteCode, storeFailureMessage } from './store/store-errors';
import type { DueRef, Kind } from './store/types';
import { TelemetryInbox } from './telemetry-inbox';

export interface EngineOptions {
  /** Folder for the SQLite file; ignored when memory is true. */
  dataDir?: string;
  memory?: boolean;
  clock?: Clock;
  timeScale?: number;
  /** What runs containers; the simulated runtime unless told otherwise. */
  runtime?: ContainerRuntime;
  /** Caps on stored CloudWatch Logs events and metric datapoints (see EngineSettings). */
  logsMaxEvents?: number;
  metricsMaxDatapoints?: number;
  /**
   * `real`: listeners serve on 127.0.0.1 and target health checks are real (the default under the Docker runtime);
   * `simulated`: listeners are records and health follows the tasks (the default otherwise).
   */
  loadBalancers?: 'real' | 'simulated';
}

/** Every AWS service the engine serves. */
const SERVICES: readonly AwsService[] = [ecs, logs, metrics, elbv2, autoscaling];

/** How often the sweep looks for documents mid-transition without a due time (after the first tick's sweep). */
export const SWEEP_INTERVAL_MS = 60_000;

/** A tick longer than this is logged: requests waited for it. */
const SLOW_TICK_MS = 1000;

/** Failed runtime reports kept for a retry at most (memory stays bounded while the store refuses writes). */
const MAX_FAILED_REPORTS = 10_000;

/** A runtime report that failed to apply, kept for a retry. */
interface FailedReport {
  region: string;
  taskArn: string;
  events: RuntimeEvent[];
}

/** A store fault (SQLite's code and words) or, for anything else, the stack: a bug to find. */
function errorText(err: unknown): string {
  const code = sqliteCode(err);
  return code ? `${code}: ${(err as Error).message}` : String((err as Error)?.stack ?? err);
}

export class Engine implements EngineParts {
  readonly store: Store;
  readonly clock: Clock;
  readonly settings: EngineSettings;
  readonly runtime: ContainerRuntime;
  readonly file: string;
  /** The data directory's lock (none in memory): one engine writes a directory at a time. */
  private readonly lock?: DataDirLock;
  readonly services: ReadonlyMap<string, AwsService> = new Map(SERVICES.map((s) => [s.name, s]));
  /** Scheduler steps by document kind, from every service. */
  readonly scheduler: Partial<Record<Kind, DueHandler>> = Object.assign({}, ...SERVICES.map((s) => s.scheduler ?? {}));
  /** Serialized answers of read-only operations, valid until the next write (used by the HTTP front). */
  readonly responses: ResponseCache;
  /** A real runtime's container output and resource use, on their way to CloudWatch Logs and metrics. */
  readonly telemetry: TelemetryInbox;
  /** Real load balancers on 127.0.0.1, when they are on (see EngineOptions.loadBalancers). */
  readonly network?: LoadBalancerNetwork;
  private readonly backoff = new Backoff();
  private readonly failedReports = new Map<string, FailedReport>();
  private nextSweepAt = Number.NEGATIVE_INFINITY;
  /** The documents the last sweep woke (`region/kind/id`): a document woken again is waiting, not newly stranded. */
  private lastSwept = new Set<string>();
  /** Whether the last tick stopped at its budget with steps still due. */
  behind = false;

  constructor(options: EngineOptions = {}) {
    const dataDir = path.resolve(options.dataDir ?? '.data');
    this.file = options.memory ? ':memory:' : path.join(dataDir, 'ecs-local.sqlite');
    this.lock = options.memory ? undefined : DataDirLock.acquire(dataDir);
    try {
      this.store = new Store(this.file);
    } catch (err) {
      this.lock?.release();
      throw err;
    }
    this.clock = options.clock ?? systemClock;
    this.settings = {
      timeScale: options.timeScale ?? 1,
      logsMaxEvents: options.logsMaxEvents ?? DEFAULT_LOGS_MAX_EVENTS,
      metricsMaxDatapoints: options.metricsMaxDatapoints ?? DEFAULT_METRICS_MAX_DATAPOINTS,
    };
    this.runtime = options.runtime ?? new SimulatedRuntime(this.settings.timeScale);
    this.telemetry = new TelemetryInbox((region, fn) => this.transact(region, fn));
    this.runtime.attach({
      report: (region, taskArn, events) => this.report(region, taskArn, events),
      log: (region, taskArn, container, lines) => this.telemetry.log(region, taskArn, container, lines),
      usage: (region, taskArn, samples) => this.telemetry.usage(region, taskArn, samples),
    });
    this.responses = new ResponseCache(this.store);
    const loadBalancers = options.loadBalancers ?? (this.runtime.name === 'docker' ? 'real' : 'simulated');
    if (loadBalancers === 'real') {
      this.network = new LoadBalancerNetwork({
        store: this.store,
        read: (region) => this.context(region),
        write: (region, fn) => this.transact(region, fn),
      });
      this.network.start();
    }
  }

  service(name: string): AwsService {
    const service = this.services.get(name);
    if (!service) throw new Error(`The engine serves no service named ${name}`);
    return service;
  }

  /** A context for reading or writing in `region` outside an API call (tests, tools). Work it defers never runs. */
  context(region: string = DEFAULT_REGION): OpContext {
    return makeContext(this, region).ctx;
  }

  /** Runs one ECS API operation in one transaction. Throws EcsError for anything the caller did wrong. */
  call(operation: string, input: unknown = {}, region: string = DEFAULT_REGION): unknown {
    return this.callService(ecs, operation, input, region);
  }

  /** Runs one operation of a service in one transaction. Throws the service's AwsError for anything the caller did wrong. */
  callService(service: AwsService, operation: string, input: unknown = {}, region: string = DEFAULT_REGION): unknown {
    const handler = Object.hasOwn(service.operations, operation) ? service.operations[operation] : undefined;
    if (!handler) {
      if (service.model.hasOperation(operation))
        throw service.errors.unsupported(`The local engine does not support ${operation}.`);
      throw service.errors.unknownOperation(`Unknown operation ${operation}.`);
    }
    const valid = service.model.validateInput(operation, input, service.errors);
    try {
      return this.transact(region, (ctx) => handler(ctx, valid));
    } catch (err) {
      // A full disk, a lock held by another program, a damaged file: the call changed nothing; say so, not "internal error".
      const failure = storeFailureMessage(err, this.file);
      if (failure === undefined) throw err;
      log.warn(`${service.name} ${operation} refused: ${errorText(err)}`);
      throw service.errors.internal(failure);
    }
  }

  /** Runs fn in one transaction, then the work it deferred until after the commit (runtime calls, never inside). */
  private transact<T>(region: string, fn: (ctx: OpContext) => T): T {
    const { ctx, afterCommit } = makeContext(this, region);
    const result = this.store.tx(() => fn(ctx));
    for (const effect of afterCommit) {
      try {
        const done = effect();
        if (done) done.catch((err: unknown) => log.error(`deferred work failed: ${(err as Error)?.stack ?? err}`));
      } catch (err) {
        log.error(`deferred work failed: ${(err as Error)?.stack ?? err}`);
      }
    }
    return result;
  }

  /**
   * What a runtime observed about a task's containers, applied in a transaction of its own. A report that fails
   * to apply is kept and retried with backoff by tick(); later reports for the same task wait behind it.
   */
  report(region: string, taskArn: string, events: RuntimeEvent[]): void {
    const key = `${region}\n${taskArn}`;
    const waiting = this.failedReports.get(key);
    if (waiting) waiting.events.push(...events);
    else this.applyReport(key, { region, taskArn, events });
  }

  private applyReport(key: string, report: FailedReport): void {
    try {
      this.transact(report.region, (ctx) => applyRuntimeReport(ctx, report.taskArn, report.events));
      this.failedReports.delete(key);
      this.backoff.succeeded(key);
    } catch (err) {
      const now = this.clock.now();
      const { attempts, retryAt } = this.backoff.failed(key, now);
      this.failedReports.set(key, report);
      if (this.failedReports.size > MAX_FAILED_REPORTS) {
        const [oldest] = this.failedReports.keys();
        log.error(`dropping the oldest failed runtime report (${oldest.split('\n')[1]}): ${MAX_FAILED_REPORTS} are waiting`);
        this.failedReports.delete(oldest);
      }
      log.error(
        `runtime report for ${report.taskArn} failed (attempt ${attempts}, retrying in ${delayText(retryAt - now)}): ${errorText(err)}`,
      );
    }
  }

  /**
   * Runs every scheduler step that is due, repeatedly, until nothing is due now (bounded, so a step that
   * keeps rescheduling itself for "now" cannot spin), after the runtime reports waiting for a retry and, when
   * its time has come, the sweep. With a budget, starts no step once `budgetMs` have passed and sets `behind`
   * (the HTTP front runs the rest in slices, answering requests in between). Never throws: it runs on a timer.
   * Returns how many steps ran.
   */
  tick(budgetMs = Number.POSITIVE_INFINITY): number {
    const started = performance.now();
    const now = this.clock.now();
    for (const [key, report] of this.failedReports) if (!this.backoff.waiting(key, now)) this.applyReport(key, report);
    if (now >= this.nextSweepAt) {
      this.nextSweepAt = now + SWEEP_INTERVAL_MS;
      try {
        this.sweep();
      } catch (err) {
        log.error(`the sweep failed (next in ${delayText(SWEEP_INTERVAL_MS)}): ${errorText(err)}`);
      }
    }
    let ran = 0;
    this.behind = false;
    try {
      for (let pass = 0; pass < 20 && !this.behind; pass++) {
        const passNow = this.clock.now();
        let ranInPass = 0;
        for (const ref of this.store.due(passNow)) {
          if (performance.now() - started >= budgetMs) {
            this.behind = true;
            break;
          }
          const key = `${ref.region}\n${ref.kind}\n${ref.id}`;
          if (this.backoff.waiting(key, passNow)) continue; // its retry time could not be written: held here
          this.step(ref, key);
          ranInPass++;
        }
        ran += ranInPass;
        if (ranInPass === 0) break;
      }
    } catch (err) {
      log.error(`the scheduler could not read what is due: ${errorText(err)}`);
    }
    const took = performance.now() - started;
    if (took > SLOW_TICK_MS) log.warn(`a scheduler tick took ${Math.round(took)} ms (${ran} steps)`);
    return ran;
  }

  /** One scheduler step in its own transaction; a failure is rolled back, logged and retried with backoff. */
  private step(ref: DueRef, key: string): void {
    const handler = this.scheduler[ref.kind];
    try {
      this.transact(ref.region, (ctx) => {
        if (handler) handler(ctx, ref.id);
        else this.store.setDue(ref.region, ref.kind, ref.id, undefined);
      });
      this.backoff.succeeded(key);
    } catch (err) {
      const now = this.clock.now();
      const { attempts, retryAt } = this.backoff.failed(key, now);
      log.error(
        `scheduler step ${ref.kind}/${ref.id} failed (attempt ${attempts}, retrying in ${delayText(retryAt - now)}): ${errorText(err)}`,
      );
      try {
        this.store.setDue(ref.region, ref.kind, ref.id, retryAt); // a restart keeps the retry
      } catch {
        // The store refuses writes too: the backoff's memory holds the step until its retry time.
      }
    }
  }

  /**
   * Gives every document that is mid-transition but has no due time (each service says which: its `sweep`
   * rules) a due time of now, so nothing stays stranded, whatever left it so. Runs at the first tick and then
   * every SWEEP_INTERVAL_MS. Returns how many documents it woke.
   */
  sweep(): number {
    const now = this.clock.now();
    const woken = SERVICES.flatMap((service) => (service.sweep ?? []).flatMap((rule) => this.store.markDue(rule, now)));
    // A task waiting for its runtime's report (PENDING or STOPPING on Docker or an agent) has no due time by design
    // and is woken at every sweep to no effect: warn only about documents the last sweep did not already wake.
    const fresh = woken.filter((key) => !this.lastSwept.has(key));
    this.lastSwept = new Set(woken);
    if (fresh.length > 0) log.warn(`sweep: ${fresh.length} document(s) mid-transition had no due time; they resume now`);
    else if (woken.length > 0) log.debug(`sweep: woke ${woken.length} document(s) again (waiting on a runtime's report)`);
    return woken.length;
  }

  /** With a FakeClock: moves time forward in steps, running the scheduler after each, as the real loop would. */
  advance(ms: number, stepMs = 250): void {
    if (!(this.clock instanceof FakeClock)) throw new Error('advance() needs a FakeClock');
    let left = ms;
    this.tick();
    while (left > 0) {
      const step = Math.min(stepMs, left);
      this.clock.advance(step);
      left -= step;
      this.tick();
    }
  }

  close(): void {
    this.network?.close();
    void this.runtime.close();
    this.store.close();
    this.lock?.release();
  }
}
