// How the service scheduler sees its tasks: read from the task documents (never a separate counter), so the
// counts in DescribeServices always agree with DescribeTasks.
import type { OpContext } from '../../core/context';
import type { TaskDefinitionDoc } from '../task-definitions/model';
import type { TaskDoc } from '../tasks/model';
import { clusterOf, type DeploymentState, type ServiceState } from './model';

export const PENDING_STATUSES: readonly string[] = ['PROVISIONING', 'PENDING', 'ACTIVATING'];
export const ACTIVE_STATUSES: readonly string[] = [...PENDING_STATUSES, 'RUNNING', 'DEACTIVATING', 'STOPPING', 'DEPROVISIONING'];

/**
 * A task without a container health check counts as healthy this long after reaching RUNNING (ECS: 40 s),
 * multiplied by the engine's timeScale like every simulated duration.
 */
export const NO_HEALTH_CHECK_HEALTHY_AFTER_MS = 40_000;

/** The service's tasks that have not reached STOPPED (including ones being stopped). */
export function activeServiceTasks(ctx: OpContext, service: ServiceState): TaskDoc[] {
  return ctx.store.list<TaskDoc>(ctx.region, 'task', { ...serviceTasksFilter(service), status: ACTIVE_STATUSES });
}

/**
 * Every stored task of one deployment of the service, as the circuit breaker's failure count reads them: its active
 * tasks (from `active`), and its stopped ones (ECS keeps them about an hour). Stopped tasks already counted
 * (`_failedSeen`) are known by id from the index and stand in as stubs with only their ARN; only the others'
 * documents are read. A crash-looping service keeps hundreds of stopped tasks: reading them all at every step
 * was most of the reconciler's time.
 */
export function deploymentTasks(
  ctx: OpContext,
  service: ServiceState,
  deployment: DeploymentState,
  active: readonly TaskDoc[],
): TaskDoc[] {
  const counted = new Map((deployment._failedSeen ?? []).map((arn) => [arn.slice(arn.lastIndexOf('/') + 1), arn]));
  const stopped = ctx.store.ids(ctx.region, 'task', { ...serviceTasksFilter(service), status: 'STOPPED', ref: deployment.id });
  const stub = (taskArn: string): TaskDoc => ({
    taskArn,
    clusterArn: service.clusterArn,
    startedBy: deployment.id,
    lastStatus: 'STOPPED',
    desiredStatus: 'STOPPED',
    tags: [],
  });
  const unread = stopped.filter((id) => !counted.has(id));
  const read = ctx.store.getMany<TaskDoc>(ctx.region, 'task', unread).filter((t): t is TaskDoc => t !== undefined);
  return [
    ...active.filter((t) => t.startedBy === deployment.id),
    ...stopped.filter((id) => counted.has(id)).map((id) => stub(counted.get(id) as string)),
    ...read,
  ];
}

function serviceTasksFilter(service: ServiceState): { parent: string; key: string } {
  return { parent: clusterOf(service), key: `service:${service.serviceName}` };
}

const COUNTED_STATUSES: readonly string[] = ['RUNNING', ...PENDING_STATUSES];

/**
 * Sets runningCount / pendingCount on each service (all of one cluster) and its deployments from the task
 * index (group, lastStatus, startedBy) in one query, without reading a task body: the same numbers
 * applyCounts gives from the documents.
 */
export function applyIndexedCounts(ctx: OpContext, cluster: string, services: readonly ServiceState[]): void {
  if (services.length === 0) return;
  const groups = services.map((s) => `service:${s.serviceName}`);
  const rows = ctx.store.countGroups(ctx.region, 'task', { parent: cluster, key: groups, status: COUNTED_STATUSES });
  services.forEach((service, i) => {
    let running = 0;
    let pending = 0;
    const per = new Map<string, { running: number; pending: number }>();
    for (const { key, status, ref, n } of rows) {
      if (key !== groups[i]) continue;
      const c = per.get(ref) ?? { running: 0, pending: 0 };
      if (status === 'RUNNING') {
        running += n;
        c.running += n;
      } else {
        pending += n;
        c.pending += n;
      }
      per.set(ref, c);
    }
    service.runningCount = running;
    service.pendingCount = pending;
    for (const d of [...service.deployments, ...(service.taskSets ?? [])]) {
      d.runningCount = per.get(d.id ?? '')?.running ?? 0;
      d.pendingCount = per.get(d.id ?? '')?.pending ?? 0;
    }
  });
}

