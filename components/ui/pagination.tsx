'use client';
// "< 1 2 3 >" page links as in the AWS console; shows a window of pages around the current one.
import { cn } from '@/lib/utils';

function windowOf(page: number, pages: number): number[] {
  const start = Math.max(1, Math.min(page - 2, pages - 4));
  const end = Math.min(pages, start + 4);
  return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}

/** `label` names the landmark; a page with several tables needs a distinct one per table. */
export function Pagination({
  page,
  pages,
  onChange,
  label = 'Pagination',
}: {
  page: number;
  pages: number;
  onChange: (page: number) => void;
  label?: string;
}) {
  const arrow =
    'inline-flex size-7 items-center justify-center rounded text-zinc-700 hover:bg-zinc-100 disabled:text-zinc-300 disabled:hover:bg-transparent dark:text-zinc-300 dark:hover:bg-zinc-800 dark:disabled:text-zinc-600';
  return (
    <nav aria-label={label} className="flex items-center gap-1 text-sm">
      <button type="button" aria-label="Previous page" disabled={page <= 1} onClick={() => onChange(page - 1)} className={arrow}>
        ‹
      </button>
      {windowOf(page, pages).map((n) => (
        <button
          key={n}
          type="button"
          aria-label={`Page ${n}`}
          aria-current={n === page ? 'page' : undefined}
          onClick={() => onChange(n)}
          className={cn(
            'min-w-7 rounded px-1.5 py-0.5',
            n === page
              ? 'font-bold text-zinc-900 dark:text-zinc-50'
              : 'text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800',
          )}
        >
          {n}
        </button>
      ))}
      <button type="button" aria-label="Next page" disabled={page >= pages} onClick={() => onChange(page + 1)} className={arrow}>
        ›
      </button>
    </nav>
  );
}
