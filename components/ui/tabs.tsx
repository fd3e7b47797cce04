'use client';
// URL-driven tabs: each tab is a link (its own route or ?tab=), so the selected tab survives reload and is shareable.
// The WAI-ARIA tabs pattern with manual activation: the tab strip is one Tab stop (the selected tab); Left/Right
// (wrapping), Home and End move focus between tabs; Enter or Space opens the focused one.
import Link from 'next/link';
import { type KeyboardEvent, useRef } from 'react';
import { cn } from '@/lib/utils';

export interface TabItem {
  id: string;
  label: string;
  href: string;
}

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

export function Tabs({ tabs, current, label }: { tabs: readonly TabItem[]; current: string; label: string }) {
  const strip = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const all = [...(strip.current?.querySelectorAll<HTMLAnchorElement>('[role="tab"]') ?? [])];
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    if (e.key === ' ') {
      e.preventDefault();
      all[index].click();
      return;
    }
    const move = MOVES[e.key];
    if (!move) return;
    e.preventDefault();
    all[move(index, all.length)]?.focus();
  };
  return (
    <div
      ref={strip}
      role="tablist"
      aria-label={label}
      onKeyDown={onKeyDown}
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
            tabIndex={selected ? 0 : -1}
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
