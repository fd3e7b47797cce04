// Where a real runtime's container output and resource use land (RuntimeSink.log / usage): queued and written a
// moment later, each Region's batch in one transaction, so a runtime streaming thousands of lines a second never
// waits for SQLite and never holds the store for long. The queue is bounded: past MAX_PENDING lines the oldest
// queued ones are dropped (and counted), as Docker's non-blocking awslogs mode drops what it cannot send.
import type { OpContext } from './core/context';
import { log } from './core/log';
import { taskDefinitionOf, writeContainerOutput } from './ecs/tasks/awslogs';
import type { TaskDoc } from './ecs/tasks/model';
import { recordTaskUsage } from './ecs/tasks/usage';
import type { LogLine, UsageSample } from './runtime/container-runtime';

const MAX_PENDING = 100_000;

type Entry =
  | { kind: 'log'; region: string; taskArn: string; container: string; lines: LogLine[] }
  | { kind: 'usage'; region: string; taskArn: string; samples: UsageSample[] };

export class TelemetryInbox {
  private queue: Entry[] = [];
  private pendingLines = 0;
  private flushing?: Promise<void>;
  /** Lines dropped because the queue was full. */
  dropped = 0;

  /** `transact` runs fn in one store transaction for the Region (the engine's). */
  constructor(private readonly transact: (region: string, fn: (ctx: OpContext) => void) => void) {}

  log(region: string, taskArn: string, container: string, lines: LogLine[]): void {
    if (lines.length === 0) return;
    this.queue.push({ kind: 'log', region, taskArn, container, lines: [...lines] });
    this.pendingLines += lines.length;
    while (this.pendingLines > MAX_PENDING) {
      const i = this.queue.findIndex((e) => e.kind === 'log');
      const oldest = this.queue[i] as Extract<Entry, { kind: 'log' }>;
      this.queue.splice(i, 1);
      this.pendingLines -= oldest.lines.length;
      this.dropped += oldest.lines.length;
    }
    this.schedule();
  }

  usage(region: string, taskArn: string, samples: UsageSample[]): void {
    if (samples.length === 0) return;
    this.queue.push({ kind: 'usage', region, taskArn, samples: [...samples] });
    this.schedule();
  }

  /** Resolves once everything queued so far is written (tests, shutdown). */
  async drained(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private schedule(): void {
    this.flushing ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        try {
          this.flush();
        } finally {
          this.flushing = undefined;
          resolve();
        }
      }),
    );
  }

  /** Writes the queue, one transaction per Region. */
  flush(): void {
    const entries = this.queue;
    this.queue = [];
    this.pendingLines = 0;
    const byRegion = new Map<string, Entry[]>();
    for (const e of entries) byRegion.set(e.region, [...(byRegion.get(e.region) ?? []), e]);
    for (const [region, batch] of byRegion) {
      try {
        this.transact(region, (ctx) => {
          for (const e of batch) write(ctx, e);
        });
      } catch (err) {
        log.error(`runtime telemetry for ${region} failed: ${(err as Error)?.stack ?? err}`);
      }
    }
  }
}

function write(ctx: OpContext, e: Entry): void {
  if (e.kind === 'usage') {
    recordTaskUsage(ctx, e.taskArn, e.samples);
    return;
  }
  const task = ctx.store.get<TaskDoc>(ctx.region, 'task', e.taskArn.slice(e.taskArn.lastIndexOf('/') + 1));
  if (task?.taskArn !== e.taskArn) return; // a task the engine no longer knows: its lines have nowhere to go
  writeContainerOutput(ctx, task, taskDefinitionOf(ctx, task), e.container, e.lines);
}
