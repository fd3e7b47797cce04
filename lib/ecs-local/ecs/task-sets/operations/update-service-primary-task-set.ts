// UpdateServicePrimaryTaskSet: the task set becomes PRIMARY (the previous primary turns ACTIVE) and the
// service shows its task definition and launch settings, as ECS shows a service's primary task set.
import type { UpdateServicePrimaryTaskSetRequest, UpdateServicePrimaryTaskSetResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { invalidParameter } from '../../common/errors';
import { saveService } from '../../services/model';
import { requireTaskSet, taskSetScope } from '../../services/task-set-service';
import { saveTaskSet, serviceTaskSets, taskSetView } from '../model';

export const updateServicePrimaryTaskSet = operation<
  UpdateServicePrimaryTaskSetRequest,
  Wire<UpdateServicePrimaryTaskSetResponse>
>((ctx, input) => {
  const scope = taskSetScope(ctx, input, 'manage');
  const { cluster, service } = scope;
  const set = requireTaskSet(ctx, scope, input.primaryTaskSet ?? '');
  if (set.status === 'DRAINING') throw invalidParameter(`The task set ${set.id} is being deleted and cannot become primary.`);
  for (const other of serviceTaskSets(ctx, cluster.clusterName, service.serviceName))
    if (other.status === 'PRIMARY' && other.id !== set.id) {
      other.status = 'ACTIVE';
      saveTaskSet(ctx, cluster.clusterName, service.serviceName, other);
    }
  set.status = 'PRIMARY';
  saveTaskSet(ctx, cluster.clusterName, service.serviceName, set);
  service.taskDefinition = set.taskDefinition;
  service.launchType = set.launchType;
  service.capacityProviderStrategy = set.capacityProviderStrategy;
  service.platformVersion = set.platformVersion;
  service.platformFamily = set.platformFamily;
  service.networkConfiguration = set.networkConfiguration;
  service.loadBalancers = set.loadBalancers;
  service.serviceRegistries = set.serviceRegistries;
  saveService(ctx, service, ctx.now);
  return { taskSet: taskSetView(set, true) };
});
