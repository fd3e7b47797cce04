// What RunTask / StartTask / a service check before launching tasks, with ECS's wording where it is known,
// and which launch type each task gets. With neither a launch type nor a capacity provider strategy (and no
// cluster default strategy), tasks go to EC2, as in ECS; on a cluster without EC2 container instances that
// is ECS's "No Container Instances were found in your cluster."
import type { CapacityProviderStrategyItem, NetworkConfiguration, TaskOverride } from '@aws-sdk/client-ecs';
import { capacityProviderStrategyError, isFargateCapacityProvider } from '../../../ecs-rules/capacity-providers';
import { STARTED_BY_PATTERN, tagsError } from '../../../ecs-rules/names';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import type { ClusterDoc } from '../clusters/model';
import { clientError, EcsError, invalidParameter } from '../common/errors';
import type { InstanceDoc } from '../container-instances/model';
import type { TaskDefinitionDoc } from '../task-definitions/model';
import type { TaskTarget } from './build-task';

export type LaunchType = 'FARGATE' | 'EC2' | 'EXTERNAL';

export const CONTAINER_OVERRIDES_MAX_CHARS = 8192;

export function checkLaunchType(value: string | undefined): LaunchType | undefined {
  if (value === undefined || value === 'FARGATE' || value === 'EC2' || value === 'EXTERNAL') return value;
  throw invalidParameter(`The local engine does not support launch type ${value}. Use FARGATE, EC2 or EXTERNAL.`);
}

export function isExternal(instance: InstanceDoc): boolean {
  return instance.ec2InstanceId?.startsWith('mi-') ?? false;
}

export function activeInstances(ctx: OpContext, cluster: string): InstanceDoc[] {
  return ctx.store.list<InstanceDoc>(ctx.region, 'instance', { parent: cluster, status: 'ACTIVE' });
}

export function checkTaskDefinitionUsable(td: TaskDefinitionDoc, group: string): void {
  // ECS lets existing services keep scaling on an INACTIVE revision; only new standalone tasks are refused.
  if (td.status !== 'ACTIVE' && !group.startsWith('service:'))
    throw clientError(
      `TaskDefinition is inactive: ${td.family}:${td.revision} was deregistered, so it cannot run new tasks. Run an ACTIVE revision.`,
    );
}

function compatibilities(td: TaskDefinitionDoc): string[] {
  if (td.compatibilities?.length) return td.compatibilities;
  const out = ['EC2'];
  if (td.networkMode === 'awsvpc' && td.cpu && td.memory) out.push('FARGATE');
  if (td.networkMode !== 'awsvpc') out.push('EXTERNAL');
  return out;
}

export function checkCompatibility(td: TaskDefinitionDoc, launchType: LaunchType): void {
  if (!compatibilities(td).includes(launchType))
    throw invalidParameter(`Task definition does not support launch_type ${launchType}.`);
}

export function checkNetwork(
  td: TaskDefinitionDoc,
  launchType: LaunchType,
  network: Wire<NetworkConfiguration> | undefined,
): void {
  const awsvpc = (td.networkMode ?? (launchType === 'FARGATE' ? 'awsvpc' : 'bridge')) === 'awsvpc';
  const config = network?.awsvpcConfiguration;
  if (!awsvpc) {
    if (config) throw invalidParameter('Network Configuration is not valid for the given networkMode of this task definition.');
    return;
  }
  if (!config) throw invalidParameter("Network Configuration must be provided when networkMode 'awsvpc' is specified.");
  const subnets = config.subnets ?? [];
  if (subnets.length === 0) throw invalidParameter('subnets can not be empty.');
  if (subnets.length > 16) throw invalidParameter('subnets can have at most 16 items.');
  if ((config.securityGroups?.length ?? 0) > 5) throw invalidParameter('securityGroups can have at most 5 items.');
  if (config.assignPublicIp === 'ENABLED' && launchType !== 'FARGATE')
    throw invalidParameter('Assign public IP is not supported for this launch type.');
}

/** ECS places Fargate tasks itself: constraints and strategies are refused (RunTask, CreateService, UpdateService). */
export function checkFargatePlacement(
  launchType: LaunchType,
  constraints: readonly unknown[] | undefined,
  strategy: readonly unknown[] | undefined,
): void {
  if (launchType === 'FARGATE' && ((constraints?.length ?? 0) > 0 || (strategy?.length ?? 0) > 0))
    throw invalidParameter('Task placement constraints and strategies are not supported with the FARGATE launch type.');
}

export function checkOverrides(td: TaskDefinitionDoc, overrides: Wire<TaskOverride> | undefined): void {
  const names = new Set((td.containerDefinitions ?? []).map((d) => d.name));
  for (const o of overrides?.containerOverrides ?? [])
    if (!names.has(o.name))
      throw invalidParameter(`Override for container named ${o.name ?? ''} is not a container in the TaskDefinition.`);
  if (JSON.stringify(overrides?.containerOverrides ?? []).length > CONTAINER_OVERRIDES_MAX_CHARS)
    throw invalidParameter(`Container Overrides length must be at most ${CONTAINER_OVERRIDES_MAX_CHARS}`);
}

