// UpdateService. A new deployment starts when the task definition, network configuration, platform version,
// capacity provider strategy or load balancers change, or with forceNewDeployment; desiredCount and the
// other settings apply to the running deployment; a new Service Connect configuration starts one too. A service with task sets (EXTERNAL or CODE_DEPLOY
// controller) takes only those other settings: its deployments are made with task sets. Differs from ECS:
// the deployment controller of a service cannot be changed.
import type { DeploymentConfiguration, UpdateServiceRequest, UpdateServiceResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { activeCluster } from '../../clusters/model';
import { clientError, EcsError, invalidParameter } from '../../common/errors';
import { findTaskDefinition } from '../../task-definitions/model';
import { platformFamilyOf, startDeployment } from '../deployments';
import { checkLoadBalancers } from '../load-balancer-input';
import { applyDesiredCount, type ServiceState, saveService, usesTaskSets } from '../model';
import {
  checkDesiredCount,
  checkGracePeriod,
  checkLaunch,
  checkPlatformVersion,
  checkServicePlacement,
  type LaunchChoice,
  mergeDeploymentConfiguration,
  normalizeNetwork,
  resolveLaunch,
  serviceConnectNamespace,
} from '../service-input';
import { findService, serviceView } from '../view';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export const updateService = operation<UpdateServiceRequest, Wire<UpdateServiceResponse>>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster);
  const service = findService(ctx, cluster.clusterName, input.service ?? '');
  if (service.status !== 'ACTIVE') throw new EcsError('ServiceNotActiveException', 'Service was not ACTIVE.');
  if (input.deploymentController && input.deploymentController.type !== (service.deploymentController?.type ?? 'ECS'))
    throw new EcsError(
      'UnsupportedFeatureException',
      'The local engine cannot change the deployment controller of a service. Create a new service with the controller you want.',
    );
  const daemon = service.schedulingStrategy === 'DAEMON';
  if (daemon && input.desiredCount !== undefined)
    throw invalidParameter('The DAEMON scheduling strategy runs one task per container instance; desiredCount cannot be set.');
  checkDesiredCount(input.desiredCount);
  checkGracePeriod(input.healthCheckGracePeriodSeconds);
  if (usesTaskSets(service)) {
    checkTaskSetServiceUpdate(service, input);
    applySettings(
      service,
      input,
      mergeDeploymentConfiguration(service.deploymentConfiguration ?? {}, input.deploymentConfiguration, 'REPLICA'),
    );
    saveService(ctx, service, ctx.now);
    return { service: serviceView(ctx, service) };
  }

  // The service's own revision may have been deleted: ECS still lets such a service scale and redeploy it.
  const td =
    input.taskDefinition === undefined
      ? findTaskDefinition(ctx, service.taskDefinition ?? '', { includeDeleting: true })
      : findTaskDefinition(ctx, input.taskDefinition);
  const tdChanged = td.taskDefinitionArn !== service.taskDefinition;
  if (tdChanged && td.status !== 'ACTIVE')
    throw clientError(`TaskDefinition is inactive: ${td.family}:${td.revision}. Use an ACTIVE revision.`);
  const strategyChanged =
    input.capacityProviderStrategy !== undefined && !same(input.capacityProviderStrategy, service.capacityProviderStrategy);
  const launch: LaunchChoice = strategyChanged
    ? resolveLaunch(cluster, undefined, input.capacityProviderStrategy)
    : {
        launchType: service.launchType as LaunchChoice['launchType'],
        capacityProviderStrategy: service.capacityProviderStrategy,
      };
  if (daemon && launch.capacityProviderStrategy)
    throw invalidParameter('The DAEMON scheduling strategy does not support the FARGATE launch type or capacity providers.');
  const network = normalizeNetwork(input.networkConfiguration) ?? service.networkConfiguration;
  const networkChanged = input.networkConfiguration !== undefined && !same(network, service.networkConfiguration);
  const platformVersion = checkPlatformVersion(launch, input.platformVersion ?? service.platformVersion);
  const platformChanged = platformVersion !== service.platformVersion;
  const loadBalancers = input.loadBalancers ?? service.loadBalancers ?? [];
  const lbChanged = input.loadBalancers !== undefined && !same(input.loadBalancers, service.loadBalancers);
  if (tdChanged || strategyChanged || networkChanged || platformChanged) checkLaunch(td, launch, network);
  checkServicePlacement(
    launch,
    input.placementConstraints ?? service.placementConstraints,
    input.placementStrategy ?? service.placementStrategy,
  );
  // Checked when they or the revision change: a detached target group does not block scaling the service.
  if (lbChanged || tdChanged) checkLoadBalancers(ctx, td, loadBalancers);
  const deploymentConfiguration = mergeDeploymentConfiguration(
    service.deploymentConfiguration ?? {},
    input.deploymentConfiguration,
    service.schedulingStrategy,
  );

  applySettings(service, input, deploymentConfiguration);
  service.taskDefinition = td.taskDefinitionArn;
  service.launchType = launch.launchType;
  service.capacityProviderStrategy = launch.capacityProviderStrategy;
  service.platformVersion = platformVersion;
  service.platformFamily = platformVersion ? platformFamilyOf(td) : undefined;
  service.networkConfiguration = network;
  service.loadBalancers = loadBalancers;
  if (input.serviceRegistries !== undefined) service.serviceRegistries = input.serviceRegistries;
  const connectChanged = input.serviceConnectConfiguration !== undefined;
  if (connectChanged) service._namespace = serviceConnectNamespace(cluster, input.serviceConnectConfiguration);

  if (
    tdChanged ||
    strategyChanged ||
    networkChanged ||
    platformChanged ||
    lbChanged ||
    connectChanged ||
    input.forceNewDeployment
  ) {
    const deployment = startDeployment(
      ctx,
      service,
      { taskDefinition: td.taskDefinitionArn, ...launch, platformVersion, networkConfiguration: network },
      td,
    );
    service.currentServiceDeployment = deployment._sdArn;
    deployment.serviceConnectConfiguration =
      input.serviceConnectConfiguration ??
      service.deployments.find((d) => d.serviceConnectConfiguration)?.serviceConnectConfiguration;
  } else applyDesiredCount(service, service.desiredCount);
  service._retryAt = undefined;
  saveService(ctx, service, ctx.now);
  return { service: serviceView(ctx, service) };
});

