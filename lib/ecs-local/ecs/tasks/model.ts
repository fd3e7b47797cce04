// A stored task: the API Task shape plus the lifecycle's private bookkeeping (keys starting with `_`, never
// serialized), and how it is written back with its index (parent cluster, key group, ref startedBy, status
// lastStatus, due next transition; see ../index.ts).
import type { PlacementConstraint, PlacementStrategy, Tag, Task } from '@aws-sdk/client-ecs';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import type { RuntimeEvent, TaskPlan } from '../../runtime/container-runtime';
import { wakeDaemon, wakeService } from '../common/documents';

export type TaskDoc = Wire<Task> & {
  taskArn: string;
  clusterArn: string;
  lastStatus: string;
  desiredStatus: string;
  tags: Tag[];
};

/** What a task takes from a container instance (EC2 / EXTERNAL). */
export interface ResourceNeed {
  cpu: number;
  memory: number;
  /** Static host ports (tcp / udp) the task binds. */
  ports: string[];
  portsUdp: string[];
}

export interface Reservation extends ResourceNeed {
  instanceId: string;
}

export interface TaskPrivate {
  _plan: TaskPlan;
  /** When lastStatus moves on by the lifecycle's own clock (epoch ms); undefined while it waits for the runtime. */
  _phaseAt?: number;
  /** What the runtime said will happen or has happened, not yet applied (time order). */
  _events?: RuntimeEvent[];
  /** When a STOPPED task is forgotten (epoch ms). */
  _deleteAt?: number;
  _reserved?: Reservation;
  /** Scale-in protection ends at this epoch ms (UpdateTaskProtection; see protection.ts). */
  _protectedUntil?: number;
  /** Set while the task waits in PROVISIONING for its capacity provider to provide an instance (capacity-wait.ts). */
  _awaitingCapacity?: AwaitedPlacement;
}

/** What a task waiting for capacity needs to be placed once an instance can take it. */
export interface AwaitedPlacement {
  since: number;
  need: ResourceNeed;
  constraints?: Wire<PlacementConstraint>[];
  strategies?: Wire<PlacementStrategy>[];
}

export type TaskRecord = TaskDoc & TaskPrivate;

export const TASK_ID_PATTERN = /^[0-9a-f]{32}$/;

export function taskIdOf(task: Pick<TaskDoc, 'taskArn'>): string {
  return task.taskArn.slice(task.taskArn.lastIndexOf('/') + 1);
}

export function clusterOfTask(task: Pick<TaskDoc, 'clusterArn'>): string {
  return task.clusterArn.slice(task.clusterArn.lastIndexOf('/') + 1);
}

/** The next time the scheduler must look at the task. */
export function nextDue(task: TaskRecord): number | undefined {
  const times = [task._phaseAt, task._deleteAt, ...(task._events ?? []).map((e) => e.at)].filter(
    (t): t is number => t !== undefined,
  );
  return times.length > 0 ? Math.min(...times) : undefined;
}

/**
 * Writes the task with its index. When a service's task changed lastStatus or healthStatus, the service's
 * reconciler is woken (tasks-services contract).
 */
export function saveTask(ctx: OpContext, task: TaskRecord, before?: Pick<TaskDoc, 'lastStatus' | 'healthStatus'>): void {
  const cluster = clusterOfTask(task);
  ctx.store.put(ctx.region, 'task', taskIdOf(task), task, {
    parent: cluster,
    key: task.group,
    ref: task.startedBy,
    status: task.lastStatus,
    due: nextDue(task),
  });
  const changed = !before || before.lastStatus !== task.lastStatus || before.healthStatus !== task.healthStatus;
  if (changed && task.group?.startsWith('service:')) wakeService(ctx, cluster, task.group.slice('service:'.length));
  if (changed && task.group?.startsWith('daemon:')) wakeDaemon(ctx, cluster, task.group.slice('daemon:'.length));
}
