// CreateService. With the EXTERNAL deployment controller the service runs no tasks of its own until task
// sets are created (CreateTaskSet); with CODE_DEPLOY its first task set (PRIMARY, 100 %) is created at once.
// Differs from ECS: service registries, Service Connect and Classic Load Balancers are recorded but nothing is
// registered there (ALB / NLB target groups are: load-balancer-input.ts, scheduler/load-balancing.ts); CodeDeploy
// itself is not part of the engine, so a CODE_DEPLOY service stays on its first task set.
import type { CreateServiceRequest, CreateServiceResponse } from '@aws-sdk/client-ecs';
import { resourceNameError, tagsError } from '../../../../ecs-rules/names';
import { operation } from '../../../core/aws-service';
import { nowSeconds } from '../../../core/context';
import type { Wire } from '../../../protocol/serialize';
import { activeCluster } from '../../clusters/model';
import { arn } from '../../common/arns';
import { clientError, invalidParameter } from '../../common/errors';
import { findTaskDefinition } from '../../task-definitions/model';
import { newTaskSet } from '../../task-sets/build';
import { saveTaskSet } from '../../task-sets/model';
import { platformFamilyOf, startDeployment } from '../deployments';
import { checkLoadBalancers } from '../load-balancer-input';
import { loadService, type ServiceState, saveService, serviceArn } from '../model';
import {
  checkDesiredCount,
  checkGracePeriod,
  checkLaunch,
  checkPlatformVersion,
  checkServicePlacement,
  defaultDeploymentConfiguration,
  effectiveLaunchType,
  mergeDeploymentConfiguration,
  normalizeNetwork,
  resolveLaunch,
  serviceConnectNamespace,
  serviceRoleArn,
} from '../service-input';
import { serviceView } from '../view';

