// Merges a service's deployments and events into one time-ordered story: deployment started → tasks started →
// tasks stopped → circuit breaker → rolled back → completed. Pure, so the service page and tests share it.
import { withoutServicePrefix } from '@/lib/ecs/dashboard/view';

/** The deployment fields the timeline reads (a subset of the service page's deployment view model). */
export interface TimelineDeploymentInput {
  id: string;
  status: string;
  taskDefinition: string;
  desiredCount?: number;
  failedTasks?: number;
  rolloutState?: string;
  rolloutStateReason?: string;
  /** ISO timestamps. */
  createdAt?: string;
  updatedAt?: string;
  /** The failed deployment this one rolled back (known from the service's events once ECS forgets the reason). */
  rolledBackFrom?: string;
}

export interface TimelineEventInput {
  id: string;
  /** ISO timestamp. */
  createdAt: string;
  message: string;
}

export type TimelineTone = 'info' | 'success' | 'pending' | 'error' | 'neutral';

export interface TimelineEntry {
  key: string;
  at: string;
  kind: 'deployment' | 'event';
  tone: TimelineTone;
  title: string;
  detail?: string;
}

const toldCompleted = (id: string) => `(deployment ${id}) deployment completed`;
const toldFailed = (id: string) => `(deployment ${id}) deployment failed`;

const ROLLBACK = /rolling back to deploymentId (\S+?)\.?$/;

/** "(service web) has started 2 tasks: …" → tone and a short title; the full message stays as detail. */
export function classifyEvent(message: string): { tone: TimelineTone; title: string } {
  const text = withoutServicePrefix(message);
  if (/deployment failed|unable to consistently start|unable to place|is unhealthy|throttled|unable to stop or start/.test(text))
    return { tone: 'error', title: text };
  if (/deployment completed|reached a steady state/.test(text)) return { tone: 'success', title: text };
  if (/has stopped \d+ running tasks/.test(text)) return { tone: 'neutral', title: text.replace(/: \(task.*$/, '.') };
  if (/has started \d+ tasks/.test(text)) return { tone: 'pending', title: text.replace(/: \(task.*$/, '.') };
  return { tone: 'info', title: text };
}

function time(iso: string | undefined): number {
  return iso ? new Date(iso).getTime() : Number.NaN;
}

function deploymentEntries(d: TimelineDeploymentInput, events: readonly TimelineEventInput[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const rollback = d.rolloutStateReason?.match(ROLLBACK);
  if (d.createdAt)
    entries.push({
      key: `${d.id}:created`,
      at: d.createdAt,
      kind: 'deployment',
      tone: rollback || d.rolledBackFrom ? 'error' : 'info',
      title: rollback
        ? `Rollback started: deployment ${d.id} restores ${d.taskDefinition} (from deployment ${rollback[1]})`
        : d.rolledBackFrom
          ? `Rollback started: deployment ${d.id} restores ${d.taskDefinition} after deployment ${d.rolledBackFrom} failed`
          : `Deployment ${d.id} started: ${d.taskDefinition}${d.desiredCount === undefined ? '' : `, ${d.desiredCount} desired`}`,
    });
  if (d.rolloutState === 'COMPLETED' && d.updatedAt && !events.some((e) => e.message.includes(toldCompleted(d.id))))
    entries.push({
      key: `${d.id}:completed`,
      at: d.updatedAt,
      kind: 'deployment',
      tone: 'success',
      title: `Deployment ${d.id} completed`,
    });
  if (d.rolloutState === 'FAILED' && d.updatedAt)
    entries.push({
      key: `${d.id}:failed`,
      at: d.updatedAt,
      kind: 'deployment',
      tone: 'error',
      title: `Deployment ${d.id} failed`,
      detail: [d.rolloutStateReason, d.failedTasks ? `${d.failedTasks} tasks failed to start` : undefined]
        .filter(Boolean)
        .join(' · '),
    });
  return entries;
}

/** At equal times (events have 1 s resolution): a deployment's end, then a new deployment, then the events. */
function rank(entry: TimelineEntry): number {
  if (entry.kind === 'event') return 2;
  return entry.key.endsWith(':created') ? 1 : 0;
}

/**
 * Oldest first, so the list reads as a story. `events` come newest first, as ECS returns them. An event that only
 * repeats a deployment's failure is left out: the deployment's own entry carries the reason and the failed count.
 */
export function mergeTimeline(
  deployments: readonly TimelineDeploymentInput[],
  events: readonly TimelineEventInput[],
  limit = 60,
): TimelineEntry[] {
  const entries = [
    ...deployments.flatMap((d) => deploymentEntries(d, events)),
    ...[...events]
      .reverse()
      .filter((e) => !deployments.some((d) => d.rolloutState === 'FAILED' && e.message.includes(toldFailed(d.id))))
      .map((e): TimelineEntry => {
        const { tone, title } = classifyEvent(e.message);
        // Only the task list was cut from the title: keep it as the detail.
        const detail = title === withoutServicePrefix(e.message) ? undefined : e.message;
        return { key: `event:${e.id}`, at: e.createdAt, kind: 'event', tone, title, detail };
      }),
  ].filter((e) => !Number.isNaN(time(e.at)));
  entries.sort((a, b) => time(a.at) - time(b.at) || rank(a) - rank(b));
  return entries.slice(-limit);
}
