// CreateExpressGatewayService: registers the task definition for the primary container and creates an ECS
// managed service (Fargate, awsvpc, circuit breaker with rollback) running minTaskCount tasks, with a public
// endpoint. Differs from ECS: the Application Load Balancer, target groups, security groups and auto scaling
// policies ECS creates are not (load balancers are not wired to services yet), so the endpoint does not
// answer and the task count stays at minTaskCount; defaults ECS does not document are the engine's
// (EXPRESS_DEFAULTS); without subnets the tasks get the engine's default subnet.
import type { CreateExpressGatewayServiceRequest, CreateExpressGatewayServiceResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { activeCluster } from '../../clusters/model';
import { invalidParameter } from '../../common/errors';
import { saveService } from '../../services/model';
import { createService } from '../../services/operations/create-service';
import { registerTaskDefinition } from '../../task-definitions/operations/register-task-definition';
import { mergeSettings, registerRevision, serviceNetwork } from '../deploy';
import { checkRoleArn, defaultServiceName, type ExpressService, expressView } from '../model';

export const createExpressGatewayService = operation<
  CreateExpressGatewayServiceRequest,
  Wire<CreateExpressGatewayServiceResponse>
>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster);
  checkRoleArn('executionRoleArn', input.executionRoleArn);
  checkRoleArn('infrastructureRoleArn', input.infrastructureRoleArn);
  checkRoleArn('taskRoleArn', input.taskRoleArn);
  const image = input.primaryContainer?.image ?? '';
  if (!image.trim()) throw invalidParameter('primaryContainer.image must name the container image to run.');
  const name = input.serviceName ?? defaultServiceName(image);
  const config = mergeSettings(ctx, name, undefined, input);
  const minTasks = config.scalingTarget?.minTaskCount ?? 1;
  if (minTasks > (config.scalingTarget?.maxTaskCount ?? minTasks))
    throw invalidParameter('scalingTarget.minTaskCount must not be greater than maxTaskCount.');
  const taskDefinition = registerRevision(ctx, registerTaskDefinition, cluster.clusterName, name, config);
  createService(ctx, {
    cluster: cluster.clusterName,
    serviceName: name,
    taskDefinition,
    desiredCount: minTasks,
    launchType: 'FARGATE',
    networkConfiguration: serviceNetwork(config),
    deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
    healthCheckGracePeriodSeconds: 30,
    enableECSManagedTags: true,
    propagateTags: 'SERVICE',
    tags: input.tags,
  });
  const service = ctx.store.get<ExpressService>(ctx.region, 'service', `${cluster.clusterName}/${name}`) as ExpressService;
  config.serviceRevisionArn = revisionOf(service);
  service._express = { infrastructureRoleArn: input.infrastructureRoleArn ?? '', configurations: [config] };
  service.resourceManagementType = 'ECS';
  saveService(ctx, service, ctx.now);
  return { service: expressView(service, true) };
});

/** The service revision of the service's newest deployment, as its ServiceDeployment names it. */
export function revisionOf(service: ExpressService): string | undefined {
  const id = service.deployments[0]?.id;
  if (!id) return undefined;
  return service.serviceArn.replace(':service/', ':service-revision/').concat(`/${id.replace('ecs-svc/', '')}`);
}
