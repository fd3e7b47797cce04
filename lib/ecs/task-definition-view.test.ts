import { describe, expect, it } from 'vitest';
import { revisionRanges } from './task-definition-view';

describe('revisionRanges', () => {
  it('joins consecutive revisions into ranges', () => {
    expect(revisionRanges([1, 2, 3, 5, 7, 8])).toBe('1–3, 5, 7–8');
    expect(revisionRanges([4])).toBe('4');
    expect(revisionRanges([2, 4, 6])).toBe('2, 4, 6');
    expect(revisionRanges([])).toBe('');
  });
});
