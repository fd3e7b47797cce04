import { describe, expect, it } from 'vitest';
import { InFlightLimit } from './in-flight-limit';

describe('InFlightLimit', () => {
  it('never runs more than `max` calls at once and runs every call', async () => {
    const limit = new InFlightLimit(3);
    let running = 0;
    let peak = 0;
    const gates: (() => void)[] = [];
    const calls = Array.from({ length: 10 }, (_, i) =>
      limit.run(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise<void>((resolve) => gates.push(resolve));
        running--;
        return i;
      }),
    );
    // Release the gates one at a time as calls reach them.
    while (gates.length || running) {
      await Promise.resolve();
      gates.shift()?.();
      await new Promise((r) => setImmediate(r));
    }
    expect(await Promise.all(calls)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(peak).toBe(3);
  });

  it('frees the slot when a call fails', async () => {
    const limit = new InFlightLimit(1);
    await expect(limit.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limit.run(async () => 'next')).toBe('next');
  });
});
