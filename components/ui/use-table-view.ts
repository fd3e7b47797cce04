'use client';
// What the data table shows of its items: the text filter, the sort column and the page, and the rows they leave.
import { useSearchParams } from 'next/navigation';
import { type ReactNode, useMemo, useState } from 'react';
import { readTableState, type TableUrlState, writeTableState } from './table-url-state';

export interface Column<T> {
  id: string;
  header: string;
  cell: (item: T) => ReactNode;
  /** Enables sorting on this column. */
  sortValue?: (item: T) => string | number;
  className?: string;
}

export interface Sort {
  columnId: string;
  descending?: boolean;
}

/** Numbers by value, anything else as text with numbers in it compared by value ("web-2" before "web-10"). */
function compare(x: string | number, y: string | number): number {
  return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en', { numeric: true });
}

/** The items whose text contains the filter (case-insensitive), in the order of the sort column. */
export function filterAndSort<T>(
  items: readonly T[],
  columns: readonly Column<T>[],
  text: (item: T) => string,
  filter: string,
  sort: Sort | undefined,
): T[] {
  const needle = filter.trim().toLowerCase();
  const rows = needle ? items.filter((item) => text(item).toLowerCase().includes(needle)) : [...items];
  const value = sort && columns.find((c) => c.id === sort.columnId)?.sortValue;
  if (!value) return rows;
  return rows.sort((a, b) => (sort.descending ? -1 : 1) * compare(value(a), value(b)));
}

export function useTableView<T>(
  items: readonly T[],
  columns: readonly Column<T>[],
  options: { text: (item: T) => string; pageSize: number; defaultSort?: Sort; urlKey?: string },
) {
  const { text, pageSize, urlKey, defaultSort } = options;
  const search = useSearchParams();
  const [initial] = useState(() =>
    urlKey && search ? readTableState(new URLSearchParams(search.toString()), urlKey, defaultSort) : undefined,
  );
  const [filter, setFilterText] = useState(initial?.filter ?? '');
  const [sort, setSortState] = useState(initial?.sort ?? defaultSort);
  const [page, setPageState] = useState(initial?.page ?? 1);
  // Mirrored into the URL without a navigation (no server round trip), so reload, links and Back keep the view.
  const remember = (next: TableUrlState) => {
    if (!urlKey) return;
    const query = writeTableState(window.location.search, urlKey, next, defaultSort);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}${window.location.hash}`);
  };
  const setPage = (value: number) => {
    setPageState(value);
    remember({ filter, sort, page: value });
  };
  const visible = useMemo(() => filterAndSort(items, columns, text, filter, sort), [items, columns, text, filter, sort]);
  const pages = Math.max(1, Math.ceil(visible.length / pageSize));
  const current = Math.min(page, pages);
  return {
    filter,
    /** A new filter starts again at page 1. */
    setFilter: (value: string) => {
      setFilterText(value);
      setPageState(1);
      remember({ filter: value, sort, page: 1 });
    },
    sort,
    /** The first click sorts ascending, the next ones flip the order. */
    toggleSort: (columnId: string) => {
      const next = sort?.columnId === columnId ? { columnId, descending: !sort.descending } : { columnId, descending: false };
      setSortState(next);
      remember({ filter, sort: next, page });
    },
    /** How many items pass the filter. */
    matches: visible.length,
    page: current,
    pages,
    setPage,
    rows: visible.slice((current - 1) * pageSize, current * pageSize),
  };
}
