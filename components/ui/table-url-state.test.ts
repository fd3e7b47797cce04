import { describe, expect, it } from 'vitest';
import { readTableState, writeTableState } from './table-url-state';

describe('table state in the URL', () => {
  it('reads filter, sort and page per table, with the defaults when absent or invalid', () => {
    const params = new URLSearchParams('services.filter=web&services.sort=-created&services.page=3&tasks.page=x');
    expect(readTableState(params, 'services')).toEqual({
      filter: 'web',
      sort: { columnId: 'created', descending: true },
      page: 3,
    });
    expect(readTableState(params, 'tasks', { columnId: 'name' })).toEqual({ filter: '', sort: { columnId: 'name' }, page: 1 });
  });

  it('writes only what differs from the defaults and keeps other parameters', () => {
    const written = writeTableState(
      '?tab=tasks&services.page=4',
      'services',
      { filter: 'api', sort: { columnId: 'name', descending: false }, page: 2 },
      { columnId: 'created', descending: true },
    );
    expect(new URLSearchParams(written).toString()).toBe('tab=tasks&services.page=2&services.filter=api&services.sort=name');
    expect(writeTableState('?tab=tasks&services.page=4', 'services', { filter: '', page: 1 })).toBe('?tab=tasks');
    const roundTrip = { filter: 'a b&c', sort: { columnId: 'x', descending: true }, page: 5 };
    expect(readTableState(new URLSearchParams(writeTableState('', 'k', roundTrip)), 'k')).toEqual(roundTrip);
  });
});
