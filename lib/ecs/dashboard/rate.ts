// The dashboard's share of ECS's API rate, in a module of its own (snapshot.ts is server-only) so tests can put the
// production limiter on a fake clock.
import { type LimiterClock, RateLimiter, realClock } from '../rate-limiter';

/** Sustained ECS calls per second for the dashboard: under ECS's ~20/s read refill, leaving room for other pages. */
export const DASHBOARD_CALLS_PER_SECOND = 15;
/** Tokens available at once. Burst + refill ≤ 20, so no 1-second window ever holds more than 20 calls. */
export const DASHBOARD_BURST = 5;

/** The token bucket every steady-state dashboard call waits for. */
export function dashboardLimiter(clock: LimiterClock = realClock): RateLimiter {
  return new RateLimiter(DASHBOARD_CALLS_PER_SECOND, DASHBOARD_BURST, clock);
}
