// A stored task: the API Task shape plus the scheduler's private bookkeeping (keys starting with `_`, never
// serialized), and how it is written back with its index (docs.ts: parent cluster, key group, ref startedBy,
// status lastStatus, due next transition).
import type { OpContext } from '../context';
import { serviceId, type TaskDoc } from '../docs';
import type { Reservation } from './placement';

export type HealthState = 'HEALTHY' | 'UNHEALTHY' | 'UNKNOWN';

/** Something that happens to a running task at a given time (epoch ms). */
export interface TaskEvent {
  at: number;
  type: 'exit' | 'health';
  container: string;
  exitCode?: number;
  health?: HealthState;
}

/** Per container, what fault injection and the health check will do once it runs. */
export interface ContainerPlan {
  name: string;
  essential: boolean;
  exit?: { code: number; afterMs: number };
  /** When (ms after RUNNING) the container's health status changes, if it ever does. */
  health?: { afterMs: number; status: HealthState };
}

export interface TaskPlan {
  /** Durations (ms) of PROVISIONING, PENDING and ACTIVATING. */
  startMs: [number, number, number];
  /** The image whose pull fails, when fault injection asks for it. */
  failedPull?: string;
  containers: ContainerPlan[];
}

export interface TaskPrivate {
  _plan: TaskPlan;
  /** When lastStatus moves on (epoch ms); undefined while RUNNING or once STOPPED. */
  _phaseAt?: number;
  _events?: TaskEvent[];
  /** When a STOPPED task is forgotten (epoch ms). */
  _deleteAt?: number;
  _reserved?: Reservation;
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
  if (changed && task.group?.startsWith('service:'))
    ctx.store.setDue(ctx.region, 'service', serviceId(cluster, task.group.slice('service:'.length)), ctx.now);
}
