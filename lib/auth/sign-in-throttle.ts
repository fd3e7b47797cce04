// Slows password guessing: after 5 failed sign-ins for one user name within 15 minutes, that name is locked for a
// minute (doubling up to 15). In memory, per server process: a restart forgets, which is acceptable for a
// console of a few users (the slow hash already costs each guess ~50 ms). Pure apart from its map.

const WINDOW_MS = 15 * 60_000;
const FREE_FAILURES = 5;
const FIRST_LOCK_MS = 60_000;
const MAX_LOCK_MS = 15 * 60_000;
const TRACKED_MAX = 10_000;

interface Failures {
  count: number;
  first: number;
  lockedUntil: number;
}

export class SignInThrottle {
  private readonly failures = new Map<string, Failures>();

  /** Milliseconds until `name` may try again; 0 when it may now. */
  waitMs(name: string, now = Date.now()): number {
    const f = this.failures.get(name);
    return f ? Math.max(0, f.lockedUntil - now) : 0;
  }

  failed(name: string, now = Date.now()): void {
    if (this.failures.size >= TRACKED_MAX) this.failures.clear();
    const f = this.failures.get(name);
    const current = f && now - f.first < WINDOW_MS ? f : { count: 0, first: now, lockedUntil: 0 };
    current.count++;
    if (current.count >= FREE_FAILURES)
      current.lockedUntil = now + Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** (current.count - FREE_FAILURES));
    this.failures.set(name, current);
  }

  succeeded(name: string): void {
    this.failures.delete(name);
  }
}