/** The settings that never start a deployment, for every kind of service. */
function applySettings(
  service: ServiceState,
  input: UpdateServiceRequest,
  deploymentConfiguration: Wire<DeploymentConfiguration>,
): void {
  if (input.desiredCount !== undefined) service.desiredCount = input.desiredCount;
  service.deploymentConfiguration = deploymentConfiguration;
  if (input.placementConstraints !== undefined) service.placementConstraints = input.placementConstraints;
  if (input.placementStrategy !== undefined) service.placementStrategy = input.placementStrategy;
  if (input.healthCheckGracePeriodSeconds !== undefined)
    service.healthCheckGracePeriodSeconds = input.healthCheckGracePeriodSeconds;
  if (input.propagateTags !== undefined) service.propagateTags = input.propagateTags;
  if (input.enableECSManagedTags !== undefined) service.enableECSManagedTags = input.enableECSManagedTags;
  if (input.enableExecuteCommand !== undefined) service.enableExecuteCommand = input.enableExecuteCommand;
  if (input.availabilityZoneRebalancing !== undefined) service.availabilityZoneRebalancing = input.availabilityZoneRebalancing;
}

/** What would start a deployment cannot be changed on a service whose deployments are task sets. */
function checkTaskSetServiceUpdate(service: ServiceState, input: UpdateServiceRequest): void {
  const members = [
    'taskDefinition',
    'networkConfiguration',
    'platformVersion',
    'capacityProviderStrategy',
    'loadBalancers',
    'serviceRegistries',
    'forceNewDeployment',
  ] as const;
  const given = members.find((m) => input[m] !== undefined && input[m] !== false);
  if (!given) return;
  const what = given === 'taskDefinition' ? 'task definition' : given;
  if (service.deploymentController?.type === 'CODE_DEPLOY')
    throw invalidParameter(
      `Unable to update ${what} on services with a CODE_DEPLOY deployment controller. Please use AWS CodeDeploy to trigger a new deployment.`,
    );
  throw invalidParameter(
    `Unable to update ${what} on services with an EXTERNAL deployment controller. Create a task set with the new settings (CreateTaskSet) and make it the primary task set instead.`,
  );
}
