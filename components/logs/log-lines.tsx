'use client';
// The lines of a Logs tab, oldest at the top: time, task and container (when lines come from several), message.
import { forwardRef } from 'react';
import type { LogLineView } from '@/lib/logs/log-view';

function time(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
}

export const LogLines = forwardRef<HTMLDivElement, { lines: readonly LogLineView[]; showTask: boolean; onScroll: () => void }>(
  function LogLines({ lines, showTask, onScroll }, ref) {
    return (
      <div
        ref={ref}
        role="log"
        aria-label="Log events"
        aria-live="polite"
        onScroll={onScroll}
        className="max-h-[32rem] overflow-auto rounded border border-zinc-200 bg-zinc-50 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900"
      >
        {lines.length === 0 ? (
          <p className="p-4 font-sans text-sm text-zinc-600 dark:text-zinc-400">No log events in this time range.</p>
        ) : (
          <table className="w-full border-collapse">
            <thead className="sticky top-0 bg-zinc-100 font-sans text-left dark:bg-zinc-800">
              <tr>
                <th className="px-2 py-1 whitespace-nowrap">Timestamp (UTC)</th>
                {showTask && <th className="px-2 py-1">Task</th>}
                <th className="px-2 py-1">Container</th>
                <th className="px-2 py-1">Message</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.id} className="border-t border-zinc-200 align-top dark:border-zinc-800">
                  <td className="px-2 py-0.5 whitespace-nowrap text-zinc-500">{time(l.timestamp)}</td>
                  {showTask && <td className="px-2 py-0.5 whitespace-nowrap">{l.taskId.slice(0, 8)}</td>}
                  <td className="px-2 py-0.5 whitespace-nowrap">{l.container}</td>
                  <td className="px-2 py-0.5 break-all whitespace-pre-wrap">{l.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    );
  },
);
