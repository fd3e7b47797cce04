// The service a task set operation acts on: ACTIVE, with task sets. Task sets of an EXTERNAL service are
// managed through the API; those of a CODE_DEPLOY service belong to AWS CodeDeploy and can only be described.
import { nowSeconds, type OpContext } from '../../core/context';
import { activeCluster, type ClusterDoc } from '../clusters/model';
import { wakeService } from '../common/documents';
import { EcsError, invalidParameter } from '../common/errors';
import { findTaskSet, saveTaskSet, type TaskSetDoc } from '../task-sets/model';
import { type ServiceState, usesTaskSets } from './model';
import { findService } from './view';

export interface TaskSetScope {
  cluster: ClusterDoc;
  service: ServiceState;
}

export function taskSetScope(
  ctx: OpContext,
  input: { cluster?: string; service?: string },
  purpose: 'describe' | 'manage',
): TaskSetScope {
  const cluster = activeCluster(ctx, input.cluster);
  const service = findService(ctx, cluster.clusterName, input.service ?? '');
  if (service.status !== 'ACTIVE') throw new EcsError('ServiceNotActiveException', 'Service was not ACTIVE.');
  if (!usesTaskSets(service))
    throw invalidParameter(
      `The service ${service.serviceName} uses the ${service.deploymentController?.type ?? 'ECS'} deployment controller; task sets exist only for services with the EXTERNAL (or CODE_DEPLOY) deployment controller.`,
    );
  if (purpose === 'manage' && service.deploymentController?.type === 'CODE_DEPLOY')
    throw invalidParameter(
      `The task sets of ${service.serviceName} are managed by AWS CodeDeploy (CODE_DEPLOY deployment controller). Use CodeDeploy to deploy, or a service with the EXTERNAL deployment controller to manage task sets yourself.`,
    );
  return { cluster, service };
}

/** The task set of the service, or TaskSetNotFoundException. */
export function requireTaskSet(ctx: OpContext, scope: TaskSetScope, identifier: string): TaskSetDoc {
  const doc = findTaskSet(ctx, scope.cluster.clusterName, scope.service.serviceName, identifier);
  if (!doc)
    throw new EcsError(
      'TaskSetNotFoundException',
      `The specified task set ${identifier} does not exist in service ${scope.service.serviceName}. Check the task set ID or ARN.`,
    );
  return doc;
}

/** Saves a task set whose desired count just changed: it is STABILIZING until the scheduler reaches it. */
export function saveChangedTaskSet(ctx: OpContext, scope: TaskSetScope, set: TaskSetDoc): void {
  set.stabilityStatus = 'STABILIZING';
  set.stabilityStatusAt = nowSeconds(ctx);
  set.updatedAt = nowSeconds(ctx);
  saveTaskSet(ctx, scope.cluster.clusterName, scope.service.serviceName, set);
  wakeService(ctx, scope.cluster.clusterName, scope.service.serviceName);
}
