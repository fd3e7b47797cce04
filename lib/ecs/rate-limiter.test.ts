import { describe, expect, it } from 'vitest';
import { type LimiterClock, RateLimiter } from './rate-limiter';

/** A clock whose sleep advances time instantly, so the test measures simulated time without waiting. */
function fakeClock(): LimiterClock & { t: number } {
  const clock = {
    t: 0,
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.t += ms;
    },
  };
  return clock;
}

describe('RateLimiter', () => {
  it('lets the burst through at once, then no more than perSecond in any following second', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(20, 20, clock);
    const times: number[] = [];
    await Promise.all(Array.from({ length: 100 }, () => limiter.run(async () => times.push(clock.t))));
    expect(times.filter((t) => t === 0)).toHaveLength(20);
    // 80 more calls at 20/s take 4 s.
    expect(Math.max(...times)).toBeGreaterThanOrEqual(3_950);
    for (let start = 1_000; start < 4_000; start += 250) {
      const inWindow = times.filter((t) => t >= start && t < start + 1_000).length;
      expect(inWindow).toBeLessThanOrEqual(21);
    }
  });

  it('serves callers in the order they asked', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(5, 1, clock);
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4].map((n) => limiter.run(async () => order.push(n))));
    expect(order).toEqual([1, 2, 3, 4]);
  });
});
