// The service scheduler for services with the EXTERNAL or CODE_DEPLOY deployment controller: there are no
// rolling deployments; each task set is kept at its computed desired count (ceil(desiredCount × scale %)),
// failed and unhealthy tasks are replaced, a DRAINING task set is scaled to zero and then forgotten, and each
// task set's stability (STEADY_STATE when all its tasks run healthy) is recorded with the time it changed.
// Differs from ECS: task sets start and stop their tasks all at once (no minimum healthy or maximum percent
// between them; ECS leaves the pace of a shift between task sets to the external controller).
import { nowSeconds, type OpContext } from '../../../core/context';
import type { ClusterDoc } from '../../clusters/model';
import { computedDesiredCount, deleteTaskSet, saveTaskSet, serviceTaskSets, type TaskSetDoc } from '../../task-sets/model';
import type { TaskDoc } from '../../tasks/model';
import { isProtected } from '../../tasks/protection';
import { STEADY_STATE_REPEAT_MS } from '../events';
import { clusterOf, type DeploymentState, type ServiceState, saveService } from '../model';

export { usesTaskSets } from '../model';

import { activeServiceTasks, applyCounts, failedHealthCheck } from '../service-tasks';
import { HEALTH_CHECK_REASON } from './circuit-breaker';
import { scalingReason, startServiceTasks, stopServiceTasks } from './launch';
import { pollAt, withPlacementRetry } from './poll';
import { StepState } from './step';

/** A task set seen as the deployment whose tasks the shared launch code starts. */
function asDeployment(set: TaskSetDoc, desired: number): DeploymentState {
  return {
    id: set.id,
    status: set.status,
    taskDefinition: set.taskDefinition ?? '',
    launchType: set.launchType,
    capacityProviderStrategy: set.capacityProviderStrategy,
    platformVersion: set.platformVersion,
    networkConfiguration: set.networkConfiguration,
    desiredCount: desired,
    pendingCount: 0,
    runningCount: 0,
    failedTasks: 0,
    createdAt: set.createdAt ?? 0,
    updatedAt: set.updatedAt ?? 0,
    _sdArn: '',
  };
}

/** Brings one task set to its count; returns true when it is steady. */
function reconcileSet(ctx: OpContext, service: ServiceState, cluster: ClusterDoc, set: TaskSetDoc, active: TaskDoc[]): boolean {
  const desired = set.status === 'DRAINING' ? 0 : computedDesiredCount(service.desiredCount, set.scale);
  const deployment = asDeployment(set, desired);
  const mine = active.filter((t) => t.startedBy === set.id);
  const step = new StepState(ctx, service, cluster, deployment, mine);
  const grace = service.healthCheckGracePeriodSeconds ?? 0;
  const unhealthy = mine.filter((t) => failedHealthCheck(ctx, t, grace));
  if (unhealthy.length > 0) stopServiceTasks(ctx, service, unhealthy, HEALTH_CHECK_REASON);
  const wanted = mine.filter((t) => step.isWanted(t) && !unhealthy.includes(t));
  const excess = wanted.length - desired;
  if (excess > 0) {
    const order = wanted
      .filter((t) => !isProtected(t, ctx.now))
      .sort((a, b) => Number(step.isHealthy(a)) - Number(step.isHealthy(b)) || (b.createdAt ?? 0) - (a.createdAt ?? 0));
    stopServiceTasks(ctx, service, order.slice(0, excess), scalingReason(deployment));
  }
  const td = step.primaryTd;
  const retrying = (service._retryAt ?? 0) > ctx.now;
  if (excess < 0 && td && !retrying)
    startServiceTasks(ctx, service, deployment, cluster, td, -excess, undefined, set.platformVersion);
  const running = wanted.filter((t) => t.lastStatus === 'RUNNING');
  const steady = unhealthy.length === 0 && excess === 0 && running.length === desired && running.every((t) => step.isHealthy(t));
  const stability = steady ? 'STEADY_STATE' : 'STABILIZING';
  if (set.computedDesiredCount !== desired || set.stabilityStatus !== stability) {
    set.computedDesiredCount = desired;
    if (set.stabilityStatus !== stability) set.stabilityStatusAt = nowSeconds(ctx);
    set.stabilityStatus = stability;
    set.updatedAt = nowSeconds(ctx);
    saveTaskSet(ctx, cluster.clusterName, service.serviceName, set);
  }
  return steady;
}

export function reconcileTaskSets(ctx: OpContext, service: ServiceState, cluster: ClusterDoc): void {
  const name = service.serviceName;
  const sets = serviceTaskSets(ctx, cluster.clusterName, name);
  if (service.status === 'DRAINING') for (const set of sets) set.status = 'DRAINING';
  let active = activeServiceTasks(ctx, service);
  let steady = true;
  for (const set of sets) {
    if (!reconcileSet(ctx, service, cluster, set, active)) steady = false;
    active = activeServiceTasks(ctx, service);
    const left = active.some((t) => t.startedBy === set.id);
    if (set.status === 'DRAINING' && !left) deleteTaskSet(ctx, clusterOf(service), name, set.id);
  }
  applyCounts(service, active);
  if (service.status === 'DRAINING' && active.every((t) => t.desiredStatus === 'STOPPED')) {
    service.status = 'INACTIVE';
    for (const set of sets) deleteTaskSet(ctx, clusterOf(service), name, set.id);
    saveService(ctx, service, undefined);
    return;
  }
  saveService(ctx, service, withPlacementRetry(ctx, service, steady ? ctx.now + STEADY_STATE_REPEAT_MS : pollAt(ctx)));
}
