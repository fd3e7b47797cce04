import { describe, expect, it } from 'vitest';
import { decodeToken, encodeToken, pageAfter, pageSize, paginate } from './pagination';

const limits = { defaultPage: 2, maxPage: 3 };
const invalidToken = expect.objectContaining({ type: 'InvalidParameterException', message: 'Invalid nextToken.' });

describe('pagination', () => {
  it('walks an in-memory list in pages and ends without a token', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const first = paginate(items, {}, limits);
    expect(first.page).toEqual(['a', 'b']);
    const second = paginate(items, { nextToken: first.nextToken }, limits);
    expect(second.page).toEqual(['c', 'd']);
    const third = paginate(items, { nextToken: second.nextToken }, limits);
    expect(third).toEqual({ page: ['e'] });
  });

  it('does not hand out a token when the last page is exactly full', () => {
    expect(paginate(['a', 'b'], {}, limits)).toEqual({ page: ['a', 'b'] });
  });

  it('resumes after the last id even if that item has gone', () => {
    const token = encodeToken('b');
    expect(paginate(['a', 'c', 'd'], { nextToken: token }, limits).page).toEqual(['c', 'd']);
    expect(paginate(['d', 'c', 'a'], { nextToken: token }, limits, String, 'desc').page).toEqual(['a']);
  });

  it('reads from a store-like source with after/limit', () => {
    const ids = ['a', 'b', 'c'];
    const fetch = (after: string | undefined, limit: number) =>
      ids.filter((id) => after === undefined || id > after).slice(0, limit);
    const first = pageAfter({ maxResults: 1 }, limits, fetch, String);
    expect(first.page).toEqual(['a']);
    const rest = pageAfter({ maxResults: 3, nextToken: first.nextToken }, limits, fetch, String);
    expect(rest).toEqual({ page: ['b', 'c'] });
  });

  it('refuses garbage tokens', () => {
    for (const token of ['!!!', 'bm90IGpzb24', `${encodeToken('x').slice(0, -2)}_`, Buffer.from('{"b":1}').toString('base64url')])
      expect(() => decodeToken(token), token).toThrow(invalidToken);
    expect(decodeToken(undefined)).toBeUndefined();
  });

  it('refuses maxResults out of range with the allowed range', () => {
    expect(() => pageSize(0, limits)).toThrow(
      expect.objectContaining({ type: 'InvalidParameterException', message: 'maxResults must be between 1 and 3; got 0.' }),
    );
    expect(() => pageSize(4, limits)).toThrow(expect.objectContaining({ type: 'InvalidParameterException' }));
    expect(pageSize(undefined, limits)).toBe(2);
  });
});
