// The task state machine: PROVISIONING → PENDING → ACTIVATING → RUNNING, and the stop path DEACTIVATING →
// STOPPING → DEPROVISIONING → STOPPED. PROVISIONING, ACTIVATING, DEACTIVATING (as long as its load balancer targets
// drain) and DEPROVISIONING are the engine's own steps and end by the clock (`_phaseAt`); PENDING and STOPPING wait for the container runtime
// (runtime/container-runtime.ts), whose events land in `_events`. Everything is applied at the time it was
// due, not when the scheduler got to it, so a task caught up after a restart has the timestamps it would have had.
import { STOPPED_TASK_RETENTION_MS } from '../../../ecs-rules/limits';
import { type OpContext, scaled } from '../../core/context';
import { epochSeconds } from '../../protocol/serialize';
import type { HealthState, RuntimeEvent, RuntimeTask, StartedContainer } from '../../runtime/container-runtime';
import type { TaskDefinitionDoc } from '../task-definitions/model';
import type { TaskRecord } from './model';
import { release } from './placement';
import { drainTaskTargets } from './targets';
import { runtimeOf } from './task-runtime';
import { beforeContainersStart, onContainersStarted } from './telemetry';

/** Engine-side stop path durations at time scale 1 (ms); the runtime decides how long STOPPING takes. */
export const DEACTIVATING_MS = 500;
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

function stopContainers(task: TaskRecord, reason?: string, exitCodes?: Record<string, number>): void {
  for (const container of task.containers ?? []) {
    if (container.lastStatus === 'STOPPED') continue;
    const started = container.lastStatus === 'RUNNING';
    container.lastStatus = 'STOPPED';
    if (started && container.exitCode === undefined) container.exitCode = exitCodes?.[container.name ?? ''] ?? 0;
    if (reason && !started) container.reason = reason;
  }
}

/** What the runtime is asked to run for this task. */
export function runtimeTask(ctx: OpContext, task: TaskRecord): RuntimeTask {
  const arnPath = task.taskDefinitionArn?.slice(task.taskDefinitionArn.lastIndexOf('/') + 1) ?? '';
  const [family, revision] = arnPath.split(':');
  const id = `${family}:${String(revision).padStart(7, '0')}`;
  // A daemon's tasks run a daemon task definition (kept apart from task definitions, with the same id scheme).
  const kind = task.taskDefinitionArn?.includes(':daemon-task-definition/') ? 'daemontaskdef' : 'taskdef';
  const taskDefinition = ctx.store.get<TaskDefinitionDoc>(ctx.region, kind, id) ?? {};
  return {
    region: ctx.region,
    taskArn: task.taskArn,
    clusterArn: task.clusterArn,
    taskDefinition,
    overrides: task.overrides,
    plan: task._plan,
    lastStatus: task.lastStatus,
  };
}

function addEvents(task: TaskRecord, events: RuntimeEvent[]): void {
  if (events.length > 0) task._events = [...(task._events ?? []), ...events];
}

/** The task's health from its essential containers (tasks-services contract). */
export function taskHealth(task: TaskRecord): HealthState {
  const essential = new Set(task._plan.containers.filter((c) => c.essential).map((c) => c.name));
  const checked = new Set(task._plan.containers.filter((c) => c.health || c.healthCheck).map((c) => c.name));
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
    task._phaseAt = Math.max(at + scaled(ctx, DEACTIVATING_MS), drainTaskTargets(ctx, task.taskArn) ?? 0);
  } else if (NOT_STARTED.has(task.lastStatus)) {
    // The runtime may have begun pulling or creating containers: have it clean up, without waiting for it.
    if (task.lastStatus === 'PENDING') runtimeOf(ctx, task).stop(runtimeTask(ctx, task), at, ctx);
    task.lastStatus = 'DEPROVISIONING';
    task.executionStoppedAt = epochSeconds(at);
    stopContainers(task);
    task._phaseAt = at + scaled(ctx, DEPROVISIONING_MS);
  }
  bump(task);
  return true;
}

function toPending(ctx: OpContext, task: TaskRecord, at: number): void {
  task.lastStatus = 'PENDING';
  task.pullStartedAt = epochSeconds(at);
  task.connectivity = 'CONNECTED';
  task.connectivityAt = epochSeconds(at);
  setEniStatus(task, 'ATTACHED');
  task._phaseAt = undefined;
  const run = runtimeTask(ctx, task);
  // The awslogs driver's group check comes before any container starts (ECS fails the task the same way).
  const logProblem = beforeContainersStart(ctx, task, run.taskDefinition, at);
  addEvents(task, logProblem ? [{ type: 'start-failed', at, reason: logProblem }] : runtimeOf(ctx, task).start(run, at, ctx));
}

