// A service as the API returns it: counts recomputed from the task documents at read time (so they always
// agree with DescribeTasks), tags only when asked for, private bookkeeping dropped by the serializer.
import type { Service } from '@aws-sdk/client-ecs';
import type { OpContext, Wire } from '../context';
import { invalidParameter, serviceNotFound } from '../errors';
import { loadService, type ServiceState, serviceNameFrom } from './model';
import { activeServiceTasks, applyCounts } from './service-tasks';

export function serviceView(ctx: OpContext, service: ServiceState, includeTags = true): Wire<Service> {
  const copy: ServiceState = structuredClone(service);
  applyCounts(copy, activeServiceTasks(ctx, copy));
  if (!includeTags) delete (copy as Partial<ServiceState>).tags;
  return copy;
}

/** The service a mutation acts on, by name or ARN, or ServiceNotFoundException. */
export function findService(ctx: OpContext, cluster: string, identifier: string): ServiceState {
  if (!identifier) throw invalidParameter('service is required.');
  const service = loadService(ctx, cluster, serviceNameFrom(identifier));
  if (!service) throw serviceNotFound();
  return service;
}
