'use client';
// The console's table (Cloudscape-like): title with count "Clusters (3)", refresh, actions, text filter, sortable
// headers, pagination "< 1 2 >", optional row selection, and a designed empty state with the primary action.
// Columns hold render functions, so define them in a client component (the feature's live table) and pass items.
// The parts: use-table-view.ts (filter, sort, page), data-table-toolbar.tsx, data-table-header.tsx, data-table-empty.tsx.
import type { ReactNode } from 'react';
import { cn } from '@/lib/utils';
import { DataTableEmpty, type EmptyState } from './data-table-empty';
import { DataTableHeader } from './data-table-header';
import { DataTableFilter, DataTableTitle } from './data-table-toolbar';
import { type Column, type Sort, useTableView } from './use-table-view';

export type { Column } from './use-table-view';

/** Row selection (radio for single, checkbox for multi); controlled by the parent. */
export interface Selection<T> {
  mode: 'single' | 'multi';
  selected: readonly string[];
  onChange: (keys: string[]) => void;
  label: (item: T) => string;
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
  empty?: EmptyState;
  pageSize?: number;
  defaultSort?: Sort;
  selection?: Selection<T>;
  /** Shown under the title (e.g. an error from the last refresh). */
  notice?: ReactNode;
}

function toggled<T>(selection: Selection<T>, key: string): string[] {
  if (selection.mode === 'single') return [key];
  return selection.selected.includes(key) ? selection.selected.filter((k) => k !== key) : [...selection.selected, key];
}

export function DataTable<T>(props: DataTableProps<T>) {
  const { resourceName, items, columns, rowKey, selection } = props;
  const view = useTableView(items, columns, {
    text: props.filterText ?? rowKey,
    pageSize: props.pageSize ?? 25,
    defaultSort: props.defaultSort,
    urlKey: resourceName.replace(/\W+/g, '-'),
  });
  const headingId = `${resourceName.replace(/\W+/g, '-')}-table-title`;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-2xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-700 dark:bg-zinc-900"
    >
      <DataTableTitle
        id={headingId}
        title={props.title}
        count={items.length}
        onRefresh={props.onRefresh}
        refreshing={props.refreshing}
        actions={props.actions}
      />
      {props.notice && <div className="px-5 pt-3">{props.notice}</div>}
      <DataTableFilter
        id={`${headingId}-filter`}
        resourceName={resourceName}
        filter={view.filter}
        onFilter={view.setFilter}
        matches={view.matches}
        page={view.page}
        pages={view.pages}
        onPage={view.setPage}
      />
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm" aria-labelledby={headingId}>
          <DataTableHeader columns={columns} sort={view.sort} onSort={view.toggleSort} selectable={Boolean(selection)} />
          <tbody>
            {view.rows.map((item) => {
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
                        onChange={() => selection.onChange(toggled(selection, key))}
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
        {view.rows.length === 0 && (
          <DataTableEmpty
            resourceName={resourceName}
            filtered={items.length > 0}
            empty={props.empty}
            onClearFilter={() => view.setFilter('')}
          />
        )}
      </div>
    </section>
  );
}
