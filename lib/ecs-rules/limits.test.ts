import { describe, expect, it } from 'vitest';
import { chunk, circuitBreakerThreshold, STOPPED_TASK_RETENTION_MS } from './limits';

describe('circuitBreakerThreshold', () => {
  it('is half the desired count rounded up, at least 3 and at most 200', () => {
    // The desired counts the issue asks for: 2 (the minimum applies), 10, 100 (half), 1,000 (the cap applies).
    expect([2, 10, 100, 1000].map(circuitBreakerThreshold)).toEqual([3, 5, 50, 200]);
    // Edges: the minimum up to 6, rounding up on odd counts, the cap from 399.
    expect([0, 1, 5, 6, 7, 9, 11, 397, 398, 399, 400].map(circuitBreakerThreshold)).toEqual([
      3, 3, 3, 3, 4, 5, 6, 199, 199, 200, 200,
    ]);
  });
});

describe('chunk', () => {
  it('cuts a list into batches of the given size, the last one shorter', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([1, 2, 3, 4], 2)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(chunk([], 10)).toEqual([]);
  });
});

describe('stopped task retention', () => {
  it('is one hour', () => {
    expect(STOPPED_TASK_RETENTION_MS).toBe(3_600_000);
  });
});
