'use client';
// Console-wide keys: Ctrl/⌘+K opens the command palette (its code loads on first use), `/` focuses the page's
// filter, `g` then `c`, `t` or `d` goes to clusters, task definitions or the dashboard, `j`/`k` move through the
// rows of the page's table (focus on the row's first link, so Enter opens it), `?` lists the keys. Keys typed into
// a field are left alone (except Ctrl/⌘+K).
import { useQueryClient } from '@tanstack/react-query';
import { usePathname, useRouter } from 'next/navigation';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import type { PaletteActionRequest } from '@/lib/palette/actions';
import { paths } from '@/lib/paths';

const CommandPalette = lazy(() => import('./command-palette'));
const PaletteActionDialog = lazy(() => import('./palette-action-dialog'));

const GO_TO: Record<string, string> = { c: paths.clusters(), t: paths.taskDefinitions(), d: paths.dashboard() };

const SHORTCUTS: [string, string][] = [
  ['Ctrl+K or ⌘K', 'Go to any cluster, service, task definition or task'],
  ['Tab in the palette', 'Actions on the chosen service or task: scale, force new deployment, latest revision, stop'],
  ['/', "Focus the page's filter"],
  ['g then c', 'Go to Clusters'],
  ['g then t', 'Go to Task definitions'],
  ['g then d', 'Go to the Dashboard'],
  ['j / k', 'Next / previous table row; Enter opens it'],
  ['?', 'Show these keyboard shortcuts'],
];

/** Focuses the first link of the next (`step` 1) or previous (-1) table row with one, from the focused row. */
function moveRow(step: 1 | -1): boolean {
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('main table tbody tr')].filter((r) => r.querySelector('a'));
  if (rows.length === 0) return false;
  const at = rows.findIndex((r) => r.contains(document.activeElement));
  const next = at < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, at + step));
  rows[next].querySelector<HTMLAnchorElement>('a')?.focus();
  return true;
}

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)));
}

export function KeyboardShortcuts() {
  const router = useRouter();
  const [palette, setPalette] = useState(false);
  const [help, setHelp] = useState(false);
  // The action the palette handed over, and the page it was chosen on: the dialog closes when the page changes
  // (an action that succeeds opens the resource's page).
  const [action, setAction] = useState<{ request: PaletteActionRequest; on: string }>();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const pendingG = useRef(0);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setPalette(true);
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target) || document.querySelector('dialog[open]')) return;
      if (Date.now() - pendingG.current < 1500 && GO_TO[e.key]) {
        pendingG.current = 0;
        e.preventDefault();
        router.push(GO_TO[e.key]);
        return;
      }
      pendingG.current = e.key === 'g' ? Date.now() : 0;
      if (e.key === '?') {
        e.preventDefault();
        setHelp(true);
      } else if (e.key === 'j' || e.key === 'k') {
        if (moveRow(e.key === 'j' ? 1 : -1)) e.preventDefault();
      } else if (e.key === '/') {
        const filter = document.querySelector<HTMLInputElement>('main input[type="search"]');
        if (!filter) return;
        e.preventDefault();
        filter.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [router]);

  return (
    <>
      {palette && (
        <Suspense fallback={null}>
          <CommandPalette
            onClose={() => setPalette(false)}
            onAction={(request) => {
              // The next palette reads the resources again, as the action changes them.
              queryClient.invalidateQueries({ queryKey: ['palette'] });
              setAction({ request, on: pathname });
            }}
          />
        </Suspense>
      )}
      {action?.on === pathname && (
        <Suspense fallback={null}>
          <PaletteActionDialog request={action.request} onClose={() => setAction(undefined)} />
        </Suspense>
      )}
      <Dialog open={help} onClose={() => setHelp(false)} title="Keyboard shortcuts">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Keyboard shortcuts</caption>
          <tbody>
            {SHORTCUTS.map(([keys, what]) => (
              <tr key={keys} className="border-b border-zinc-100 last:border-b-0 dark:border-zinc-800">
                <th scope="row" className="py-1.5 pr-4 font-mono text-xs font-semibold whitespace-nowrap">
                  {keys}
                </th>
                <td className="py-1.5">{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Dialog>
    </>
  );
}
