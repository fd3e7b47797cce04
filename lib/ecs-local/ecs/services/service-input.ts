// Checks and defaults shared by CreateService and UpdateService, with ECS's wording where it is known.
// Without a launch type, a strategy or a cluster default strategy, a service gets EC2, as in ECS.
import type {
  CapacityProviderStrategyItem,
  DeploymentConfiguration,
  NetworkConfiguration,
  ServiceConnectConfiguration,
} from '@aws-sdk/client-ecs';
import { capacityProviderStrategyError, isFargateCapacityProvider } from '../../../ecs-rules/capacity-providers';
import type { Wire } from '../../protocol/serialize';
import type { ClusterDoc } from '../clusters/model';
import { EcsError, invalidParameter } from '../common/errors';
import type { TaskDefinitionDoc } from '../task-definitions/model';
import { checkCompatibility, checkFargatePlacement, checkNetwork, type LaunchType } from '../tasks/launch-checks';
import { checkDeploymentStrategy } from './deployment-strategy';

export interface LaunchChoice {
  launchType?: LaunchType;
  capacityProviderStrategy?: Wire<CapacityProviderStrategyItem>[];
}

export function resolveLaunch(
  cluster: ClusterDoc,
  launchType: string | undefined,
  strategy: Wire<CapacityProviderStrategyItem>[] | undefined,
): LaunchChoice {
  if (launchType && strategy?.length)
    throw invalidParameter(
      'Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.',
    );
  if (launchType) return { launchType: launchType as LaunchType };
  if (strategy?.length) {
    const problem = capacityProviderStrategyError(strategy, cluster.capacityProviders ?? []);
    if (problem) throw invalidParameter(problem);
    return { capacityProviderStrategy: strategy };
  }
  const fallback = cluster.defaultCapacityProviderStrategy ?? [];
  if (fallback.length > 0) return { capacityProviderStrategy: fallback };
  return { launchType: 'EC2' };
}

/** The launch type tasks of this choice get, for compatibility and network checks: a strategy of Auto Scaling group providers runs EC2 tasks. */
export function effectiveLaunchType(choice: LaunchChoice): LaunchType {
  if (choice.launchType) return choice.launchType;
  const strategy = choice.capacityProviderStrategy ?? [];
  if (strategy.length === 0) return 'EC2';
  return strategy.every((item) => isFargateCapacityProvider(item.capacityProvider ?? '')) ? 'FARGATE' : 'EC2';
}

export function checkLaunch(td: TaskDefinitionDoc, choice: LaunchChoice, network: Wire<NetworkConfiguration> | undefined): void {
  const launchType = effectiveLaunchType(choice);
  checkCompatibility(td, launchType);
  checkNetwork(td, launchType, network);
}

/** A Fargate service (by launch type or by FARGATE capacity providers) takes no placement constraints or strategies. */
export function checkServicePlacement(
  choice: LaunchChoice,
  constraints: readonly unknown[] | undefined,
  strategy: readonly unknown[] | undefined,
): void {
  checkFargatePlacement(effectiveLaunchType(choice), constraints, strategy);
}

export function checkPlatformVersion(choice: LaunchChoice, platformVersion: string | undefined): string | undefined {
  const fargate = effectiveLaunchType(choice) === 'FARGATE';
  if (!fargate) {
    if (platformVersion && platformVersion !== 'LATEST')
      throw invalidParameter('The platform version must be null when specifying an EC2 launch type.');
    return undefined;
  }
  const version = platformVersion ?? 'LATEST';
  if (!/^(LATEST|1\.4\.0|1\.3\.0|1\.0\.0)$/.test(version))
    throw new EcsError('PlatformUnknownException', 'The specified platform version does not exist.');
  return version;
}

export function defaultDeploymentConfiguration(strategy: string): Wire<DeploymentConfiguration> {
  const daemon = strategy === 'DAEMON';
  return {
    deploymentCircuitBreaker: { enable: false, rollback: false },
    maximumPercent: daemon ? 100 : 200,
    minimumHealthyPercent: daemon ? 0 : 100,
  };
}

/** Merges a requested deployment configuration over the current one (or the defaults) and checks it. */
export function mergeDeploymentConfiguration(
  current: Wire<DeploymentConfiguration>,
  change: Wire<DeploymentConfiguration> | undefined,
  strategy: string,
): Wire<DeploymentConfiguration> {
  const merged: Wire<DeploymentConfiguration> = {
    ...current,
    ...(change ?? {}),
    deploymentCircuitBreaker: change?.deploymentCircuitBreaker ?? current.deploymentCircuitBreaker,
    maximumPercent: change?.maximumPercent ?? current.maximumPercent,
    minimumHealthyPercent: change?.minimumHealthyPercent ?? current.minimumHealthyPercent,
  };
  const max = merged.maximumPercent ?? 200;
  const min = merged.minimumHealthyPercent ?? 100;
  if (min < 0 || min > 100) throw invalidParameter('minimumHealthyPercent must be between 0 and 100.');
  if (strategy === 'DAEMON' && max !== 100) throw invalidParameter('maximumPercent must be 100 for a DAEMON service.');
  if (max < 100) throw invalidParameter('maximumPercent must be at least 100.');
  checkDeploymentStrategy(merged, strategy);
  return merged;
}

export function checkDesiredCount(desiredCount: number | undefined): void {
  if (desiredCount !== undefined && desiredCount < 0)
    throw invalidParameter(`desiredCount must be 0 or more; got ${desiredCount}.`);
}

export function checkGracePeriod(seconds: number | undefined): void {
  if (seconds !== undefined && (seconds < 0 || seconds > 2_147_483_647))
    throw invalidParameter('healthCheckGracePeriodSeconds must be between 0 and 2147483647.');
}

/** The network configuration as ECS echoes it: assignPublicIp DISABLED unless asked for. */
export function normalizeNetwork(network: Wire<NetworkConfiguration> | undefined): Wire<NetworkConfiguration> | undefined {
  const config = network?.awsvpcConfiguration;
  if (!config) return network;
  return { awsvpcConfiguration: { ...config, assignPublicIp: config.assignPublicIp ?? 'DISABLED' } };
}

/** The role shown on the service: the one given (name or ARN), else the ECS service-linked role. */
export function serviceRoleArn(account: string, role: string | undefined): string {
  if (!role) return `arn:aws:iam::${account}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`;
  return role.startsWith('arn:') ? role : `arn:aws:iam::${account}:role/${role}`;
}

/** The Cloud Map namespace a Service Connect configuration uses: its own, else the cluster's default. */
export function serviceConnectNamespace(
  cluster: ClusterDoc,
  config: Wire<ServiceConnectConfiguration> | undefined,
): string | undefined {
  if (!config?.enabled) return undefined;
  return config.namespace ?? cluster.serviceConnectDefaults?.namespace;
}
