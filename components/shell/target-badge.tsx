// Which ECS is live, always visible in the header: Local engine, the endpoint URL, or AWS (profile) and Region.
// Red "unreachable" when the local engine does not answer, so the header never says green while it is down.
import { cn } from '@/lib/utils';

export interface TargetBadgeView {
  kind: 'local' | 'endpoint' | 'aws';
  label: string;
  region: string;
  endpoint?: string;
  /** The local engine's container runtime, when it said. */
  runtime?: string;
  /** False when the local engine did not answer its health check. */
  reachable?: boolean;
}

const RUNTIME_LABELS: Record<string, string> = { docker: 'Docker', simulated: 'simulated' };

export function TargetBadge({ target }: { target: TargetBadgeView }) {
  const down = target.reachable === false;
  const where = target.endpoint
    ? `${target.label} — ${target.endpoint} (${target.region})`
    : `${target.label} (${target.region})`;
  return (
    <span
      title={down ? `${where}: not answering. Start it with npm run ecs-local, then refresh.` : where}
      data-testid="target-badge"
      data-state={down ? 'unreachable' : 'reachable'}
      className={cn(
        'inline-flex max-w-72 min-w-0 items-center gap-1.5 truncate rounded-full px-2.5 py-0.5 text-xs font-bold',
        // Emerald 700, not 600: white on 600 is 3.6:1, under the 4.5:1 that small text needs.
        target.kind === 'local' && !down && 'bg-emerald-700 text-white',
        down && 'bg-red-700 text-white',
        target.kind === 'endpoint' && 'bg-violet-600 text-white',
        target.kind === 'aws' && 'bg-amber-500 text-zinc-950',
      )}
    >
      <span aria-hidden="true">{target.kind === 'aws' ? '☁' : down ? '✕' : '●'}</span>
      <span className="truncate">
        {target.label}
        {down && ' · unreachable'}
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
