// The data table's header row: an empty cell over the selection column, then each column's header, a button
// that sorts by it where the column has a sort value.
import { cn } from '@/lib/utils';
import type { Column, Sort } from './use-table-view';

export function DataTableHeader<T>({
  columns,
  sort,
  onSort,
  selectable,
}: {
  columns: readonly Column<T>[];
  sort?: Sort;
  onSort: (columnId: string) => void;
  selectable: boolean;
}) {
  return (
    <thead>
      <tr className="border-y border-zinc-200 bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-800/60">
        {selectable && (
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
                  onClick={() => onSort(column.id)}
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
  );
}
