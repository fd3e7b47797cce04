// One step for a DAEMON service: one task of the PRIMARY deployment on every ACTIVE container instance.
// Old-deployment tasks are replaced instance by instance within minimumHealthyPercent (default 0), and a new
// task starts on an instance only once nothing of the service still runs there (maximumPercent 100).
import type { OpContext } from '../context';
import type { ContainerInstanceDoc, TaskDoc } from '../docs';
import { scalingReason, stopServiceTasks } from './launch';
import { clusterOf } from './model';
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

  if (primary.rolloutState === 'FAILED') return;
  const occupied = new Set(
    step.active.filter((t) => t.lastStatus === 'RUNNING' || step.isPending(t)).map((t) => t.containerInstanceArn ?? ''),
  );
  for (const instance of instances) {
    if (step.placementBlocked) break;
    if (occupied.has(instance.containerInstanceArn)) continue;
    const id = instance.containerInstanceArn.slice(instance.containerInstanceArn.lastIndexOf('/') + 1);
    startPrimary(step, 1, id);
  }
}

/** Container instances came, changed or went: the cluster's DAEMON services look now (nothing polls for them). */
export function wakeDaemonServices(ctx: OpContext, cluster: string): void {
  for (const id of ctx.store.ids(ctx.region, 'service', { parent: cluster, key: 'DAEMON', status: ['ACTIVE', 'DRAINING'] }))
    ctx.store.setDue(ctx.region, 'service', id, ctx.now);
}
