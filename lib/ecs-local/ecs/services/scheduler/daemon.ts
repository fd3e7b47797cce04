import type { ContainerInstanceDoc } from '../../container-instances/model';
import type { TaskDoc } from '../../tasks/model';
import { clusterOf } from '../model';
import { scalingReason, stopServiceTasks } from './launch';
import { percentLimits, startPrimary } from './rolling';
import type { StepState } from './step';

export function activeInstances(step: StepState): ContainerInstanceDoc[] {
  return step.ctx.store.list<ContainerInstanceDoc>(step.ctx.region, 'instance', {
    parent: clusterOf(step.service),
    status: 'ACTIVE',
  });
}

export function rollDaemon(step: StepState): void {
  const { service, primary } = step;
  const instances = activeInstances(step);
  service.desiredCount = instances.length;
  primary.desiredCount = instances.length;
  const { minHealthy } = percentLimits(step, instances.length);
  const instanceArns = new Set(instances.map((i) => i.containerInstanceArn));
  const wanted = step.active.filter((t) => step.isWanted(t));
  let healthy = wanted.filter((t) => step.isHealthy(t)).length;
  const toStop: TaskDoc[] = [];
  const keep = new Set<string>();

  for (const task of wanted) {
    const where = task.containerInstanceArn ?? '';
    const isPrimary = task.startedBy === primary.id;
    let stop = !instanceArns.has(where) || (isPrimary && keep.has(where));
    if (!stop && !isPrimary)
      stop = step.isHealthy(task) ? healthy - 1 >= minHealthy : !step.isWarmingUp(task) || healthy >= minHealthy;
    if (stop) {
      toStop.push(task);
      if (step.isHealthy(task)) healthy--;
    } else if (isPrimary) keep.add(where);
  }
  if (toStop.length > 0) {
    stopServiceTasks(step.ctx, service, toStop, scalingReason(primary));
    step.changed = true;
  }

  // A placement that failed waits for its retry time; then every free instance is tried on its own, so one too small
  // for the task does not keep the instances after it from theirs.
  if (primary.rolloutState === 'FAILED' || step.placementBlocked) return;
  const occupied = new Set(
    step.active.filter((t) => t.lastStatus === 'RUNNING' || step.isPending(t)).map((t) => t.containerInstanceArn ?? ''),
  );
  for (const instance of instances) {
    if (occupied.has(instance.containerInstanceArn)) continue;
    const id = instance.containerInstanceArn.slice(instance.containerInstanceArn.lastIndexOf('/') + 1);
    startPrimary(step, 1, id);
  }
}
