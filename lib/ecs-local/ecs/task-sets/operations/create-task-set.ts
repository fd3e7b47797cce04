// CreateTaskSet: a task set of an EXTERNAL service (ACTIVE, scale 100 % unless given). Launch settings not
// given come from the service, then the cluster's default strategy, then EC2, as for a service. Differs from
// ECS: clientToken is accepted and ignored (no idempotency), and load balancers and service registries are
// recorded but nothing is registered.
import type { CreateTaskSetRequest, CreateTaskSetResponse } from '@aws-sdk/client-ecs';
import { tagsError } from '../../../../ecs-rules/names';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { wakeService } from '../../common/documents';
import { clientError, invalidParameter } from '../../common/errors';
import { checkLoadBalancers } from '../../services/load-balancer-input';
import { checkLaunch, checkPlatformVersion, normalizeNetwork, resolveLaunch } from '../../services/service-input';
import { taskSetScope } from '../../services/task-set-service';
import { findTaskDefinition } from '../../task-definitions/model';
import { newTaskSet } from '../build';
import { saveTaskSet, taskSetView } from '../model';
import { checkScale } from '../scale';

export const createTaskSet = operation<CreateTaskSetRequest, Wire<CreateTaskSetResponse>>((ctx, input) => {
  const { cluster, service } = taskSetScope(ctx, input, 'manage');
  const td = findTaskDefinition(ctx, input.taskDefinition ?? '');
  if (td.status !== 'ACTIVE')
    throw clientError(`TaskDefinition is inactive: ${td.family}:${td.revision}. Use an ACTIVE revision.`);
  const ownLaunch = input.launchType !== undefined || (input.capacityProviderStrategy?.length ?? 0) > 0;
  const launch = ownLaunch
    ? resolveLaunch(cluster, input.launchType, input.capacityProviderStrategy)
    : resolveLaunch(cluster, service.launchType, service.capacityProviderStrategy);
  const network = normalizeNetwork(input.networkConfiguration ?? service.networkConfiguration);
  checkLaunch(td, launch, network);
  const platformVersion = checkPlatformVersion(
    launch,
    input.platformVersion ?? (ownLaunch ? undefined : service.platformVersion),
  );
  const loadBalancers = input.loadBalancers ?? [];
  checkLoadBalancers(ctx, td, loadBalancers);
  const tags = input.tags ?? [];
  const tagProblem = tagsError(tags);
  if (tagProblem) throw invalidParameter(tagProblem);
  const set = newTaskSet(ctx, {
    cluster,
    service,
    taskDefinition: td,
    ...launch,
    platformVersion,
    networkConfiguration: network,
    loadBalancers,
    serviceRegistries: input.serviceRegistries,
    scale: checkScale(input.scale),
    externalId: input.externalId,
    tags,
    status: 'ACTIVE',
  });
  saveTaskSet(ctx, cluster.clusterName, service.serviceName, set);
  wakeService(ctx, cluster.clusterName, service.serviceName);
  return { taskSet: taskSetView(set, true) };
});
