// The command palette's search: clusters, services, task definition families and tasks by name or ARN fragment,
// across clusters. Pure and synchronous, so it runs on every keystroke in the browser and in bench/palette.ts.
// The lower-cased haystack is built once per index, not per keystroke.

export type PaletteKind = 'cluster' | 'service' | 'family' | 'task';

export interface PaletteItem {
  kind: PaletteKind;
  /** What the palette shows and opens: `web`, `my-cluster`, a task ID. */
  label: string;
  /** Where it is: the cluster, or "Task definition family". */
  detail: string;
  href: string;
  /** The ARN, searched as well, so a pasted fragment finds it. */
  arn?: string;
  /** For services and tasks: what the palette's actions act on (lib/palette/actions.ts). */
  target?: PaletteTarget;
}

export interface PaletteTarget {
  cluster: string;
  /** A service's task definition (`family:revision`). */
  taskDefinition?: string;
  /** The newest ACTIVE revision of that family (`family:revision`), when it has one. */
  latest?: string;
  /** A daemon service runs one task per instance and has no desired count to set. */
  daemon?: boolean;
}

export interface PaletteIndex {
  items: readonly PaletteItem[];
  haystacks: readonly string[];
}

export function indexPalette(items: readonly PaletteItem[]): PaletteIndex {
  return { items, haystacks: items.map((i) => `${i.label} ${i.detail} ${i.arn ?? ''}`.toLowerCase()) };
}

const KIND_ORDER: Record<PaletteKind, number> = { cluster: 0, service: 1, family: 2, task: 3 };

/**
 * Items containing every word of the query (any order), best first: recently opened (most recent first), then a
 * label that starts with the query, then a label that contains it, then by kind and label. An empty query lists the
 * recent items, then the clusters.
 */
export function searchPalette(index: PaletteIndex, query: string, recent: readonly string[] = [], limit = 20): PaletteItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const recency = new Map(recent.map((href, i) => [href, i]));
  const scored: { item: PaletteItem; score: number }[] = [];
  const phrase = words.join(' ');
  for (let i = 0; i < index.items.length; i++) {
    const hay = index.haystacks[i];
    let all = true;
    for (const w of words)
      if (!hay.includes(w)) {
        all = false;
        break;
      }
    if (!all) continue;
    const item = index.items[i];
    if (words.length === 0 && !recency.has(item.href) && item.kind !== 'cluster') continue;
    const label = item.label.toLowerCase();
    const seen = recency.get(item.href);
    const score =
      (seen === undefined ? 0 : 1_000_000 - seen * 1_000) +
      (phrase && label.startsWith(phrase) ? 500 : phrase && label.includes(phrase) ? 250 : 0) -
      KIND_ORDER[item.kind] * 10;
    scored.push({ item, score });
  }
  scored.sort((a, b) => b.score - a.score || a.item.label.localeCompare(b.item.label));
  return scored.slice(0, limit).map((s) => s.item);
}

/** The recent list after opening `href`: it moves to the front; at most `max` kept. */
export function rememberRecent(recent: readonly string[], href: string, max = 10): string[] {
  return [href, ...recent.filter((h) => h !== href)].slice(0, max);
}
