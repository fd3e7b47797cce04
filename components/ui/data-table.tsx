'use client';
// The console's table (Cloudscape-like): title with count "Clusters (3)", refresh, actions, text filter, sortable
// headers, pagination "< 1 2 >", optional row selection, and a designed empty state with the primary action.
// Columns hold render functions, so define them in a client component (the feature's live table) and pass items.
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { cn } from '@/lib/utils';
import { Pagination } from './pagination';

export interface Column<T> {
  id: string;
  header: string;
  cell: (item: T) => ReactNode;
  /** Enables sorting on this column. */
  sortValue?: (item: T) => string | number;
  className?: string;
}

export interface DataTableProps<T> {
  title: string;
  /** Plural noun for the filter placeholder and the empty state, e.g. "clusters". */
  resourceName: string;
  items: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (item: T) => string;
  /** Text the filter matches against (case-insensitive); defaults to the row key. */
  filterText?: (item: T) => string;
  actions?: ReactNode;
  onRefresh?: () => void;
  refreshing?: boolean;
  empty?: { title: string; description?: string; action?: ReactNode };
  pageSize?: number;
  defaultSort?: { columnId: string; descending?: boolean };
  /** Row selection (radio for single, checkbox for multi); controlled by the parent. */
  selection?: {
    mode: 'single' | 'multi';
    selected: readonly string[];
    onChange: (keys: string[]) => void;
    label: (item: T) => string;
  };
  /** Shown under the title (e.g. an error from the last refresh). */
  notice?: ReactNode;
}

