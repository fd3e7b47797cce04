// How the services pages word counts and compute, matching the AWS console.
import type { ServiceRow } from '@/lib/ecs/service-view';

/** "2/3 Tasks running" as in the console's services table. */
export function tasksRunning(s: Pick<ServiceRow, 'running' | 'desired'>): string {
  return `${s.running}/${s.desired} Tasks running`;
}

export function computeSummary(s: Pick<ServiceRow, 'launchType' | 'capacityProviders'>): string {
  if (s.launchType) return s.launchType;
  return s.capacityProviders.length ? `Capacity provider: ${s.capacityProviders.join(', ')}` : '-';
}

/** IN_PROGRESS → "In progress"; no rollout state (e.g. a DAEMON or non-ECS controller) → "-". */
export function rolloutLabel(state: string | undefined): string {
  if (!state) return '-';
  return { IN_PROGRESS: 'In progress', COMPLETED: 'Completed', FAILED: 'Failed' }[state] ?? state;
}