export const createService = operation<CreateServiceRequest, Wire<CreateServiceResponse>>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster);
  const name = input.serviceName ?? '';
  const nameProblem = resourceNameError('Service name', name);
  if (nameProblem) throw invalidParameter(nameProblem);
  const existing = loadService(ctx, cluster.clusterName, name);
  if (existing && existing.status !== 'INACTIVE') {
    if (input.clientToken && existing._clientToken === input.clientToken) return { service: serviceView(ctx, existing) };
    throw invalidParameter('Creation of service was not idempotent.');
  }

  // An INACTIVE service of the same name is replaced, with its deployment history and revisions.
  if (existing)
    for (const kind of ['deployment', 'revision'] as const)
      for (const id of ctx.store.ids(ctx.region, kind, { parent: `${cluster.clusterName}/${name}` }))
        ctx.store.delete(ctx.region, kind, id);

  const strategy = input.schedulingStrategy ?? 'REPLICA';
  const controller = input.deploymentController?.type ?? 'ECS';
  const external = controller === 'EXTERNAL';
  if (controller !== 'ECS' && strategy === 'DAEMON')
    throw invalidParameter(
      'The DAEMON scheduling strategy does not support the CODE_DEPLOY or EXTERNAL deployment controller types.',
    );
  if (!input.taskDefinition && !external)
    throw invalidParameter(`taskDefinition is required for a service with the ${controller} deployment controller.`);
  const td = input.taskDefinition ? findTaskDefinition(ctx, input.taskDefinition) : undefined;
  if (td && td.status !== 'ACTIVE')
    throw clientError(`TaskDefinition is inactive: ${td.family}:${td.revision}. Use an ACTIVE revision.`);
  if (strategy === 'REPLICA' && input.desiredCount === undefined)
    throw invalidParameter('desiredCount is required for a service with the REPLICA scheduling strategy.');
  checkDesiredCount(input.desiredCount);
  checkGracePeriod(input.healthCheckGracePeriodSeconds);

  // An EXTERNAL service's launch settings are only the defaults of its task sets, and may be left out.
  const launchGiven = input.launchType !== undefined || (input.capacityProviderStrategy?.length ?? 0) > 0;
  const launch = external && !launchGiven ? {} : resolveLaunch(cluster, input.launchType, input.capacityProviderStrategy);
  if (strategy === 'DAEMON') {
    if (effectiveLaunchType(launch) === 'FARGATE' || launch.capacityProviderStrategy)
      throw invalidParameter('The DAEMON scheduling strategy does not support the FARGATE launch type or capacity providers.');
    if ((input.placementStrategy?.length ?? 0) > 0)
      throw invalidParameter('Placement strategies are not supported with the DAEMON scheduling strategy.');
  }
  const network = normalizeNetwork(input.networkConfiguration);
  if (td && (!external || launchGiven)) checkLaunch(td, launch, network);
  if (!external || launchGiven) checkServicePlacement(launch, input.placementConstraints, input.placementStrategy);
  const platformVersion = external && !launchGiven ? input.platformVersion : checkPlatformVersion(launch, input.platformVersion);
  const loadBalancers = input.loadBalancers ?? [];
  if (td) checkLoadBalancers(ctx, td, loadBalancers);
  const tags = input.tags ?? [];
  const tagProblem = tagsError(tags);
  if (tagProblem) throw invalidParameter(tagProblem);
  const deploymentConfiguration = mergeDeploymentConfiguration(
    defaultDeploymentConfiguration(strategy),
    input.deploymentConfiguration,
    strategy,
  );

  const service: ServiceState = {
    serviceArn: serviceArn(ctx, cluster.clusterName, name),
    serviceName: name,
    clusterArn: arn(ctx, `cluster/${cluster.clusterName}`),
    loadBalancers,
    serviceRegistries: input.serviceRegistries ?? [],
    status: 'ACTIVE',
    desiredCount: strategy === 'DAEMON' ? 0 : (input.desiredCount ?? 0),
    runningCount: 0,
    pendingCount: 0,
    launchType: launch.launchType,
    capacityProviderStrategy: launch.capacityProviderStrategy,
    platformVersion,
    platformFamily: platformVersion && td ? platformFamilyOf(td) : undefined,
    taskDefinition: external ? undefined : td?.taskDefinitionArn,
    deploymentConfiguration,
    deployments: [],
    roleArn: serviceRoleArn(ctx.account, input.role),
    events: [],
    createdAt: nowSeconds(ctx),
    placementConstraints: input.placementConstraints ?? [],
    placementStrategy: input.placementStrategy ?? [],
    networkConfiguration: network,
    healthCheckGracePeriodSeconds: input.healthCheckGracePeriodSeconds ?? 0,
    schedulingStrategy: strategy,
    deploymentController: { type: controller },
    tags,
    createdBy: ctx.principal,
    enableECSManagedTags: input.enableECSManagedTags ?? false,
    propagateTags: input.propagateTags ?? 'NONE',
    enableExecuteCommand: input.enableExecuteCommand ?? false,
    availabilityZoneRebalancing: input.availabilityZoneRebalancing ?? 'ENABLED',
    _clientToken: input.clientToken,
    _namespace: serviceConnectNamespace(cluster, input.serviceConnectConfiguration),
  };
  if (controller === 'ECS' && td) {
    const deployment = startDeployment(
      ctx,
      service,
      { taskDefinition: td.taskDefinitionArn, ...launch, platformVersion, networkConfiguration: network },
      td,
    );
    service.currentServiceDeployment = deployment._sdArn;
    deployment.serviceConnectConfiguration = input.serviceConnectConfiguration;
  }
  if (controller === 'CODE_DEPLOY' && td) {
    const first = newTaskSet(ctx, {
      cluster,
      service,
      taskDefinition: td,
      ...launch,
      platformVersion,
      networkConfiguration: network,
      loadBalancers,
      serviceRegistries: service.serviceRegistries,
      status: 'PRIMARY',
    });
    saveTaskSet(ctx, cluster.clusterName, name, first);
  }
  saveService(ctx, service, ctx.now);
  return { service: serviceView(ctx, service) };
});
