'use client';
// The command palette (Ctrl/⌘+K), loaded on first use by keyboard-shortcuts.tsx: jump to any cluster, service, task
// definition family or running task by name or ARN fragment, across clusters, recently opened items first. A
// combobox over a listbox (ARIA 1.2): arrows move the active option, Enter opens it, Escape closes.
import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { indexPalette, type PaletteItem, rememberRecent, searchPalette } from '@/lib/palette/search';
import { apiPaths } from '@/lib/paths';
import { cn } from '@/lib/utils';

const RECENT_KEY = 'ecs-console-palette-recent';
const KIND_LABELS: Record<PaletteItem['kind'], string> = {
  cluster: 'Cluster',
  service: 'Service',
  family: 'Task definition',
  task: 'Task',
};

function readRecent(): string[] {
  try {
    const value = JSON.parse(window.localStorage.getItem(RECENT_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

async function fetchIndex(signal: AbortSignal): Promise<PaletteItem[]> {
  const res = await fetch(apiPaths.palette(), { signal, cache: 'no-store' });
  const body = await res.json();
  if (!res.ok) throw new Error(body?.error?.message ?? `The console answered ${res.status}.`);
  return body as PaletteItem[];
}

export default function CommandPalette({ onClose }: { onClose: () => void }) {
  const router = useRouter();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [recent] = useState(readRecent);
  const index = useQuery({ queryKey: ['palette'], queryFn: ({ signal }) => fetchIndex(signal), staleTime: 30_000 });
  const searchable = useMemo(() => indexPalette(index.data ?? []), [index.data]);
  const results = useMemo(() => searchPalette(searchable, query, recent), [searchable, query, recent]);
  const current = Math.min(active, Math.max(0, results.length - 1));
  const input = useRef<HTMLInputElement>(null);
  // After the dialog's showModal (a parent effect, which runs after this one and focuses its first button).
  useEffect(() => {
    const frame = requestAnimationFrame(() => input.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  const open = (item: PaletteItem) => {
    window.localStorage.setItem(RECENT_KEY, JSON.stringify(rememberRecent(recent, item.href)));
    onClose();
    router.push(item.href);
  };

  return (
    <Dialog open onClose={onClose} title="Go to a resource" className="w-[min(40rem,calc(100vw-2rem))]">
      <input
        ref={input}
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-results"
        aria-activedescendant={results[current] ? `palette-option-${current}` : undefined}
        aria-label="Search clusters, services, task definitions and tasks"
        value={query}
        placeholder="Name or ARN fragment"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((current + step + results.length) % Math.max(1, results.length));
          }
          if (e.key === 'Enter' && results[current]) {
            e.preventDefault();
            open(results[current]);
          }
        }}
        className="w-full rounded-lg border-2 border-zinc-400 bg-white px-3 py-2 text-sm dark:border-zinc-600 dark:bg-zinc-950"
      />
      {index.isPending && <p role="status">Loading resources…</p>}
      {index.error && <p role="alert">Could not load resources: {index.error.message}</p>}
      {index.data && results.length === 0 && <p role="status">No resource matches “{query}”.</p>}
      <div id="palette-results" role="listbox" aria-label="Resources" className="max-h-96 overflow-y-auto">
        {results.map((item, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox handles the keyboard (aria-activedescendant)
          <div
            key={item.href}
            id={`palette-option-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === current}
            onClick={() => open(item)}
            onMouseMove={() => setActive(i)}
            className={cn(
              'flex cursor-pointer items-baseline justify-between gap-3 rounded-md px-3 py-2',
              i === current && 'bg-sky-100 dark:bg-sky-900',
            )}
          >
            <span className="min-w-0 truncate font-semibold">{item.label}</span>
            <span className="shrink-0 text-xs text-zinc-600 dark:text-zinc-300">
              {KIND_LABELS[item.kind]} · {item.detail}
            </span>
          </div>
        ))}
      </div>
    </Dialog>
  );
}
