// What the command palette can do to the resource it found, besides opening it: scale a service, force a new
// deployment, update it to its family's latest revision, stop a task. Pure: the palette lists these, and
// components/shell/palette-action-dialog.tsx runs the chosen one through the same server actions as the pages.
import type { PaletteItem } from './search';

export type PaletteActionKind = 'scale' | 'force-deployment' | 'update-to-latest' | 'stop-task';

export interface PaletteAction {
  kind: PaletteActionKind;
  label: string;
  /** Why it cannot run on this resource; the palette shows it instead of running it. */
  unavailable?: string;
}

/** The action the palette hands to its host: which one, on which resource. */
export interface PaletteActionRequest {
  kind: PaletteActionKind;
  /** Service name or task ID. */
  name: string;
  cluster: string;
  taskDefinition?: string;
  latest?: string;
}

export function paletteActions(item: PaletteItem): PaletteAction[] {
  const target = item.target;
  if (!target) return [];
  if (item.kind === 'task') return [{ kind: 'stop-task', label: 'Stop task…' }];
  if (item.kind !== 'service') return [];
  const { taskDefinition, latest, daemon } = target;
  return [
    {
      kind: 'scale',
      label: 'Scale service…',
      unavailable: daemon ? 'A daemon service runs one task on each container instance; it has no desired count.' : undefined,
    },
    { kind: 'force-deployment', label: 'Force new deployment…' },
    {
      kind: 'update-to-latest',
      label: latest ? `Update to the latest revision (${latest})…` : 'Update to the latest revision…',
      unavailable: !latest
        ? 'Its task definition family has no ACTIVE revision.'
        : latest === taskDefinition
          ? `It already runs ${latest}, the latest revision.`
          : undefined,
    },
  ];
}

export function actionRequest(item: PaletteItem, kind: PaletteActionKind): PaletteActionRequest | undefined {
  if (!item.target) return undefined;
  const { cluster, taskDefinition, latest } = item.target;
  return { kind, name: item.label, cluster, taskDefinition, latest };
}
