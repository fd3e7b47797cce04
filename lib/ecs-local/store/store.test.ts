// The document store: all-or-nothing transactions, the index filters lists rely on, and the pagination helpers.
import { describe, expect, it } from 'vitest';
import { EcsError } from '../ecs/common/errors';
import { decodeToken, encodeToken, pageAfter, paginate } from '../ecs/common/pagination';
import { Store } from './store';

function seeded(): Store {
  const store = new Store(':memory:');
  for (let i = 1; i <= 5; i++) {
    store.put(
      'us-east-1',
      'task',
      `t${i}`,
      { n: i },
      { parent: 'c1', key: i % 2 ? 'odd' : 'even', status: i < 4 ? 'RUNNING' : 'STOPPED' },
    );
  }
  store.put('eu-west-1', 'task', 't1', { n: 100 }, { parent: 'c1', status: 'RUNNING' });
  return store;
}

describe('Store transactions', () => {
  it('roll back every write when the function throws', () => {
    const store = seeded();
    expect(() =>
      store.tx(() => {
        store.put('us-east-1', 'cluster', 'new', { a: 1 });
        store.delete('us-east-1', 'task', 't1');
        store.next('us-east-1', 'rev');
        throw new EcsError('ClientException', 'nope');
      }),
    ).toThrow('nope');
    expect(store.get('us-east-1', 'cluster', 'new')).toBeUndefined();
    expect(store.get('us-east-1', 'task', 't1')).toEqual({ n: 1 });
    expect(store.peekCounter('us-east-1', 'rev')).toBe(0);
  });

  it('roll back only the inner savepoint when a nested call throws and is caught', () => {
    const store = seeded();
    store.tx(() => {
      store.put('us-east-1', 'cluster', 'outer', {});
      try {
        store.tx(() => {
          store.put('us-east-1', 'cluster', 'inner', {});
          throw new Error('inner');
        });
      } catch {
        // the outer call decides to carry on
      }
    });
    expect(store.get('us-east-1', 'cluster', 'outer')).toEqual({});
    expect(store.get('us-east-1', 'cluster', 'inner')).toBeUndefined();
  });

  it('commit what a successful function wrote and return its value', () => {
    const store = seeded();
    expect(store.tx(() => store.next('us-east-1', 'rev') + store.next('us-east-1', 'rev'))).toBe(3);
    expect(store.peekCounter('us-east-1', 'rev')).toBe(2);
    expect(store.peekCounter('eu-west-1', 'rev')).toBe(0);
  });
});

describe('Store lists and indexes', () => {
  it('filter by the index columns, per region, in id order', () => {
    const store = seeded();
    expect(store.ids('us-east-1', 'task')).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(store.ids('us-east-1', 'task', { key: 'odd' })).toEqual(['t1', 't3', 't5']);
    expect(store.ids('us-east-1', 'task', { status: ['STOPPED'] })).toEqual(['t4', 't5']);
    expect(store.ids('us-east-1', 'task', { status: [] })).toEqual([]);
    expect(store.ids('us-east-1', 'task', { after: 't2', limit: 2 })).toEqual(['t3', 't4']);
    expect(store.ids('us-east-1', 'task', { after: 't4', order: 'desc' })).toEqual(['t3', 't2', 't1']);
    expect(store.list('eu-west-1', 'task')).toEqual([{ n: 100 }]);
    expect(store.countByStatus('us-east-1', 'task', { parent: 'c1' })).toEqual({ RUNNING: 3, STOPPED: 2 });
  });

  it('keep the index on replaceBody and report unknown ids', () => {
    const store = seeded();
    expect(store.replaceBody('us-east-1', 'task', 't1', { n: 'changed' })).toBe(true);
    expect(store.ids('us-east-1', 'task', { key: 'odd', status: 'RUNNING' })).toEqual(['t1', 't3']);
    expect(store.replaceBody('us-east-1', 'task', 'missing', {})).toBe(false);
  });

  it('seek filtered lists through a secondary index instead of walking every document of the kind', () => {
    const store = seeded();
    const filters = [
      { parent: 'c1', status: ['RUNNING', 'PENDING'] },
      { parent: 'c1', status: 'RUNNING', order: 'desc' as const, limit: 1 },
      { parent: 'c1', key: 'odd', status: 'RUNNING' },
      { parent: 'c1', ref: 'ecs-svc/1' },
      { status: 'ACTIVE', after: 't1', limit: 10 },
      { parent: 'c1' },
    ];
    for (const filter of filters) {
      const plan = store.explainList('us-east-1', 'task', filter).join(' | ');
      expect(plan, JSON.stringify(filter)).toMatch(/USING INDEX docs_/);
      expect(plan, JSON.stringify(filter)).not.toMatch(/PRIMARY KEY/);
    }
    // A single status in an index ending with id needs no sort.
    expect(store.explainList('us-east-1', 'task', filters[1]).join(' | ')).not.toMatch(/TEMP B-TREE/);
  });

  it('return due documents oldest first and forget cleared ones', () => {
    const store = seeded();
    store.setDue('us-east-1', 'task', 't2', 2000);
    store.setDue('us-east-1', 'task', 't1', 1000.7);
    store.setDue('eu-west-1', 'task', 't1', 3000);
    expect(store.due(2500)).toEqual([
      { region: 'us-east-1', kind: 'task', id: 't1' },
      { region: 'us-east-1', kind: 'task', id: 't2' },
    ]);
    expect(store.nextDue()).toBe(1000);
    store.setDue('us-east-1', 'task', 't1', undefined);
    expect(store.due(5000).map((d) => `${d.region}/${d.id}`)).toEqual(['us-east-1/t2', 'eu-west-1/t1']);
  });

  it('make a document due by a time: an earlier due time stays, a later or missing one moves up', () => {
    const store = seeded();
    store.setDue('us-east-1', 'task', 't1', 1000);
    expect(store.setDueBy('us-east-1', 'task', 't1', 4000)).toBe(true);
    expect(store.setDueBy('us-east-1', 'task', 't2', 3000)).toBe(true); // had none
    store.setDue('us-east-1', 'task', 't3', 9000);
    expect(store.setDueBy('us-east-1', 'task', 't3', 2000)).toBe(true);
    expect(store.setDueBy('us-east-1', 'task', 'missing', 2000)).toBe(false);
    expect(store.due(2500).map((d) => d.id)).toEqual(['t1', 't3']);
    expect(store.due(3000).map((d) => d.id)).toEqual(['t1', 't3', 't2']);
  });
});

