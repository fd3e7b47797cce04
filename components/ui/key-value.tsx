// Key-value pairs in columns, as in the console's "overview" panels. Values may be any node (links, badges).
import type { ReactNode } from 'react';
import { cn } from '@/lib/utils';

export interface KeyValueItem {
  label: string;
  value: ReactNode;
}

export function KeyValueGrid({
  items,
  columns = 3,
  className,
}: {
  items: readonly KeyValueItem[];
  columns?: 1 | 2 | 3 | 4;
  className?: string;
}) {
  return (
    <dl
      className={cn(
        'grid gap-x-8 gap-y-4',
        columns === 2 && 'sm:grid-cols-2',
        columns === 3 && 'sm:grid-cols-2 lg:grid-cols-3',
        columns === 4 && 'sm:grid-cols-2 lg:grid-cols-4',
        className,
      )}
    >
      {items.map((item) => (
        <div key={item.label} className="min-w-0">
          <dt className="text-sm font-bold text-zinc-600 dark:text-zinc-400">{item.label}</dt>
          <dd className="mt-0.5 text-sm break-words">{item.value ?? '-'}</dd>
        </div>
      ))}
    </dl>
  );
}
