// A service as the API returns it: counts recomputed from the task index at read time (so they always
// agree with DescribeTasks), tags only when asked for, private bookkeeping dropped by the serializer.
import type { Service } from '@aws-sdk/client-ecs';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { invalidParameter, serviceNotFound } from '../common/errors';
import { serviceTaskSets, taskSetView } from '../task-sets/model';
import { clusterOf, loadService, type ServiceState, serviceNameFrom, usesTaskSets } from './model';
import { applyIndexedCounts } from './service-tasks';

export function serviceView(ctx: OpContext, service: ServiceState, includeTags = true): Wire<Service> {
  return serviceViews(ctx, clusterOf(service), [service], includeTags)[0];
}

/** Views of several services of one cluster, counted together in one index query. */
export function serviceViews(
  ctx: OpContext,
  cluster: string,
  services: readonly ServiceState[],
  includeTags = true,
): Wire<Service>[] {
  // Only the counts change: shallow copies (deployments copied one level) leave the callers' documents intact.
  // Services with task sets show them (their counts from the same index query).
  const copies = services.map(
    (s): ServiceState => ({
      ...s,
      deployments: s.deployments.map((d) => ({ ...d })),
      taskSets: usesTaskSets(s) ? serviceTaskSets(ctx, cluster, s.serviceName).map((t) => taskSetView(t, false)) : undefined,
    }),
  );
  applyIndexedCounts(ctx, cluster, copies);
  if (!includeTags) for (const copy of copies) delete (copy as Partial<ServiceState>).tags;
  return copies;
}

/** The service a mutation acts on, by name or ARN, or ServiceNotFoundException. */
export function findService(ctx: OpContext, cluster: string, identifier: string): ServiceState {
  if (!identifier) throw invalidParameter('service is required.');
  const service = loadService(ctx, cluster, serviceNameFrom(ctx, identifier));
  if (!service) throw serviceNotFound();
  return service;
}
