// DeleteExpressGatewayService: deletes the service (scaled to zero and drained, as DeleteService with force)
// and answers with it, DRAINING.
import type { DeleteExpressGatewayServiceRequest, DeleteExpressGatewayServiceResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { EcsError } from '../../common/errors';
import { clusterOf } from '../../services/model';
import { deleteService } from '../../services/operations/delete-service';
import { type ExpressService, expressView, findExpressService } from '../model';

export const deleteExpressGatewayService = operation<
  DeleteExpressGatewayServiceRequest,
  Wire<DeleteExpressGatewayServiceResponse>
>((ctx, input) => {
  const service = findExpressService(ctx, input.serviceArn ?? '', 'service');
  if (service.status !== 'ACTIVE') throw new EcsError('ServiceNotActiveException', 'Service was not ACTIVE.');
  const cluster = clusterOf(service);
  deleteService(ctx, { cluster, service: service.serviceName, force: true });
  const after = ctx.store.get<ExpressService>(ctx.region, 'service', `${cluster}/${service.serviceName}`) as ExpressService;
  return { service: expressView(after, true) };
});
