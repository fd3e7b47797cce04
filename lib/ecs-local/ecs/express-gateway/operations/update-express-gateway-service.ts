// UpdateExpressGatewayService: a new configuration (the settings given, over the current ones): a new task
// definition revision and a deployment of the service, which ECS manages like any other (circuit breaker
// with rollback). Answers with the target configuration.
import type { UpdateExpressGatewayServiceRequest, UpdateExpressGatewayServiceResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { EcsError, invalidParameter } from '../../common/errors';
import { clusterOf, saveService } from '../../services/model';
import { updateService } from '../../services/operations/update-service';
import { registerTaskDefinition } from '../../task-definitions/operations/register-task-definition';
import { mergeSettings, registerRevision, serviceNetwork } from '../deploy';
import { checkRoleArn, type ExpressService, type ExpressState, findExpressService } from '../model';
import { revisionOf } from './create-express-gateway-service';

export const updateExpressGatewayService = operation<
  UpdateExpressGatewayServiceRequest,
  Wire<UpdateExpressGatewayServiceResponse>
>((ctx, input) => {
  const before = findExpressService(ctx, input.serviceArn ?? '', 'service');
  if (before.status !== 'ACTIVE') throw new EcsError('ServiceNotActiveException', 'Service was not ACTIVE.');
  checkRoleArn('executionRoleArn', input.executionRoleArn);
  checkRoleArn('taskRoleArn', input.taskRoleArn);
  if (input.primaryContainer && !input.primaryContainer.image?.trim())
    throw invalidParameter('primaryContainer.image must name the container image to run.');
  const express = before._express as ExpressState;
  const current = express.configurations[express.configurations.length - 1];
  const config = mergeSettings(ctx, before.serviceName, current, input);
  const cluster = clusterOf(before);
  const taskDefinition = registerRevision(ctx, registerTaskDefinition, cluster, before.serviceName, config);
  updateService(ctx, {
    cluster,
    service: before.serviceName,
    taskDefinition,
    desiredCount: config.scalingTarget?.minTaskCount,
    networkConfiguration: serviceNetwork(config),
  });
  const service = ctx.store.get<ExpressService>(ctx.region, 'service', `${cluster}/${before.serviceName}`) as ExpressService;
  config.serviceRevisionArn = revisionOf(service);
  service._express = { ...express, configurations: [...express.configurations, config].slice(-10) };
  saveService(ctx, service, ctx.now);
  return {
    service: {
      serviceArn: service.serviceArn,
      serviceName: service.serviceName,
      cluster: service.clusterArn,
      status: { statusCode: 'ACTIVE' },
      targetConfiguration: config,
      createdAt: service.createdAt,
      updatedAt: config.createdAt,
    },
  };
});
