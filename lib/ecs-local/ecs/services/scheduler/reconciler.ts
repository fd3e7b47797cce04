// The service scheduler step (`dueHandlers.service`): replaces failed and unhealthy tasks, runs the circuit
// breaker, acts on StopServiceDeployment, rolls deployments (REPLICA or DAEMON, rolling or blue/green) or
// keeps task sets, drains deleted services, writes events, and decides when to look again. A steady service is next due only for its 6-hourly steady-state event, so it costs nothing.
import { nowSeconds, type OpContext } from '../../../core/context';
import type { ClusterDoc } from '../../clusters/model';
import type { TaskDoc } from '../../tasks/model';
import { protectedUntil } from '../../tasks/protection';
import { completedReason, finishServiceDeployment, specOf, updateServiceDeployment } from '../deployments';
import { addEvent, STEADY_STATE_REPEAT_MS, serviceEvent } from '../events';
import { clusterOf, primary as primaryOf, type ServiceState, saveService } from '../model';
import { activeServiceTasks, applyCounts, deploymentTasks, failedHealthCheck, graceEnds, healthyFrom } from '../service-tasks';
import { isBlueGreenInProgress, rollBlueGreen } from './blue-green';
import { type BreakerResult, checkBreaker, countFailures, HEALTH_CHECK_REASON } from './circuit-breaker';
import { rollDaemon } from './daemon';
import { stopServiceTasks } from './launch';
import { stopTasksFailingElb, syncTargets } from './load-balancing';
import { pollAt, withPlacementRetry } from './poll';
import { drain, rollReplica } from './rolling';
import { StepState } from './step';
import { applyStopRequest } from './stop-request';
import { reconcileTaskSets, usesTaskSets } from './task-sets';

export { POLL_MS } from './poll';

export function reconcileService(ctx: OpContext, id: string): void {
  const service = ctx.store.get<ServiceState>(ctx.region, 'service', id);
  if (!service) return;
  const cluster = ctx.store.get<ClusterDoc>(ctx.region, 'cluster', clusterOf(service));
  const primary = primaryOf(service);
  if (service.status !== 'INACTIVE' && cluster && usesTaskSets(service)) {
    reconcileTaskSets(ctx, service, cluster);
    return;
  }
  if (service.status === 'INACTIVE' || !cluster || !primary) {
    ctx.store.setDue(ctx.region, 'service', id, undefined);
    return;
  }
  const step = new StepState(ctx, service, cluster, primary, activeServiceTasks(ctx, service), JSON.stringify(service));

  if (service.status === 'DRAINING') {
    drainStep(step);
    return;
  }

  const grace = service.healthCheckGracePeriodSeconds ?? 0;
  const unhealthy = step.active.filter((t) => failedHealthCheck(ctx, t, grace));
  if (unhealthy.length > 0) stopServiceTasks(ctx, service, unhealthy, HEALTH_CHECK_REASON);
  syncTargets(step);
  const failedElb = stopTasksFailingElb(step);
  const stopped = unhealthy.length > 0 || failedElb;
  if (stopped) {
    step.changed = true;
    step.active = activeServiceTasks(ctx, service);
    step.forgetTargets();
  }

  const stopRequest = step.primary._stopRequested;
  if (stopRequest) applyStopRequest(step, stopRequest);
  if (step.primary.rolloutState === 'IN_PROGRESS') {
    const current = step.primary;
    const healthyIds = step.active.filter((t) => t.startedBy === current.id && step.isHealthy(t)).map((t) => t.taskArn);
    if (countFailures(current, deploymentTasks(ctx, service, current, step.active), healthyIds))
      current.updatedAt = nowSeconds(ctx);
    // A blue/green deployment handles its failures itself (its rollback brings the blue tasks back to PRIMARY).
    const result: BreakerResult = isBlueGreenInProgress(current)
      ? { tripped: false }
      : checkBreaker(ctx, service, current, (td) => step.td(td));
    if (result.rollback) step.primary = result.rollback;
  }

  if (service.schedulingStrategy === 'DAEMON') rollDaemon(step);
  else if (isBlueGreenInProgress(step.primary)) rollBlueGreen(step);
  else rollReplica(step);
  finishStep(step);
}

function counted(task: TaskDoc): boolean {
  return task.lastStatus === 'RUNNING' || ['PROVISIONING', 'PENDING', 'ACTIVATING'].includes(task.lastStatus);
}

