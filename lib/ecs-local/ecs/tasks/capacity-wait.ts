// Tasks waiting in PROVISIONING for an Auto Scaling group provider's capacity (see capacity-launch.ts): the
// provider's scaler counts what they need, and places them, oldest first, once its instances can take them.
// A placed task goes on through its lifecycle from PROVISIONING as any other task.
import type { OpContext } from '../../core/context';
import type { InstanceDoc } from '../container-instances/model';
import { type ResourceNeed, saveTask, type TaskRecord } from './model';
import { placeTasks } from './placement';

/** The tasks of the cluster that wait for this provider's capacity, oldest first. */
export function waitingTasks(ctx: OpContext, cluster: string, provider: string): TaskRecord[] {
  return ctx.store
    .list<TaskRecord>(ctx.region, 'task', { parent: cluster, status: 'PROVISIONING' })
    .filter((t) => t._awaitingCapacity && t.capacityProviderName === provider && t.desiredStatus === 'RUNNING')
    .sort((a, b) => (a._awaitingCapacity?.since ?? 0) - (b._awaitingCapacity?.since ?? 0));
}

export function waitingNeed(task: TaskRecord): ResourceNeed | undefined {
  return task._awaitingCapacity?.need;
}

/** Places waiting tasks on the provider's instances where they now fit. Returns how many were placed. */
export function placeWaitingTasks(ctx: OpContext, cluster: string, waiting: TaskRecord[], instances: InstanceDoc[]): number {
  let placedCount = 0;
  for (const task of waiting) {
    const awaited = task._awaitingCapacity;
    if (!awaited) continue;
    const { placed } = placeTasks(ctx, {
      cluster,
      candidates: instances,
      need: awaited.need,
      count: 1,
      group: task.group ?? '',
      constraints: awaited.constraints,
      strategies: awaited.strategies,
    });
    const instance = placed[0];
    if (!instance) continue;
    const before = { lastStatus: task.lastStatus, healthStatus: task.healthStatus };
    task.containerInstanceArn = instance.containerInstanceArn;
    const zone = instance.attributes?.find((a) => a.name === 'ecs.availability-zone')?.value;
    if (zone) task.availabilityZone = zone;
    task._reserved = {
      instanceId: instance.containerInstanceArn.slice(instance.containerInstanceArn.lastIndexOf('/') + 1),
      ...awaited.need,
    };
    task._awaitingCapacity = undefined;
    task._phaseAt = ctx.now + task._plan.startMs[0];
    saveTask(ctx, task, before);
    placedCount++;
  }
  return placedCount;
}
