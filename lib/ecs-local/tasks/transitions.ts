// The task state machine: PROVISIONING → PENDING → ACTIVATING → RUNNING, and the stop path DEACTIVATING →
// STOPPING → DEPROVISIONING → STOPPED. Every step is applied at the time it was due (not when the scheduler
// got to it), so a task the engine caught up on after a restart has the timestamps it would have had.
import { imagePullFailureReason } from '../../ecs-rules/fault-injection';
import { STOPPED_TASK_RETENTION_MS } from '../../ecs-rules/limits';
import { type OpContext, scaled } from '../context';
import { epochSeconds } from '../protocol/serialize';
import { release } from './placement';
import type { HealthState, TaskEvent, TaskRecord } from './task-record';

/** Stop path durations at time scale 1 (ms). */
export const DEACTIVATING_MS = 500;
export const STOPPING_MS = 1000;
export const DEPROVISIONING_MS = 1000;

export type StopCode =
  | 'TaskFailedToStart'
  | 'EssentialContainerExited'
  | 'UserInitiated'
  | 'ServiceSchedulerInitiated'
  | 'SpotInterruption'
  | 'TerminationNotice';

const STARTED = new Set(['ACTIVATING', 'RUNNING']);
const NOT_STARTED = new Set(['PROVISIONING', 'PENDING']);

function bump(task: TaskRecord): void {
  task.version = (task.version ?? 0) + 1;
}

function setEniStatus(task: TaskRecord, status: 'PRECREATED' | 'ATTACHED' | 'DELETED'): void {
  for (const attachment of task.attachments ?? []) if (attachment.type === 'ElasticNetworkInterface') attachment.status = status;
}

function stopContainers(task: TaskRecord, reason?: string): void {
  for (const container of task.containers ?? []) {
    if (container.lastStatus === 'STOPPED') continue;
    const started = container.lastStatus === 'RUNNING';
    container.lastStatus = 'STOPPED';
    if (started && container.exitCode === undefined) container.exitCode = 0;
    if (reason && !started) container.reason = reason;
  }
}

/** The task's health from its essential containers (tasks-services contract). */
export function taskHealth(task: TaskRecord): HealthState {
  const essential = new Set(task._plan.containers.filter((c) => c.essential).map((c) => c.name));
  const checked = new Set(task._plan.containers.filter((c) => c.health).map((c) => c.name));
  const containers = (task.containers ?? []).filter((c) => essential.has(c.name ?? ''));
  if (containers.some((c) => c.healthStatus === 'UNHEALTHY')) return 'UNHEALTHY';
  const withCheck = containers.filter((c) => checked.has(c.name ?? ''));
  if (withCheck.length === 0) return 'UNKNOWN';
  return withCheck.every((c) => c.healthStatus === 'HEALTHY') ? 'HEALTHY' : 'UNKNOWN';
}

/**
 * Asks a task to stop at time `at` (ms): desiredStatus STOPPED with the code and reason. A task that has
 * not started its containers goes straight to DEPROVISIONING. No-op when the task is already stopping.
 */
export function beginStop(ctx: OpContext, task: TaskRecord, at: number, stopCode: StopCode, reason: string): boolean {
  if (task.desiredStatus === 'STOPPED' || task.lastStatus === 'STOPPED') return false;
  task.desiredStatus = 'STOPPED';
  task.stopCode = stopCode;
  task.stoppedReason = reason;
  task.stoppingAt = epochSeconds(at);
  task._events = [];
  if (STARTED.has(task.lastStatus)) {
    task.lastStatus = 'DEACTIVATING';
    task._phaseAt = at + scaled(ctx, DEACTIVATING_MS);
  } else if (NOT_STARTED.has(task.lastStatus)) {
    task.lastStatus = 'DEPROVISIONING';
    task.executionStoppedAt = epochSeconds(at);
    stopContainers(task);
    task._phaseAt = at + scaled(ctx, DEPROVISIONING_MS);
  }
  bump(task);
  return true;
}

function toRunning(task: TaskRecord, at: number): void {
  task.lastStatus = 'RUNNING';
  task.startedAt = epochSeconds(at);
  task._phaseAt = undefined;
  const events: TaskEvent[] = [];
  for (const plan of task._plan.containers) {
    if (plan.exit) events.push({ at: at + plan.exit.afterMs, type: 'exit', container: plan.name, exitCode: plan.exit.code });
    if (plan.health)
      events.push({ at: at + plan.health.afterMs, type: 'health', container: plan.name, health: plan.health.status });
  }
  task._events = events;
}

