// DeleteService: the service turns DRAINING with desiredCount 0 and its tasks are asked to stop at once; the
// scheduler marks it INACTIVE once every task is STOPPING or STOPPED. Returns the service, as the API does. Its
// Application Auto Scaling target (the `_notify` watcher) deregisters itself on its next scheduler step, right after.
import type { DeleteServiceRequest, DeleteServiceResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { activeCluster } from '../../clusters/model';
import { EcsError, invalidParameter } from '../../common/errors';
import { finishServiceDeployment } from '../deployments';
import { primary, saveService } from '../model';
import { scalingReason, stopServiceTasks } from '../scheduler/launch';
import { activeServiceTasks, isWanted } from '../service-tasks';
import { findService, serviceView } from '../view';

export const deleteService = operation<DeleteServiceRequest, Wire<DeleteServiceResponse>>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster);
  const service = findService(ctx, cluster.clusterName, input.service ?? '');
  if (service.status !== 'ACTIVE') throw new EcsError('ServiceNotActiveException', 'Service was not ACTIVE.');
  if (service.schedulingStrategy === 'REPLICA' && service.desiredCount > 0 && !input.force)
    throw invalidParameter('The service cannot be stopped while it is scaled above 0.');

  service.status = 'DRAINING';
  service.desiredCount = 0;
  const current = primary(service);
  for (const d of service.deployments) {
    d.desiredCount = 0;
    if (d.rolloutState === 'IN_PROGRESS') finishServiceDeployment(ctx, d._sdArn, 'STOPPED', 'The service was deleted.');
  }
  const wanted = activeServiceTasks(ctx, service).filter(isWanted);
  stopServiceTasks(ctx, service, wanted, scalingReason(current));
  saveService(ctx, service, ctx.now);
  // Whoever watches the service (its Application Auto Scaling target) looks now: deleting the service deregisters it.
  if (service._notify) ctx.store.setDue(ctx.region, service._notify.kind, service._notify.id, ctx.now);
  return { service: serviceView(ctx, service) };
});
