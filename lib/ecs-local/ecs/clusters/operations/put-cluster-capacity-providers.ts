// PutClusterCapacityProviders: replaces the cluster's providers and default strategy. Newly associated Auto
// Scaling group providers start launching their instances into the cluster; removed ones stop being scaled
// (their instances stay registered, as an Auto Scaling group outlives its provider). Differs from ECS: the
// attachments are UPDATE_COMPLETE at once (ECS passes through UPDATE_IN_PROGRESS).
import type { PutClusterCapacityProvidersRequest, PutClusterCapacityProvidersResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { OpContext } from '../../../core/context';
import type { Wire } from '../../../protocol/serialize';
import { EcsError } from '../../common/errors';
import type { ServiceDoc } from '../../services/model';
import type { TaskDoc } from '../../tasks/model';
import { associateCapacityProviders, checkCapacityProviders, checkStrategy } from '../cluster-input';
import { activeCluster, saveCluster } from '../model';
import { clusterView, MUTATION_INCLUDE, PENDING_TASK_STATUSES } from '../view';

/** Providers that live services or tasks of the cluster still use. */
function providersInUse(ctx: OpContext, cluster: string): Set<string> {
  const used = new Set<string>();
  const services = ctx.store.list<ServiceDoc>(ctx.region, 'service', { parent: cluster, status: ['ACTIVE', 'DRAINING'] });
  for (const service of services)
    for (const item of service.capacityProviderStrategy ?? []) if (item.capacityProvider) used.add(item.capacityProvider);
  const tasks = ctx.store.list<TaskDoc>(ctx.region, 'task', { parent: cluster, status: ['RUNNING', ...PENDING_TASK_STATUSES] });
  for (const task of tasks) if (task.capacityProviderName) used.add(task.capacityProviderName);
  return used;
}

export const putClusterCapacityProviders = operation<
  PutClusterCapacityProvidersRequest,
  Wire<PutClusterCapacityProvidersResponse>
>((ctx, input) => {
  const doc = activeCluster(ctx, input.cluster);
  const providers = checkCapacityProviders(ctx, doc.clusterName, input.capacityProviders ?? []);
  const strategy = input.defaultCapacityProviderStrategy ?? [];
  checkStrategy(strategy, providers);
  const removed = (doc.capacityProviders ?? []).filter((name) => !providers.includes(name));
  const inUse = providersInUse(ctx, doc.clusterName);
  const busy = removed.find((name) => inUse.has(name));
  if (busy)
    throw new EcsError(
      'ResourceInUseException',
      `The specified capacity provider ${busy} is in use and cannot be removed. Update or delete the services and stop the tasks that use it first.`,
    );
  associateCapacityProviders(ctx, doc.clusterName, doc.capacityProviders ?? [], providers);
  doc.capacityProviders = providers;
  doc.defaultCapacityProviderStrategy = strategy.map((item) => ({ ...item, weight: item.weight ?? 0, base: item.base ?? 0 }));
  saveCluster(ctx, doc);
  return { cluster: clusterView(ctx, doc, [...MUTATION_INCLUDE, 'ATTACHMENTS']) };
});
