// The engine without its HTTP front: the AWS services it serves over one store, one clock and one container
// runtime. Call an operation, run the scheduler, take the runtime's reports. Tests use it with a FakeClock.
import path from 'node:path';
import { autoscaling } from './autoscaling';
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
import { Store } from './store/store';
import type { Kind } from './store/types';
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

export class Engine implements EngineParts {
  readonly store: Store;
  readonly clock: Clock;
  readonly settings: EngineSettings;
  readonly runtime: ContainerRuntime;
  readonly file: string;
  readonly services: ReadonlyMap<string, AwsService> = new Map(SERVICES.map((s) => [s.name, s]));
  /** Scheduler steps by document kind, from every service. */
  readonly scheduler: Partial<Record<Kind, DueHandler>> = Object.assign({}, ...SERVICES.map((s) => s.scheduler ?? {}));
  /** Serialized answers of read-only operations, valid until the next write (used by the HTTP front). */
  readonly responses: ResponseCache;
  /** A real runtime's container output and resource use, on their way to CloudWatch Logs and metrics. */
  readonly telemetry: TelemetryInbox;
  /** Real load balancers on 127.0.0.1, when they are on (see EngineOptions.loadBalancers). */
  readonly network?: LoadBalancerNetwork;

  constructor(options: EngineOptions = {}) {
    this.file = options.memory ? ':memory:' : path.resolve(options.dataDir ?? '.data', 'ecs-local.sqlite');
    this.store = new Store(this.file);
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
    return this.transact(region, (ctx) => handler(ctx, valid));
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

  /** What a runtime observed about a task's containers, applied in a transaction of its own. */
  report(region: string, taskArn: string, events: RuntimeEvent[]): void {
    try {
      this.transact(region, (ctx) => applyRuntimeReport(ctx, taskArn, events));
    } catch (err) {
      log.error(`runtime report for ${taskArn} failed: ${(err as Error)?.stack ?? err}`);
    }
  }

  /**
   * Runs every scheduler step that is due, repeatedly, until nothing is due now (bounded, so a step that
   * keeps rescheduling itself for "now" cannot spin). Returns how many steps ran.
   */
  tick(): number {
    let ran = 0;
    for (let pass = 0; pass < 20; pass++) {
      const due = this.store.due(this.clock.now());
      if (due.length === 0) break;
      for (const ref of due) {
        const handler = this.scheduler[ref.kind];
        try {
          this.transact(ref.region, (ctx) => {
            if (handler) handler(ctx, ref.id);
            else this.store.setDue(ref.region, ref.kind, ref.id, undefined);
          });
        } catch (err) {
          // A scheduler bug must not stop the loop or the server; clear the document's due time so it cannot spin.
          log.error(`scheduler step ${ref.kind}/${ref.id} failed: ${(err as Error).stack ?? err}`);
          this.store.setDue(ref.region, ref.kind, ref.id, undefined);
        }
        ran++;
      }
    }
    return ran;
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
  }
}
