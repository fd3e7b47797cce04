// StopServiceDeployment: stops a deployment in progress. ROLLBACK (the default) goes back to the previous
// service revision, ABORT stops the deployment where it is; the service deployment turns ROLLBACK_REQUESTED or
// STOP_REQUESTED, and the scheduler carries the request out at its next look (ROLLBACK_IN_PROGRESS, then
// ROLLBACK_SUCCESSFUL; or STOPPED). A deployment that is not in progress answers ConflictException.
import type { StopServiceDeploymentRequest, StopServiceDeploymentResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import { EcsError } from '../../common/errors';
import { controlledDeployment } from '../deployment-control';
import { updateServiceDeployment } from '../deployments';
import { saveService } from '../model';

export const stopServiceDeployment = operation<StopServiceDeploymentRequest, StopServiceDeploymentResponse>((ctx, input) => {
  const arn = input.serviceDeploymentArn ?? '';
  const { doc, service, deployment } = controlledDeployment(ctx, arn);
  const stopType = input.stopType ?? 'ROLLBACK';
  const inProgress = (doc.status === 'IN_PROGRESS' || doc.status === 'PENDING') && deployment?.rolloutState === 'IN_PROGRESS';
  if (!inProgress || !deployment || deployment._stopRequested)
    throw new EcsError(
      'ConflictException',
      `The service deployment ${arn} is ${doc.status}; only a service deployment in progress can be stopped.`,
    );
  const previous = deployment._bg ? deployment._bg.blue : service._lastCompleted?.id;
  if (stopType === 'ROLLBACK' && !previous)
    throw new EcsError(
      'ConflictException',
      'The service has no previous service revision to roll back to. Stop the deployment with stopType ABORT instead.',
    );
  deployment._stopRequested = stopType;
  updateServiceDeployment(ctx, arn, (sd) => {
    sd.status = stopType === 'ROLLBACK' ? 'ROLLBACK_REQUESTED' : 'STOP_REQUESTED';
  });
  saveService(ctx, service, ctx.now);
  return { serviceDeploymentArn: arn };
});
