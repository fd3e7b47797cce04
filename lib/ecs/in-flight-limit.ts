// At most `max` calls in flight at once, the rest wait in order. The dashboard's cold read uses it instead of the
// steady-state token bucket: a burst is fine once, but not hundreds of requests at the same instant.

export class InFlightLimit {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly max: number) {}

  /** Runs `call` once fewer than `max` calls are running. */
  async run<T>(call: () => Promise<T>): Promise<T> {
    if (this.active < this.max) this.active++;
    // A finishing call hands its slot straight to the next waiter, so `active` already counts this one.
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await call();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