export function checkStartedByAndTags(startedBy: string | undefined, tags: readonly { key?: string; value?: string }[]): void {
  if (startedBy !== undefined && !STARTED_BY_PATTERN.test(startedBy))
    throw invalidParameter(
      'startedBy may contain up to 128 letters (uppercase and lowercase), numbers, hyphens (-), forward slashes (/), and underscores (_).',
    );
  // ECS managed tags (aws:ecs:clusterName, aws:ecs:serviceName) are added by the engine, not by the caller.
  const problem = tagsError(tags.filter((t) => !t.key?.startsWith('aws:ecs:')));
  if (problem) throw invalidParameter(problem);
}

function fargatePlatform(
  td: TaskDefinitionDoc,
  requested: string | undefined,
): { platformVersion: string; platformFamily: string } {
  const os = td.runtimePlatform?.operatingSystemFamily;
  const windows = os !== undefined && os !== 'LINUX';
  const known = windows ? ['1.0.0'] : ['1.4.0', '1.3.0'];
  const version = requested === undefined || requested === 'LATEST' ? known[0] : requested;
  if (!known.includes(version)) throw new EcsError('PlatformUnknownException', 'The specified platform version does not exist.');
  return { platformVersion: version, platformFamily: windows ? (os ?? 'Linux') : 'Linux' };
}

/** One capacity provider per task: each provider's base first, then by weight, as ECS spreads a strategy. */
export function distribute(strategy: readonly Wire<CapacityProviderStrategyItem>[], count: number): string[] {
  const assigned = new Map<string, number>(strategy.map((s) => [s.capacityProvider ?? '', 0]));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const base = strategy.find((s) => (s.base ?? 0) > (assigned.get(s.capacityProvider ?? '') ?? 0));
    const pick =
      base ??
      strategy
        .filter((s) => (s.weight ?? 0) > 0)
        .sort(
          (a, b) =>
            (assigned.get(a.capacityProvider ?? '') ?? 0) / (a.weight ?? 1) -
            (assigned.get(b.capacityProvider ?? '') ?? 0) / (b.weight ?? 1),
        )[0];
    const name = pick?.capacityProvider ?? 'FARGATE';
    assigned.set(name, (assigned.get(name) ?? 0) + 1);
    out.push(name);
  }
  return out;
}

export interface TargetRequest {
  cluster: ClusterDoc;
  taskDefinition: TaskDefinitionDoc;
  count: number;
  launchType?: LaunchType;
  capacityProviderStrategy?: Wire<CapacityProviderStrategyItem>[];
  platformVersion?: string;
  instances: InstanceDoc[];
}

/** The launch target of each task to start (same length as count). */
export function resolveTargets(request: TargetRequest): TaskTarget[] {
  const { cluster, taskDefinition: td, count } = request;
  const strategyGiven = (request.capacityProviderStrategy?.length ?? 0) > 0;
  if (request.launchType && strategyGiven)
    throw invalidParameter(
      'Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.',
    );
  let strategy = request.capacityProviderStrategy ?? [];
  let launchType = request.launchType;
  if (!launchType && !strategyGiven) {
    strategy = cluster.defaultCapacityProviderStrategy ?? [];
    if (strategy.length === 0) launchType = 'EC2';
  }
  if (!launchType) {
    const problem = capacityProviderStrategyError(strategy, cluster.capacityProviders ?? []);
    if (problem) throw invalidParameter(problem);
    if (!strategy.every((item) => isFargateCapacityProvider(item.capacityProvider ?? ''))) {
      // Auto Scaling group providers: EC2 tasks, placed on the providers' own instances.
      checkCompatibility(td, 'EC2');
      if (request.platformVersion !== undefined)
        throw invalidParameter('The platform version must be null when specifying an Auto Scaling group capacity provider.');
      return distribute(strategy, count).map((name) => ({ launchType: 'EC2', capacityProviderName: name }));
    }
    checkCompatibility(td, 'FARGATE');
    const platform = fargatePlatform(td, request.platformVersion);
    return distribute(strategy, count).map((name) => ({ launchType: 'FARGATE', capacityProviderName: name, ...platform }));
  }
  checkCompatibility(td, launchType);
  if (launchType === 'FARGATE') {
    const platform = fargatePlatform(td, request.platformVersion);
    return Array.from({ length: count }, () => ({ launchType: 'FARGATE', ...platform }));
  }
  if (request.platformVersion !== undefined)
    throw invalidParameter(`The platform version must be null when specifying an ${launchType} launch type.`);
  return Array.from({ length: count }, () => ({ launchType: launchType as LaunchType }));
}
