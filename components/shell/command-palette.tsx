'use client';
// The command palette (Ctrl/⌘+K), loaded on first use by keyboard-shortcuts.tsx: jump to any cluster, service, task
// definition family or running task by name or ARN fragment, across clusters, recently opened items first. A
// combobox over a listbox (ARIA 1.2): arrows move the active option, Enter opens it, Escape closes. Tab (or →) on a
// service or task lists its actions (scale, force new deployment, update to the latest revision, stop task);
// choosing one closes the palette and hands it to keyboard-shortcuts.tsx, which opens the action's dialog. Escape
// (or Backspace in the empty field) goes back to the search.
import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { useDenied } from '@/lib/auth/viewer-context';
import { actionRequest, type PaletteAction, type PaletteActionRequest, paletteActions } from '@/lib/palette/actions';
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

/** One row of the listbox: a resource to open, or (in a resource's scope) one of its actions. */
type PaletteOption = { key: string; label: string; detail: string; item: PaletteItem; action?: PaletteAction };

function scopeOptions(item: PaletteItem, query: string, denied: string | undefined): PaletteOption[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const open: PaletteOption = { key: 'open', label: `Open ${item.label}`, detail: KIND_LABELS[item.kind], item };
  const actions = paletteActions(item).map(
    (action): PaletteOption => ({
      key: action.kind,
      label: action.label,
      detail: action.unavailable ?? denied ?? item.detail,
      item,
      action: { ...action, unavailable: action.unavailable ?? denied },
    }),
  );
  return [open, ...actions].filter((o) => words.every((w) => o.label.toLowerCase().includes(w)));
}

export default function CommandPalette({
  onClose,
  onAction,
}: {
  onClose: () => void;
  onAction: (request: PaletteActionRequest) => void;
}) {
  const router = useRouter();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [scope, setScope] = useState<{ item: PaletteItem; query: string }>();
  const [recent] = useState(readRecent);
  const denied = useDenied('operator');
  const index = useQuery({ queryKey: ['palette'], queryFn: ({ signal }) => fetchIndex(signal), staleTime: 30_000 });
  const searchable = useMemo(() => indexPalette(index.data ?? []), [index.data]);
  const options = useMemo(
    (): PaletteOption[] =>
      scope
        ? scopeOptions(scope.item, query, denied)
        : searchPalette(searchable, query, recent).map((item) => ({
            key: item.href,
            label: item.label,
            detail: `${KIND_LABELS[item.kind]} · ${item.detail}`,
            item,
          })),
    [scope, searchable, query, recent, denied],
  );
  const current = Math.min(active, Math.max(0, options.length - 1));
  const input = useRef<HTMLInputElement>(null);
  // After the dialog's showModal (a parent effect, which runs after this one and focuses its first button).
  useEffect(() => {
    const frame = requestAnimationFrame(() => input.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  // Into a resource's actions with an empty field; back out with the search as it was.
  const enterScope = (item: PaletteItem) => {
    setScope({ item, query });
    setQuery('');
    setActive(0);
  };
  const leaveScope = () => {
    setQuery(scope?.query ?? '');
    setScope(undefined);
    setActive(0);
  };
  const choose = (option: PaletteOption) => {
    if (option.action) {
      const request = actionRequest(option.item, option.action.kind);
      if (option.action.unavailable || !request) return;
      onClose();
      onAction(request);
      return;
    }
    window.localStorage.setItem(RECENT_KEY, JSON.stringify(rememberRecent(recent, option.item.href)));
    onClose();
    router.push(option.item.href);
  };
  const scopable = (option: PaletteOption | undefined) =>
    !scope && option !== undefined && paletteActions(option.item).length > 0;

  return (
    <Dialog
      open
      onClose={onClose}
      title={scope ? `Actions for ${KIND_LABELS[scope.item.kind].toLowerCase()} ${scope.item.label}` : 'Go to a resource'}
      className="w-[min(40rem,calc(100vw-2rem))]"
    >
      <input
        ref={input}
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-results"
        aria-activedescendant={options[current] ? `palette-option-${current}` : undefined}
        aria-label={
          scope ? `Filter the actions for ${scope.item.label}` : 'Search clusters, services, task definitions and tasks'
        }
        value={query}
        placeholder={scope ? 'Action' : 'Name or ARN fragment'}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((current + step + options.length) % Math.max(1, options.length));
          } else if (e.key === 'Enter' && options[current]) {
            e.preventDefault();
            choose(options[current]);
          } else if ((e.key === 'Tab' && !e.shiftKey) || (e.key === 'ArrowRight' && query === '')) {
            if (!scopable(options[current])) return;
            e.preventDefault();
            enterScope(options[current].item);
          } else if (scope && (e.key === 'Escape' || (e.key === 'Backspace' && query === ''))) {
            // Back to the search, not out of the palette (the dialog closes on an Escape nobody prevented).
            e.preventDefault();
            leaveScope();
          }
        }}
        className="w-full rounded-lg border-2 border-zinc-400 bg-white px-3 py-2 text-sm dark:border-zinc-600 dark:bg-zinc-950"
      />
      {index.isPending && <p role="status">Loading resources…</p>}
      {index.error && <p role="alert">Could not load resources: {index.error.message}</p>}
      {index.data && options.length === 0 && (
        <p role="status">{scope ? `No action matches “${query}”.` : `No resource matches “${query}”.`}</p>
      )}
      <div id="palette-results" role="listbox" aria-label={scope ? 'Actions' : 'Resources'} className="max-h-96 overflow-y-auto">
        {options.map((option, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox handles the keyboard (aria-activedescendant)
          <div
            key={option.key}
            id={`palette-option-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === current}
            aria-disabled={option.action?.unavailable ? true : undefined}
            onClick={() => choose(option)}
            onMouseMove={() => setActive(i)}
            className={cn(
              'flex cursor-pointer items-baseline justify-between gap-3 rounded-md px-3 py-2',
              i === current && 'bg-sky-100 dark:bg-sky-900',
              option.action?.unavailable && 'cursor-not-allowed text-zinc-600 dark:text-zinc-400',
            )}
          >
            <span className="min-w-0 truncate font-semibold">{option.label}</span>
            <span className="shrink-0 text-xs text-zinc-600 dark:text-zinc-300">
              {option.detail}
              {i === current && scopable(option) && <span className="ml-2 font-mono">Tab: actions</span>}
            </span>
          </div>
        ))}
      </div>
      <p className="text-xs text-zinc-600 dark:text-zinc-300">
        {scope
          ? 'Enter runs the action · Esc goes back to the search'
          : 'Enter opens · Tab lists the actions of a service or task · Esc closes'}
      </p>
    </Dialog>
  );
}
