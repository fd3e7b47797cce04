// How often the service scheduler looks at a service that is not steady (task notifications usually come first).
import type { OpContext } from '../../../core/context';

export const POLL_MS = 15_000;

/** The next look of a service that is not steady, scaled like every simulated duration (at least 250 ms on). */
export function pollAt(ctx: OpContext): number {
  return ctx.now + Math.max(250, POLL_MS * ctx.settings.timeScale);
}

/** `next`, or the service's failed-placement retry time when that comes first (the retry is not left to a poll). */
export function withPlacementRetry(ctx: OpContext, service: { _retryAt?: number }, next: number): number {
  return service._retryAt !== undefined && service._retryAt > ctx.now ? Math.min(next, service._retryAt) : next;
}