function toActivating(task: TaskRecord, at: number, started: StartedContainer[]): void {
  task.pullStoppedAt = epochSeconds(at);
  task.lastStatus = 'ACTIVATING';
  for (const container of task.containers ?? []) {
    const runtime = started.find((s) => s.name === container.name);
    container.lastStatus = 'RUNNING';
    if (runtime) {
      container.runtimeId = runtime.runtimeId;
      if (runtime.networkBindings) container.networkBindings = runtime.networkBindings;
    }
  }
  task._phaseAt = at + task._plan.startMs[2];
}

function toStopping(ctx: OpContext, task: TaskRecord, at: number): void {
  task.lastStatus = 'STOPPING';
  task._phaseAt = undefined;
  addEvents(task, runtimeOf(ctx, task).stop(runtimeTask(ctx, task), at, ctx));
}

function toDeprovisioning(ctx: OpContext, task: TaskRecord, at: number, exitCodes?: Record<string, number>): void {
  task.lastStatus = 'DEPROVISIONING';
  task.executionStoppedAt = epochSeconds(at);
  stopContainers(task, undefined, exitCodes);
  task._phaseAt = at + scaled(ctx, DEPROVISIONING_MS);
}

/** Applies the lifecycle step that was due at `at`. */
function applyPhase(ctx: OpContext, task: TaskRecord, at: number): void {
  switch (task.lastStatus) {
    case 'PROVISIONING':
      toPending(ctx, task, at);
      break;
    case 'PENDING':
    case 'STOPPING':
      // Stored by an engine from before the runtime seam, when these steps ran on the lifecycle's clock: hand them to the runtime now.
      task._phaseAt = undefined;
      if (task.lastStatus === 'PENDING') addEvents(task, runtimeOf(ctx, task).start(runtimeTask(ctx, task), at, ctx));
      else addEvents(task, runtimeOf(ctx, task).stop(runtimeTask(ctx, task), at, ctx));
      return;
    case 'ACTIVATING':
      task.lastStatus = 'RUNNING';
      task.startedAt = epochSeconds(at);
      task._phaseAt = undefined;
      break;
    case 'DEACTIVATING':
      toStopping(ctx, task, at);
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

/** Applies what the runtime reported, where it still fits the task's state (late reports are dropped). */
function applyEvent(ctx: OpContext, task: TaskRecord, event: RuntimeEvent): void {
  switch (event.type) {
    case 'started':
      if (task.lastStatus !== 'PENDING') return;
      toActivating(task, event.at, event.containers);
      onContainersStarted(ctx, task, event.at);
      break;
    case 'start-failed':
      if (task.lastStatus !== 'PENDING') return;
      task.pullStoppedAt = epochSeconds(event.at);
      stopContainers(task, event.reason);
      beginStop(ctx, task, event.at, 'TaskFailedToStart', event.reason);
      break;
    case 'stopped':
      if (task.lastStatus !== 'STOPPING') return;
      toDeprovisioning(ctx, task, event.at, event.exitCodes);
      break;
    case 'health': {
      const container = task.containers?.find((c) => c.name === event.container);
      if (container?.lastStatus !== 'RUNNING') return;
      container.healthStatus = event.health;
      task.healthStatus = taskHealth(task);
      break;
    }
    case 'exit': {
      const container = task.containers?.find((c) => c.name === event.container);
      if (container?.lastStatus !== 'RUNNING') return;
      container.lastStatus = 'STOPPED';
      container.exitCode = event.exitCode;
      if (event.reason) container.reason = event.reason;
      bump(task);
      const essential = task._plan.containers.find((c) => c.name === event.container)?.essential ?? true;
      if (essential) beginStop(ctx, task, event.at, 'EssentialContainerExited', 'Essential container in task exited');
      return;
    }
  }
  bump(task);
}

/** Adds what the runtime reported and applies everything that is due (see catchUp). */
export function applyRuntimeEvents(ctx: OpContext, task: TaskRecord, events: RuntimeEvent[]): 'keep' | 'delete' {
  addEvents(task, events);
  return catchUp(ctx, task);
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
