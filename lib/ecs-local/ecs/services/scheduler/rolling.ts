// One step of a rolling (ECS controller) deployment for a REPLICA service: stop what must go, start what
// fits, within maximumPercent (RUNNING + PENDING, rounded down) and minimumHealthyPercent (healthy tasks,
// rounded up). When neither limit lets anything move and nothing is in flight, one old task is stopped
// anyway (ECS writes its "unable to stop or start tasks" event), so min 100 / max 100 cannot deadlock.
// Tasks under scale-in protection are never chosen to stop, by scale-in or by a deployment.
import type { TaskDoc } from '../../tasks/model';
import { isProtected } from '../../tasks/protection';
import { addEvent, serviceEvent } from '../events';
import { scalingReason, startServiceTasks, stopServiceTasks } from './launch';
import type { StepState } from './step';

const DEADLOCK_TEXT =
  'was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again.';

export function percentLimits(step: StepState, desired: number): { maxTotal: number; minHealthy: number } {
  const config = step.service.deploymentConfiguration ?? {};
  const maxPct = config.maximumPercent ?? 200;
  const minPct = config.minimumHealthyPercent ?? 100;
  return { maxTotal: Math.floor((maxPct * desired) / 100), minHealthy: Math.ceil((minPct * desired) / 100) };
}

/** Pending and not-yet-healthy tasks first, then the newest: what the scheduler gives up first. */
function stopOrder(step: StepState, tasks: readonly TaskDoc[]): TaskDoc[] {
  return [...tasks].sort((a, b) => {
    const ha = step.isHealthy(a) ? 1 : 0;
    const hb = step.isHealthy(b) ? 1 : 0;
    if (ha !== hb) return ha - hb;
    return (b.createdAt ?? 0) - (a.createdAt ?? 0);
  });
}

export function rollReplica(step: StepState): void {
  const { service } = step;
  const primary = step.primary;
  const desired = service.desiredCount;
  const { maxTotal, minHealthy } = percentLimits(step, desired);
  const wanted = step.active.filter((t) => step.isWanted(t));
  // Tasks on a DRAINING container instance are replaced like those of an older deployment, within the same limits.
  const isCurrent = (t: TaskDoc) => t.startedBy === primary.id && !step.onDrainingInstance(t);
  const oldWanted = wanted.filter((t) => !isCurrent(t));
  const primaryWanted = wanted.filter(isCurrent);
  const stoppable = (tasks: readonly TaskDoc[]) => tasks.filter((t) => !isProtected(t, step.ctx.now));
  let healthy = wanted.filter((t) => step.isHealthy(t)).length;
  const toStop: TaskDoc[] = [];

  // Scale-in of the primary deployment does not wait for health.
  const excess = stopOrder(step, stoppable(primaryWanted)).slice(0, Math.max(0, primaryWanted.length - desired));
  toStop.push(...excess);
  healthy -= excess.filter((t) => step.isHealthy(t)).length;
  // Old deployments: healthy tasks go while enough healthy tasks remain; tasks still warming up (RUNNING, not yet
  // counted as healthy) only once the minimum is met without them; pending or failing tasks go at once.
  for (const task of stopOrder(step, stoppable(oldWanted))) {
    if (step.isHealthy(task)) {
      if (healthy - 1 >= minHealthy) {
        toStop.push(task);
        healthy--;
      }
    } else if (!step.isWarmingUp(task) || healthy >= minHealthy) toStop.push(task);
  }

  const need = Math.max(0, desired - primaryWanted.length);
  const inCapacity = step.active.filter((t) => t.lastStatus === 'RUNNING' || step.isPending(t)).length;
  let toStart = primary.rolloutState === 'FAILED' || step.placementBlocked ? 0 : Math.min(need, maxTotal - inCapacity);

  const settled = step.active.every((t) => step.isWanted(t) && step.isHealthy(t));
  if (toStop.length === 0 && toStart <= 0 && need > 0 && settled && primary.rolloutState !== 'FAILED' && !step.placementBlocked) {
    if (!primary._deadlockNoted) {
      primary._deadlockNoted = true;
      addEvent(step.ctx, service, serviceEvent(service, DEADLOCK_TEXT));
    }
    const oldest = stopOrder(step, stoppable(oldWanted))[0];
    if (oldest) toStop.push(oldest);
    else if (oldWanted.length === 0) toStart = 1;
  }

  if (toStop.length > 0) {
    stopServiceTasks(step.ctx, service, toStop, scalingReason(primary));
    step.changed = true;
  }
  if (toStart > 0) startPrimary(step, toStart);
}

/** A DRAINING service: stop everything; INACTIVE once no task is short of STOPPING. */
export function drain(step: StepState): void {
  const wanted = step.active.filter((t) => step.isWanted(t));
  if (wanted.length > 0) {
    stopServiceTasks(step.ctx, step.service, wanted, scalingReason(step.primary));
    step.changed = true;
  }
}

export function startPrimary(step: StepState, count: number, containerInstanceId?: string): TaskDoc[] {
  const td = step.primaryTd;
  if (!td) return [];
  const outcome = startServiceTasks(step.ctx, step.service, step.primary, step.cluster, td, count, containerInstanceId);
  if (outcome.started.length > 0) step.changed = true;
  if (outcome.placementProblem) step.placementBlocked = true;
  return outcome.started;
}
