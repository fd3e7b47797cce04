// URL-driven tabs: each tab is a link (its own route or ?tab=), so the selected tab survives reload and is shareable.
// Server-compatible; role=tablist/tab with aria-selected for tests and screen readers.
import Link from 'next/link';
import { cn } from '@/lib/utils';

export interface TabItem {
  id: string;
  label: string;
  href: string;
}

export function Tabs({ tabs, current, label }: { tabs: readonly TabItem[]; current: string; label: string }) {
  return (
    <div
      role="tablist"
      aria-label={label}
      className="mb-4 flex gap-1 overflow-x-auto border-b border-zinc-200 dark:border-zinc-700"
    >
      {tabs.map((tab) => {
        const selected = tab.id === current;
        return (
          <Link
            key={tab.id}
            href={tab.href}
            role="tab"
            aria-selected={selected}
            aria-current={selected ? 'page' : undefined}
            scroll={false}
            className={cn(
              '-mb-px border-b-4 px-4 py-2 text-sm font-bold whitespace-nowrap focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600 dark:focus-visible:outline-sky-300',
              selected
                ? 'border-sky-700 text-sky-700 dark:border-sky-400 dark:text-sky-300'
                : 'border-transparent text-zinc-600 hover:text-sky-700 dark:text-zinc-400 dark:hover:text-sky-300',
            )}
          >
            {tab.label}
          </Link>
        );
      })}
    </div>
  );
}
