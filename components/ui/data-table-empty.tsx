// What the data table shows instead of rows: its designed empty state (usually with the primary action) when there
// are no items, or "No matches" with a way out when the filter hides them all.
import type { ReactNode } from 'react';

export interface EmptyState {
  title: string;
  description?: string;
  action?: ReactNode;
}

export function DataTableEmpty({
  resourceName,
  filtered,
  empty,
  onClearFilter,
}: {
  resourceName: string;
  /** True when there are items but the filter hides all of them. */
  filtered: boolean;
  empty?: EmptyState;
  onClearFilter: () => void;
}) {
  return (
    <div className="px-5 py-10 text-center">
      {filtered ? (
        <>
          <p className="font-bold">No matches</p>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">No {resourceName} match the filter.</p>
          <button
            type="button"
            onClick={onClearFilter}
            className="mt-3 text-sm font-semibold text-sky-700 hover:underline dark:text-sky-300"
          >
            Clear filter
          </button>
        </>
      ) : (
        <>
          <p className="font-bold">{empty?.title ?? `No ${resourceName}`}</p>
          {empty?.description && <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{empty.description}</p>}
          {empty?.action && <div className="mt-4 flex justify-center">{empty.action}</div>}
        </>
      )}
    </div>
  );
}
