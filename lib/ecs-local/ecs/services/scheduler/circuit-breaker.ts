// The deployment circuit breaker: counts the PRIMARY deployment's tasks that stopped without ever becoming
// healthy, resets on a newly healthy task (resetOnHealthyTask, always on here), and at the threshold marks
// the deployment FAILED and, with rollback, starts a deployment back to the last completed one.
import { circuitBreakerThreshold } from '../../../../ecs-rules/limits';
import { nowSeconds, type OpContext } from '../../../core/context';
import type { TaskDefinitionDoc } from '../../task-definitions/model';
import type { TaskDoc } from '../../tasks/model';
import { CIRCUIT_BREAKER_REASON, finishServiceDeployment, rollBackTo, updateServiceDeployment } from '../deployments';
import { addEvent, serviceEvent } from '../events';
import type { DeploymentState, ServiceState } from '../model';
import { isElbHealthReason } from './service-targets';

export const HEALTH_CHECK_REASON = 'Task failed container health checks';
const FAILURE_STOP_CODES = new Set(['TaskFailedToStart', 'EssentialContainerExited']);

/** A task that stopped (or is stopping) because it failed, not because the scheduler scaled it in. */
export function isFailedTask(task: TaskDoc): boolean {
  if (task.desiredStatus !== 'STOPPED' && task.lastStatus !== 'STOPPED') return false;
  return (
    FAILURE_STOP_CODES.has(task.stopCode ?? '') ||
    task.stoppedReason === HEALTH_CHECK_REASON ||
    isElbHealthReason(task.stoppedReason)
  );
}

/**
 * Updates failedTasks of the deployment from its tasks (all stored ones, stopped included) and the ids of its
 * tasks healthy now. Returns true when the count changed.
 */
export function countFailures(deployment: DeploymentState, tasks: readonly TaskDoc[], healthyIds: readonly string[]): boolean {
  const before = deployment.failedTasks;
  const seenFailed = new Set(deployment._failedSeen ?? []);
  const wasHealthy = new Set(deployment._healthySeen ?? []);
  const present = new Set<string>();
  for (const task of tasks) {
    if (task.startedBy !== deployment.id) continue;
    present.add(task.taskArn);
    if (seenFailed.has(task.taskArn) || !isFailedTask(task)) continue;
    seenFailed.add(task.taskArn);
    if (!wasHealthy.has(task.taskArn)) deployment.failedTasks++;
  }
  const newlyHealthy = healthyIds.some((id) => !wasHealthy.has(id));
  if (newlyHealthy) deployment.failedTasks = 0;
  deployment._failedSeen = [...seenFailed].filter((id) => present.has(id));
  deployment._healthySeen = [...healthyIds];
  return deployment.failedTasks !== before;
}

export interface BreakerResult {
  tripped: boolean;
  /** The rollback deployment started, when there was one. */
  rollback?: DeploymentState;
}

/** Checks the threshold for the PRIMARY deployment and acts on it. */
export function checkBreaker(
  ctx: OpContext,
  service: ServiceState,
  deployment: DeploymentState,
  rollbackTd: (taskDefinition: string) => TaskDefinitionDoc | undefined,
): BreakerResult {
  const threshold = circuitBreakerThreshold(service.desiredCount);
  // A rollback reports to the service deployment it rolls back, whose breaker figures stay as they tripped.
  const reported = deployment._reported;
  const changed = reported?.[0] !== deployment.failedTasks || reported?.[1] !== threshold;
  deployment._reported = [deployment.failedTasks, threshold];
  if (changed && !deployment._rollbackOf)
    updateServiceDeployment(ctx, deployment._sdArn, (doc) => {
      if (doc.deploymentCircuitBreaker) {
        doc.deploymentCircuitBreaker.failureCount = deployment.failedTasks;
        doc.deploymentCircuitBreaker.threshold = threshold;
      }
    });
  if (deployment.rolloutState !== 'IN_PROGRESS' || deployment.failedTasks < threshold) return { tripped: false };
  if (!deployment._unableNoted) {
    deployment._unableNoted = true;
    addEvent(ctx, service, serviceEvent(service, 'is unable to consistently start tasks successfully.'));
  }
  const breaker = service.deploymentConfiguration?.deploymentCircuitBreaker;
  if (!breaker?.enable) return { tripped: false };

  deployment.rolloutState = 'FAILED';
  deployment.rolloutStateReason = CIRCUIT_BREAKER_REASON;
  deployment.updatedAt = nowSeconds(ctx);
  addEvent(ctx, service, serviceEvent(service, `(deployment ${deployment.id}) deployment failed: tasks failed to start.`));
  const target = service._lastCompleted;
  const canRollBack = breaker.rollback && target && !deployment._rollbackOf && target.taskDefinition;
  updateServiceDeployment(ctx, deployment._sdArn, (doc) => {
    if (doc.deploymentCircuitBreaker) doc.deploymentCircuitBreaker.status = 'TRIGGERED';
  });
  if (!canRollBack || !target) {
    finishServiceDeployment(
      ctx,
      deployment._sdArn,
      deployment._rollbackOf ? 'ROLLBACK_FAILED' : 'STOPPED',
      CIRCUIT_BREAKER_REASON,
    );
    return { tripped: true };
  }

  const rollback = rollBackTo(ctx, service, deployment, target, rollbackTd(target.taskDefinition), CIRCUIT_BREAKER_REASON);
  return { tripped: true, rollback };
}
