'use client';
// "Last updated 10:42:13" and a Refresh button for a live view; the time is rendered after mount (viewer's zone).
import { useEffect, useState } from 'react';
import { cn } from '@/lib/utils';

export function LastUpdated({
  updatedAt,
  onRefresh,
  refreshing,
  showButton = true,
}: {
  updatedAt: number;
  onRefresh: () => void;
  refreshing: boolean;
  showButton?: boolean;
}) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const text = mounted && updatedAt ? new Date(updatedAt).toLocaleTimeString('en-US', { hour12: false }) : '…';
  return (
    <span className="inline-flex items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
      <span aria-live="off">
        Last updated <time dateTime={updatedAt ? new Date(updatedAt).toISOString() : undefined}>{text}</time>
      </span>
      {showButton && (
        <button
          type="button"
          onClick={onRefresh}
          aria-label="Refresh"
          className="inline-flex size-8 items-center justify-center rounded-full border-2 border-sky-700 text-sky-700 hover:bg-sky-50 dark:border-sky-400 dark:text-sky-300 dark:hover:bg-sky-950"
        >
          <span aria-hidden="true" className={cn('text-base leading-none', refreshing && 'animate-spin')}>
            ↻
          </span>
        </button>
      )}
    </span>
  );
}
