// Stands in for a cluster tab whose content another console helper builds (Services, Tasks).
import { Panel } from '@/components/ui/panel';

export function ClusterTabPlaceholder({ title }: { title: string }) {
  return (
    <Panel title={title}>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">The {title.toLowerCase()} of this cluster will be listed here.</p>
    </Panel>
  );
}
