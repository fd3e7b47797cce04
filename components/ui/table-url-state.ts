// A table's filter, sort and page in the URL (`?services.filter=web&services.sort=-created&services.page=2`), so a
// reload, a shared link or Back to the list shows the same view. Keyed per table, since a page can hold several.
import type { Sort } from './use-table-view';

export interface TableUrlState {
  filter: string;
  sort?: Sort;
  page: number;
}

const param = (key: string, name: string) => `${key}.${name}`;

export function readTableState(params: URLSearchParams, key: string, defaultSort?: Sort): TableUrlState {
  const sortText = params.get(param(key, 'sort'));
  const page = Number(params.get(param(key, 'page')));
  const sort = sortText ? { columnId: sortText.replace(/^-/, ''), descending: sortText.startsWith('-') } : defaultSort;
  return {
    filter: params.get(param(key, 'filter')) ?? '',
    sort,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The query with this table's state; defaults are left out so plain URLs stay plain. */
export function writeTableState(search: string, key: string, state: TableUrlState, defaultSort?: Sort): string {
  const params = new URLSearchParams(search);
  const set = (name: string, value: string | undefined) => {
    if (value) params.set(param(key, name), value);
    else params.delete(param(key, name));
  };
  set('filter', state.filter || undefined);
  const sameAsDefault =
    state.sort?.columnId === defaultSort?.columnId && Boolean(state.sort?.descending) === Boolean(defaultSort?.descending);
  set('sort', state.sort && !sameAsDefault ? `${state.sort.descending ? '-' : ''}${state.sort.columnId}` : undefined);
  set('page', state.page > 1 ? String(state.page) : undefined);
  const query = params.toString();
  return query ? `?${query}` : '';
}
