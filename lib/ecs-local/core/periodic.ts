// Work a service repeats on the scheduler (sweeping expired log events, publishing a minute's metrics): one
// document per Region of the work's kind, whose `due` brings its step back. Created on first need.
import type { Kind } from '../store/types';
import type { OpContext } from './context';

/**
 * Makes sure the periodic document exists and is due by `at` (an existing earlier due time is kept). A step that
 * found nothing to do leaves its document with no due time; this brings it back.
 */
export function schedulePeriodic(ctx: OpContext, kind: Kind, id: string, at: number): void {
  if (!ctx.store.setDueBy(ctx.region, kind, id, at)) ctx.store.put(ctx.region, kind, id, {}, { due: at });
}

/** From inside the step: when to run next. */
export function runAgainAt(ctx: OpContext, kind: Kind, id: string, at: number): void {
  ctx.store.setDue(ctx.region, kind, id, at);
}
