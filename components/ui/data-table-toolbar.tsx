'use client';
// The data table's two bars: the title with its count, refresh and actions; then the filter, its match count and
// the pagination.
import { type ReactNode, useEffect, useState } from 'react';
import { cn } from '@/lib/utils';
import { Pagination } from './pagination';

export function DataTableTitle({
  id,
  title,
  count,
  onRefresh,
  refreshing,
  actions,
}: {
  id: string;
  title: string;
  count: number;
  onRefresh?: () => void;
  refreshing?: boolean;
  actions?: ReactNode;
}) {
  // The spinner only after hydration: a refetch may already be running when the client takes over.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return (
    <header className="flex flex-wrap items-start justify-between gap-3 px-5 pt-4">
      <h2 id={id} className="text-lg font-bold">
        {title} <span className="font-normal text-zinc-500 dark:text-zinc-400">({count})</span>
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
  );
}

export function DataTableFilter({
  id,
  resourceName,
  filter,
  onFilter,
  matches,
  page,
  pages,
  onPage,
}: {
  id: string;
  resourceName: string;
  filter: string;
  onFilter: (value: string) => void;
  matches: number;
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 px-5 py-3">
      <div className="relative w-full max-w-sm">
        <label htmlFor={id} className="sr-only">
          Filter {resourceName}
        </label>
        <input
          id={id}
          type="search"
          value={filter}
          onChange={(e) => onFilter(e.target.value)}
          placeholder={`Filter ${resourceName}`}
          className="w-full rounded-lg border-2 border-zinc-400 bg-white px-3 py-1.5 text-sm focus:border-sky-600 focus:outline-none dark:border-zinc-600 dark:bg-zinc-950"
        />
      </div>
      {filter && (
        <span className="text-sm text-zinc-600 dark:text-zinc-400">
          {matches} {matches === 1 ? 'match' : 'matches'}
        </span>
      )}
      <Pagination page={page} pages={pages} onChange={onPage} label={`Pages of ${resourceName}`} />
    </div>
  );
}
