// What StopServiceDeployment asked for, done at the scheduler's next look: ROLLBACK goes back to the previous
// revision (a blue/green deployment promotes its blue deployment again; a rolling one starts a deployment
// back to the last completed one), ABORT stops the deployment where it is (it launches nothing more, and the
// tasks of both revisions that are still running keep running: after a step at minimumHealthyPercent 0 that can be
// none; ECS documents only ROLLBACK).
import { finishServiceDeployment, rollBackTo } from '../deployments';
import { primary as primaryOf } from '../model';
import { rollBackBlueGreen } from './blue-green';
import type { StepState } from './step';

export const USER_ROLLBACK_REASON = 'Service deployment rolled back because of a StopServiceDeployment request.';

export function stoppedReason(id: string): string {
  return `ECS deployment ${id} stopped because of a StopServiceDeployment request.`;
}

/**
 * Carries out the PRIMARY deployment's stop request (`kind`, read by the reconciler). StopServiceDeployment accepts one
 * only for an IN_PROGRESS deployment and makes the service due at once; this runs first in that step.
 */
export function applyStopRequest(step: StepState, kind: 'ROLLBACK' | 'ABORT'): void {
  const { ctx, service } = step;
  const deployment = step.primary;
  deployment._stopRequested = undefined;
  if (deployment.rolloutState !== 'IN_PROGRESS') return;
  step.changed = true;
  if (kind === 'ABORT') {
    deployment.rolloutState = 'FAILED';
    deployment.rolloutStateReason = stoppedReason(deployment.id);
    finishServiceDeployment(ctx, deployment._sdArn, 'STOPPED', stoppedReason(deployment.id));
    return;
  }
  if (deployment._bg) {
    rollBackBlueGreen(ctx, service, deployment, USER_ROLLBACK_REASON);
    step.primary = primaryOf(service) ?? deployment;
    return;
  }
  deployment.rolloutState = 'FAILED';
  deployment.rolloutStateReason = USER_ROLLBACK_REASON;
  // StopServiceDeployment accepts a rolling ROLLBACK only when a deployment completed before (`_lastCompleted`, never
  // cleared): there is always one to go back to.
  const target = service._lastCompleted;
  if (target) step.primary = rollBackTo(ctx, service, deployment, target, step.td(target.taskDefinition), USER_ROLLBACK_REASON);
}
