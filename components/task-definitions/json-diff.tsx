// A readable line diff of two JSON documents (review before register, Compare revisions). Server-compatible.
import { diffLines } from 'diff';
import { cn } from '@/lib/utils';

export function JsonDiff({
  before,
  after,
  beforeLabel,
  afterLabel,
}: {
  before: string;
  after: string;
  beforeLabel: string;
  afterLabel: string;
}) {
  const parts = diffLines(before, after);
  const added = parts.filter((p) => p.added).reduce((n, p) => n + (p.count ?? 0), 0);
  const removed = parts.filter((p) => p.removed).reduce((n, p) => n + (p.count ?? 0), 0);
  return (
    <figure aria-label={`Differences between ${beforeLabel} and ${afterLabel}`}>
      <figcaption className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
        <span className="font-semibold text-red-700 dark:text-red-400">− {beforeLabel}</span>{' '}
        <span className="font-semibold text-green-700 dark:text-green-400">+ {afterLabel}</span>:{' '}
        {added + removed === 0 ? 'no differences' : `${added} lines added, ${removed} lines removed`}
      </figcaption>
      <pre className="max-h-[70vh] overflow-auto rounded-lg bg-zinc-50 py-2 font-mono text-xs leading-5 dark:bg-zinc-950">
        {parts.flatMap((part, i) =>
          part.value
            .replace(/\n$/, '')
            .split('\n')
            .map((line, j) => (
              <div
                key={`${i}-${j}`}
                className={cn(
                  'px-3 whitespace-pre',
                  part.added && 'bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200',
                  part.removed && 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200',
                )}
              >
                <span aria-hidden="true" className="mr-2 select-none">
                  {part.added ? '+' : part.removed ? '-' : ' '}
                </span>
                {part.added && <span className="sr-only">Added: </span>}
                {part.removed && <span className="sr-only">Removed: </span>}
                {line}
              </div>
            )),
        )}
      </pre>
    </figure>
  );
}