describe('pagination helpers', () => {
  const ids = Array.from({ length: 25 }, (_, i) => `id-${String(i).padStart(2, '0')}`);
  const limits = { defaultPage: 10, maxPage: 100 };

  it('walks a list page by page without gaps or repeats', () => {
    const seen: string[] = [];
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const page = paginate(ids, { nextToken, maxResults: 7 }, limits);
      seen.push(...page.page);
      nextToken = page.nextToken;
      pages++;
    } while (nextToken);
    expect(seen).toEqual(ids);
    expect(pages).toBe(4);
  });

  it('omits nextToken on the last page, also when it is exactly full', () => {
    expect(paginate(ids.slice(0, 10), {}, limits)).toEqual({ page: ids.slice(0, 10) });
    expect(paginate([], {}, limits)).toEqual({ page: [] });
  });

  it('resumes after the last id even when items were removed in between', () => {
    const first = paginate(ids, { maxResults: 5 }, limits);
    const rest = paginate(ids.slice(6), { nextToken: first.nextToken, maxResults: 5 }, limits);
    expect(rest.page[0]).toBe('id-06');
  });

  it('pages descending lists', () => {
    const desc = [...ids].reverse();
    const first = paginate(desc, { maxResults: 3 }, limits, String, 'desc');
    const second = paginate(desc, { nextToken: first.nextToken, maxResults: 3 }, limits, String, 'desc');
    expect(second.page).toEqual(['id-21', 'id-20', 'id-19']);
  });

  it('reads store pages through pageAfter', () => {
    const store = seeded();
    const fetch = (after: string | undefined, limit: number) => store.ids('us-east-1', 'task', { after, limit });
    const first = pageAfter({ maxResults: 2 }, limits, fetch, String);
    expect(first.page).toEqual(['t1', 't2']);
    const second = pageAfter({ maxResults: 10, nextToken: first.nextToken }, limits, fetch, String);
    expect(second).toEqual({ page: ['t3', 't4', 't5'] });
  });

  it('refuses garbage tokens and out-of-range maxResults with InvalidParameterException', () => {
    expect(decodeToken(encodeToken('x/y'))).toBe('x/y');
    expect(decodeToken(undefined)).toBeUndefined();
    for (const token of ['%%%', 'bm9wZQ', encodeToken('x').slice(0, -2), Buffer.from('{"a":1}').toString('base64url')]) {
      expect(() => decodeToken(token), token).toThrow(
        expect.objectContaining({ type: 'InvalidParameterException', message: 'Invalid nextToken.' }),
      );
    }
    for (const maxResults of [0, -1, 101, 2.5]) {
      expect(() => paginate(ids, { maxResults }, limits)).toThrow(expect.objectContaining({ type: 'InvalidParameterException' }));
    }
  });
});