export function isPendingTask(task: TaskDoc): boolean {
  return PENDING_STATUSES.includes(task.lastStatus);
}

/** Tasks the scheduler wants running: not asked to stop and not stopped. */
export function isWanted(task: TaskDoc): boolean {
  return task.desiredStatus === 'RUNNING' && task.lastStatus !== 'STOPPED' && ACTIVE_STATUSES.includes(task.lastStatus);
}

/** Sets runningCount / pendingCount on the service and each deployment from the task documents. */
export function applyCounts(service: ServiceState, active: readonly TaskDoc[]): void {
  let running = 0;
  let pending = 0;
  const per = new Map<string, { running: number; pending: number }>();
  for (const t of active) {
    const isRunning = t.lastStatus === 'RUNNING';
    const isPending = isPendingTask(t);
    if (!isRunning && !isPending) continue;
    const c = per.get(t.startedBy ?? '') ?? { running: 0, pending: 0 };
    if (isRunning) {
      running++;
      c.running++;
    } else {
      pending++;
      c.pending++;
    }
    per.set(t.startedBy ?? '', c);
  }
  service.runningCount = running;
  service.pendingCount = pending;
  for (const d of service.deployments) {
    const c = per.get(d.id);
    d.runningCount = c?.running ?? 0;
    d.pendingCount = c?.pending ?? 0;
  }
}

/** Whether the task definition has a container health check on an essential container. */
export function hasHealthCheck(td: TaskDefinitionDoc | undefined): boolean {
  return (td?.containerDefinitions ?? []).some((c) => c.essential !== false && c.healthCheck);
}

function startedMs(task: TaskDoc): number {
  return (task.startedAt ?? task.createdAt ?? 0) * 1000;
}

/**
 * When the task counts (or will count) as healthy: HEALTHY now, or for tasks without a health check a fixed
 * time after RUNNING (or the service's health check grace period, if longer). Undefined when it is not
 * healthy and no timer will make it so.
 */
export function healthyFrom(ctx: OpContext, task: TaskDoc, withHealthCheck: boolean, graceSeconds = 0): number | undefined {
  if (task.lastStatus !== 'RUNNING' || task.desiredStatus !== 'RUNNING') return undefined;
  if (task.healthStatus === 'HEALTHY') return ctx.now;
  if (task.healthStatus === 'UNHEALTHY' || withHealthCheck) return undefined;
  const after = Math.max(NO_HEALTH_CHECK_HEALTHY_AFTER_MS, graceSeconds * 1000);
  return startedMs(task) + after * ctx.settings.timeScale;
}

export function isHealthy(ctx: OpContext, task: TaskDoc, withHealthCheck: boolean, graceSeconds = 0): boolean {
  const from = healthyFrom(ctx, task, withHealthCheck, graceSeconds);
  return from !== undefined && from <= ctx.now;
}

/** UNHEALTHY running tasks past the service's health check grace period: the scheduler replaces them. */
export function failedHealthCheck(ctx: OpContext, task: TaskDoc, graceSeconds: number): boolean {
  if (task.lastStatus !== 'RUNNING' || task.desiredStatus !== 'RUNNING' || task.healthStatus !== 'UNHEALTHY') return false;
  return startedMs(task) + graceSeconds * 1000 * ctx.settings.timeScale <= ctx.now;
}

/** The time an UNHEALTHY task's grace period ends (to schedule the next look). */
export function graceEnds(ctx: OpContext, task: TaskDoc, graceSeconds: number): number {
  return startedMs(task) + graceSeconds * 1000 * ctx.settings.timeScale;
}