export function DataTable<T>(props: DataTableProps<T>) {
  const {
    title,
    resourceName,
    items,
    columns,
    rowKey,
    filterText,
    actions,
    onRefresh,
    refreshing,
    empty,
    pageSize = 25,
    selection,
    notice,
  } = props;
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState(props.defaultSort);
  const [page, setPage] = useState(1);
  // The spinner only after hydration: a refetch may already be running when the client takes over.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);

  const visible = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const text = filterText ?? rowKey;
    let rows = needle ? items.filter((item) => text(item).toLowerCase().includes(needle)) : [...items];
    const column = sort && columns.find((c) => c.id === sort.columnId);
    if (column?.sortValue) {
      const value = column.sortValue;
      rows = rows.sort((a, b) => {
        const x = value(a);
        const y = value(b);
        const order =
          typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en', { numeric: true });
        return sort?.descending ? -order : order;
      });
    }
    return rows;
  }, [items, filter, filterText, rowKey, sort, columns]);

  const pages = Math.max(1, Math.ceil(visible.length / pageSize));
  const current = Math.min(page, pages);
  const rows = visible.slice((current - 1) * pageSize, current * pageSize);
  const headingId = `${resourceName.replace(/\W+/g, '-')}-table-title`;

  const toggleSort = (columnId: string) => {
    setSort((s) => (s?.columnId === columnId ? { columnId, descending: !s.descending } : { columnId, descending: false }));
  };
  const toggleRow = (key: string) => {
    if (!selection) return;
    if (selection.mode === 'single') return selection.onChange([key]);
    selection.onChange(
      selection.selected.includes(key) ? selection.selected.filter((k) => k !== key) : [...selection.selected, key],
    );
  };

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-2xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-700 dark:bg-zinc-900"
    >
      <header className="flex flex-wrap items-start justify-between gap-3 px-5 pt-4">
        <h2 id={headingId} className="text-lg font-bold">
          {title} <span className="font-normal text-zinc-500 dark:text-zinc-400">({items.length})</span>
        </h2>
        <div className="flex flex-wrap items-center gap-2">
          {onRefresh && (
            <button
              type="button"
              onClick={onRefresh}
              aria-label="Refresh"
              className="inline-flex size-8 items-center justify-center rounded-full border-2 border-sky-700 text-sky-700 hover:bg-sky-50 dark:border-sky-400 dark:text-sky-300 dark:hover:bg-sky-950"
            >
              <span aria-hidden="true" className={cn('text-base leading-none', mounted && refreshing && 'animate-spin')}>
                ↻
              </span>
            </button>
          )}
          {actions}
        </div>
      </header>
      {notice && <div className="px-5 pt-3">{notice}</div>}
      <div className="flex flex-wrap items-center justify-between gap-3 px-5 py-3">
        <div className="relative w-full max-w-sm">
          <label htmlFor={`${headingId}-filter`} className="sr-only">
            Filter {resourceName}
          </label>
          <input
            id={`${headingId}-filter`}
            type="search"
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value);
              setPage(1);
            }}
            placeholder={`Filter ${resourceName}`}
            className="w-full rounded-lg border-2 border-zinc-400 bg-white px-3 py-1.5 text-sm focus:border-sky-600 focus:outline-none dark:border-zinc-600 dark:bg-zinc-950"
          />
        </div>
        {filter && (
          <span className="text-sm text-zinc-600 dark:text-zinc-400">
            {visible.length} {visible.length === 1 ? 'match' : 'matches'}
          </span>
        )}
        <Pagination page={current} pages={pages} onChange={setPage} />
      </div>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm" aria-labelledby={headingId}>
          <thead>
            <tr className="border-y border-zinc-200 bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-800/60">
              {selection && (
                <th scope="col" className="w-10 px-3 py-2">
                  <span className="sr-only">Select</span>
                </th>
              )}
              {columns.map((column) => {
                const sorted = sort?.columnId === column.id;
                return (
                  <th
                    key={column.id}
                    scope="col"
                    aria-sort={sorted ? (sort?.descending ? 'descending' : 'ascending') : column.sortValue ? 'none' : undefined}
                    className={cn('px-4 py-2 font-bold whitespace-nowrap text-zinc-700 dark:text-zinc-300', column.className)}
                  >
                    {column.sortValue ? (
                      <button
                        type="button"
                        onClick={() => toggleSort(column.id)}
                        className="inline-flex items-center gap-1 hover:text-sky-700 dark:hover:text-sky-300"
                      >
                        {column.header}
                        <span aria-hidden="true" className={cn('text-xs', !sorted && 'text-zinc-400')}>
                          {sorted ? (sort?.descending ? '▼' : '▲') : '⇅'}
                        </span>
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((item) => {
              const key = rowKey(item);
              const checked = selection?.selected.includes(key) ?? false;
              return (
                <tr
                  key={key}
                  className={cn(
                    'border-b border-zinc-100 last:border-b-0 dark:border-zinc-800',
                    checked && 'bg-sky-50 dark:bg-sky-950/40',
                  )}
                >
                  {selection && (
                    <td className="px-3 py-2.5">
                      <input
                        type={selection.mode === 'single' ? 'radio' : 'checkbox'}
                        name={`${headingId}-select`}
                        aria-label={`Select ${selection.label(item)}`}
                        checked={checked}
                        onChange={() => toggleRow(key)}
                        className="size-4 accent-sky-700"
                      />
                    </td>
                  )}
                  {columns.map((column) => (
                    <td key={column.id} className={cn('px-4 py-2.5 align-top', column.className)}>
                      {column.cell(item)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
        {rows.length === 0 && (
          <div className="px-5 py-10 text-center">
            {items.length === 0 ? (
              <>
                <p className="font-bold">{empty?.title ?? `No ${resourceName}`}</p>
                {empty?.description && <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{empty.description}</p>}
                {empty?.action && <div className="mt-4 flex justify-center">{empty.action}</div>}
              </>
            ) : (
              <>
                <p className="font-bold">No matches</p>
                <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">No {resourceName} match the filter.</p>
                <button
                  type="button"
                  onClick={() => setFilter('')}
                  className="mt-3 text-sm font-semibold text-sky-700 hover:underline dark:text-sky-300"
                >
                  Clear filter
                </button>
              </>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