function drainStep(step: StepState): void {
  const { ctx, service } = step;
  drain(step);
  const active = activeServiceTasks(ctx, service);
  applyCounts(service, active);
  const done = !step.changed && active.every((t) => t.lastStatus === 'STOPPING' || t.lastStatus === 'DEPROVISIONING');
  if (done) {
    service.status = 'INACTIVE';
    service.deployments = service.deployments.filter((d) => d.status === 'PRIMARY');
  }
  saveService(ctx, service, done ? undefined : pollAt(ctx));
}

function finishStep(step: StepState): void {
  const { ctx, service } = step;
  const primary = step.primary;
  // Tasks are re-read only when this step started or stopped some.
  const active = step.changed ? activeServiceTasks(ctx, service) : step.active;
  applyCounts(service, active);
  // Old deployments leave the list once none of their tasks is running or pending.
  service.deployments = service.deployments.filter(
    (d) => d.status === 'PRIMARY' || active.some((t) => t.startedBy === d.id && counted(t)),
  );
  for (const d of service.deployments) {
    if (d.status !== 'PRIMARY') d.desiredCount = active.filter((t) => t.startedBy === d.id && step.isWanted(t)).length;
  }
  primary.desiredCount = service.desiredCount;
  if (step.changed) primary.updatedAt = nowSeconds(ctx);

  const primaryTasks = active.filter((t) => t.startedBy === primary.id);
  // A blue/green deployment completes only once it has gone through its stages to CLEAN_UP.
  const stagesDone = !isBlueGreenInProgress(primary) || primary._bg?.stage === 'CLEAN_UP';
  const steady =
    !step.changed &&
    stagesDone &&
    service.deployments.length === 1 &&
    primary.rolloutState !== 'FAILED' &&
    primary.runningCount === service.desiredCount &&
    active.every((t) => t.startedBy === primary.id && step.isWanted(t) && step.isHealthy(t));
  if (steady && primary.rolloutState === 'IN_PROGRESS') complete(step, primaryTasks.length);
  if (steady) {
    if (service._steadyAt === undefined || ctx.now - service._steadyAt >= STEADY_STATE_REPEAT_MS) {
      addEvent(ctx, service, serviceEvent(service, 'has reached a steady state.'));
      service._steadyAt = ctx.now;
    }
  } else service._steadyAt = undefined;
  saveService(ctx, service, steady ? steadyDue(step) : nextLook(step, active), step.snapshot);
}

/**
 * A steady service is next due for its 6-hourly steady-state event. DAEMON services do not poll for container
 * instances: registering or deregistering one wakes them (wakeDaemonServices).
 */
function steadyDue(step: StepState): number {
  const { ctx, service } = step;
  return (service._steadyAt ?? ctx.now) + STEADY_STATE_REPEAT_MS;
}

function complete(step: StepState, running: number): void {
  const { ctx, service, primary } = step;
  primary.rolloutState = 'COMPLETED';
  primary.rolloutStateReason = completedReason(primary.id);
  primary.updatedAt = nowSeconds(ctx);
  addEvent(ctx, service, serviceEvent(service, `(deployment ${primary.id}) deployment completed.`));
  updateServiceDeployment(ctx, primary._sdArn, (doc) => {
    if (doc.targetServiceRevision) {
      doc.targetServiceRevision.runningTaskCount = running;
      doc.targetServiceRevision.pendingTaskCount = 0;
    }
  });
  finishServiceDeployment(ctx, primary._sdArn, primary._rollbackOf ? 'ROLLBACK_SUCCESSFUL' : 'SUCCESSFUL');
  service._lastCompleted = { ...specOf(primary), id: primary.id };
}

/** The earliest time something changes without a task notification: a health timer, a grace period, a retry. */
function nextLook(step: StepState, active: readonly TaskDoc[]): number {
  const { ctx, service } = step;
  let next = pollAt(ctx);
  const grace = service.healthCheckGracePeriodSeconds ?? 0;
  for (const task of active) {
    const healthy = healthyFrom(ctx, task, step.withHealthCheck(task), grace);
    if (healthy !== undefined && healthy > ctx.now) next = Math.min(next, healthy);
    const protection = protectedUntil(task, ctx.now);
    if (protection !== undefined) next = Math.min(next, protection);
    if (task.healthStatus === 'UNHEALTHY' && task.lastStatus === 'RUNNING') {
      const ends = graceEnds(ctx, task, grace);
      if (ends > ctx.now) next = Math.min(next, ends);
    }
  }
  return withPlacementRetry(ctx, service, next);
}
