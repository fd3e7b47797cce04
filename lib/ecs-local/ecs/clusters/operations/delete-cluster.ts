// DeleteCluster: refuses while services, tasks, container instances or Auto Scaling group capacity providers
// remain, then marks the cluster INACTIVE.
import type { DeleteClusterRequest, DeleteClusterResponse } from '@aws-sdk/client-ecs';
import { isFargateCapacityProvider } from '../../../../ecs-rules/capacity-providers';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { EcsError } from '../../common/errors';
import { activeCluster, saveCluster } from '../model';
import { clusterView, INSTANCE_REGISTERED_STATUSES, MUTATION_INCLUDE } from '../view';

export const deleteCluster = operation<DeleteClusterRequest, Wire<DeleteClusterResponse>>((ctx, input) => {
  const doc = activeCluster(ctx, input.cluster);
  const parent = doc.clusterName;
  const services = ctx.store.countByStatus(ctx.region, 'service', { parent, status: ['ACTIVE', 'DRAINING'] });
  if (Object.keys(services).length > 0)
    throw new EcsError('ClusterContainsServicesException', 'The Cluster cannot be deleted while Services are active.');
  const tasks = ctx.store.countByStatus(ctx.region, 'task', { parent });
  if (Object.keys(tasks).some((status) => status !== 'STOPPED' && status !== 'DELETED'))
    throw new EcsError('ClusterContainsTasksException', 'The Cluster cannot be deleted while Tasks are active.');
  const instances = ctx.store.countByStatus(ctx.region, 'instance', { parent, status: INSTANCE_REGISTERED_STATUSES });
  if (Object.keys(instances).length > 0)
    throw new EcsError(
      'ClusterContainsContainerInstancesException',
      'The Cluster cannot be deleted while Container Instances are active or draining.',
    );
  const ownProviders = (doc.capacityProviders ?? []).filter((name) => !isFargateCapacityProvider(name));
  if (ownProviders.length > 0)
    throw new EcsError(
      'ClusterContainsCapacityProviderException',
      `The Cluster cannot be deleted while capacity providers are associated with it (${ownProviders.join(', ')}). Remove them with PutClusterCapacityProviders first.`,
    );
  doc.status = 'INACTIVE';
  saveCluster(ctx, doc);
  return { cluster: clusterView(ctx, doc, MUTATION_INCLUDE) };
});
