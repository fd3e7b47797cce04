// A service's deployments and events as one story, oldest first (rendered in the service page's "Deployments and
// events" tab). Takes plain view-model props; works in server and client components alike.
import { DateTime } from '@/components/ui/date-time';
import { cn } from '@/lib/utils';
import { mergeTimeline, type TimelineDeploymentInput, type TimelineEventInput, type TimelineTone } from './timeline';

export type { TimelineDeploymentInput, TimelineEventInput } from './timeline';

const dot: Record<TimelineTone, string> = {
  info: 'bg-sky-600 dark:bg-sky-400',
  success: 'bg-green-600 dark:bg-green-500',
  pending: 'bg-amber-500 dark:bg-amber-400',
  error: 'bg-red-600 dark:bg-red-500',
  neutral: 'bg-zinc-400 dark:bg-zinc-500',
};

const icon: Record<TimelineTone, string> = { info: '▶', success: '✓', pending: '◌', error: '✕', neutral: '■' };

export function DeploymentTimeline({
  deployments,
  events,
  limit,
}: {
  deployments: readonly TimelineDeploymentInput[];
  events: readonly TimelineEventInput[];
  limit?: number;
}) {
  const entries = mergeTimeline(deployments, events, limit);
  if (entries.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No deployments or events yet.</p>;
  return (
    <ol aria-label="Deployment timeline" className="relative ml-2 border-l-2 border-zinc-200 dark:border-zinc-700">
      {entries.map((entry) => (
        <li key={entry.key} className="relative pb-4 pl-6 last:pb-0">
          <span
            aria-hidden="true"
            className={cn(
              'absolute top-1 -left-[9px] flex size-4 items-center justify-center rounded-full text-[9px] text-white',
              dot[entry.tone],
            )}
          >
            {icon[entry.tone]}
          </span>
          <div className="text-xs text-zinc-500 dark:text-zinc-400">
            <DateTime iso={entry.at} />
            <span className="ml-2 uppercase tracking-wide">{entry.kind === 'deployment' ? 'Deployment' : 'Event'}</span>
          </div>
          <p className={cn('text-sm', entry.tone === 'error' && 'font-semibold text-red-700 dark:text-red-400')}>{entry.title}</p>
          {entry.detail && entry.detail !== entry.title && (
            <p className="mt-0.5 text-xs break-words text-zinc-600 dark:text-zinc-400">{entry.detail}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
