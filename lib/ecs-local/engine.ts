// The engine without its HTTP front: call an operation, run the scheduler. Tests use it with a FakeClock.
import path from 'node:path';
import { type Clock, FakeClock, systemClock } from './clock';
import { DEFAULT_REGION, type EngineSettings, makeContext } from './context';
import { EcsError } from './errors';
import { log } from './log';
import { operations } from './operations';
import { isModeledOperation, validateInput } from './protocol/model';
import { ResponseCache } from './response-cache';
import { dueHandlers } from './scheduler';
import { Store } from './store';

export interface EngineOptions {
  /** Folder for the SQLite file; ignored when memory is true. */
  dataDir?: string;
  memory?: boolean;
  clock?: Clock;
  timeScale?: number;
}

export class Engine {
  readonly store: Store;
  readonly clock: Clock;
  readonly settings: EngineSettings;
  readonly file: string;
  /** Serialized answers of read-only operations, valid until the next write (used by the HTTP front). */
  readonly responses: ResponseCache;

  constructor(options: EngineOptions = {}) {
    this.file = options.memory ? ':memory:' : path.resolve(options.dataDir ?? '.data', 'ecs-local.sqlite');
    this.store = new Store(this.file);
    this.clock = options.clock ?? systemClock;
    this.settings = { timeScale: options.timeScale ?? 1 };
    this.responses = new ResponseCache(this.store);
  }

  /** Runs one API operation in one transaction. Throws EcsError for anything the caller did wrong. */
  call(operation: string, input: unknown = {}, region: string = DEFAULT_REGION): unknown {
    const handler = Object.hasOwn(operations, operation) ? operations[operation] : undefined;
    if (!handler) {
      if (isModeledOperation(operation))
        throw new EcsError('UnsupportedFeatureException', `The local engine does not support ${operation}.`);
      throw new EcsError('UnknownOperationException', `Unknown operation ${operation}.`);
    }
    const valid = validateInput(operation, input);
    const ctx = makeContext(this.store, this.clock, this.settings, region);
    return this.store.tx(() => handler(ctx, valid));
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
        const handler = dueHandlers[ref.kind];
        const ctx = makeContext(this.store, this.clock, this.settings, ref.region);
        try {
          this.store.tx(() => {
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
    this.store.close();
  }
}