function afterPending(ctx: OpContext, task: TaskRecord, at: number): void {
  task.pullStoppedAt = epochSeconds(at);
  const failed = task._plan.failedPull;
  if (failed !== undefined) {
    const reason = imagePullFailureReason(failed);
    stopContainers(task, reason);
    beginStop(ctx, task, at, 'TaskFailedToStart', reason);
    return;
  }
  task.lastStatus = 'ACTIVATING';
  const taskId = task.taskArn.slice(task.taskArn.lastIndexOf('/') + 1);
  (task.containers ?? []).forEach((container, i) => {
    container.lastStatus = 'RUNNING';
    // Fargate runtime ids are `<task id>-<10 digits>`.
    container.runtimeId = `${taskId}-${String(parseInt(taskId.slice(i * 2, i * 2 + 8), 16) % 10_000_000_000).padStart(10, '0')}`;
  });
  task._phaseAt = at + task._plan.startMs[2];
}

/** Applies the lifecycle step that was due at `at`. */
function applyPhase(ctx: OpContext, task: TaskRecord, at: number): void {
  switch (task.lastStatus) {
    case 'PROVISIONING':
      task.lastStatus = 'PENDING';
      task.pullStartedAt = epochSeconds(at);
      task.connectivity = 'CONNECTED';
      task.connectivityAt = epochSeconds(at);
      setEniStatus(task, 'ATTACHED');
      task._phaseAt = at + task._plan.startMs[1];
      break;
    case 'PENDING':
      afterPending(ctx, task, at);
      break;
    case 'ACTIVATING':
      toRunning(task, at);
      break;
    case 'DEACTIVATING':
      task.lastStatus = 'STOPPING';
      task._phaseAt = at + scaled(ctx, STOPPING_MS);
      break;
    case 'STOPPING':
      task.lastStatus = 'DEPROVISIONING';
      task.executionStoppedAt = epochSeconds(at);
      stopContainers(task);
      task._phaseAt = at + scaled(ctx, DEPROVISIONING_MS);
      break;
    case 'DEPROVISIONING':
      task.lastStatus = 'STOPPED';
      task.stoppedAt = epochSeconds(at);
      setEniStatus(task, 'DELETED');
      if (task._reserved) release(ctx, task._reserved);
      task._reserved = undefined;
      task._phaseAt = undefined;
      task._deleteAt = at + STOPPED_TASK_RETENTION_MS;
      break;
    default:
      task._phaseAt = undefined;
      return;
  }
  bump(task);
}

function applyEvent(ctx: OpContext, task: TaskRecord, event: TaskEvent): void {
  const container = task.containers?.find((c) => c.name === event.container);
  if (container?.lastStatus !== 'RUNNING') return;
  if (event.type === 'health') {
    container.healthStatus = event.health;
    task.healthStatus = taskHealth(task);
    bump(task);
    return;
  }
  container.lastStatus = 'STOPPED';
  container.exitCode = event.exitCode;
  bump(task);
  const essential = task._plan.containers.find((c) => c.name === event.container)?.essential ?? true;
  if (essential) beginStop(ctx, task, event.at, 'EssentialContainerExited', 'Essential container in task exited');
}

/**
 * Applies everything that was due up to ctx.now, in time order. Returns 'delete' when the task's retention
 * after STOPPED has passed.
 */
export function catchUp(ctx: OpContext, task: TaskRecord): 'keep' | 'delete' {
  for (let guard = 0; guard < 1000; guard++) {
    const event = [...(task._events ?? [])].sort((a, b) => a.at - b.at)[0];
    const phaseAt = task._phaseAt;
    if (phaseAt !== undefined && phaseAt <= ctx.now && (event === undefined || phaseAt <= event.at)) {
      applyPhase(ctx, task, phaseAt);
    } else if (event !== undefined && event.at <= ctx.now) {
      task._events = (task._events ?? []).filter((e) => e !== event);
      applyEvent(ctx, task, event);
    } else break;
  }
  if (task._deleteAt !== undefined && task._deleteAt <= ctx.now) return 'delete';
  return 'keep';
}
