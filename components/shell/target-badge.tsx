// Which ECS is live, always visible in the header: Local engine, the endpoint URL, or AWS (profile) and Region.
import { cn } from '@/lib/utils';

export interface TargetBadgeView {
  kind: 'local' | 'endpoint' | 'aws';
  label: string;
  region: string;
  endpoint?: string;
  /** The local engine's container runtime, when it said. */
  runtime?: string;
}

const RUNTIME_LABELS: Record<string, string> = { docker: 'Docker', simulated: 'simulated' };

export function TargetBadge({ target }: { target: TargetBadgeView }) {
  return (
    <span
      title={target.endpoint ? `${target.label} — ${target.endpoint} (${target.region})` : `${target.label} (${target.region})`}
      data-testid="target-badge"
      className={cn(
        'inline-flex max-w-72 items-center gap-1.5 truncate rounded-full px-2.5 py-0.5 text-xs font-bold',
        target.kind === 'local' && 'bg-emerald-600 text-white',
        target.kind === 'endpoint' && 'bg-violet-600 text-white',
        target.kind === 'aws' && 'bg-amber-500 text-zinc-950',
      )}
    >
      <span aria-hidden="true">{target.kind === 'aws' ? '☁' : '●'}</span>
      <span className="truncate">
        {target.label}
        {target.kind === 'aws' && ` · ${target.region}`}
        {target.runtime && (
          <span data-testid="engine-runtime" title="The engine's container runtime">
            {' · '}
            {RUNTIME_LABELS[target.runtime] ?? target.runtime} containers
          </span>
        )}
      </span>
    </span>
  );
}
