// ListServices: ACTIVE services of a cluster in name order (DRAINING and INACTIVE are not listed), filtered by
// launch type, scheduling strategy and resourceManagementType (ECS for Express gateway services, which ECS
// manages; CUSTOMER for the others).
import type { ListServicesRequest, ListServicesResponse } from '@aws-sdk/client-ecs';
import { LIST_MAX_RESULTS, LIST_SERVICES_DEFAULT_PAGE } from '../../../../ecs-rules/limits';
import { operation } from '../../../core/aws-service';
import { activeCluster } from '../../clusters/model';
import { pageAfter } from '../../common/pagination';
import { type ServiceState, serviceArn } from '../model';

export const listServices = operation<ListServicesRequest, ListServicesResponse>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster);
  const name = cluster.clusterName;
  const prefix = `${name}/`;
  const filter = {
    parent: name,
    status: 'ACTIVE',
    key: input.schedulingStrategy,
    // Services on a capacity provider strategy have no launch type (ECS does not list them under one either).
    ref: input.launchType,
  };
  const managedBy = input.resourceManagementType;
  const fetch = (after: string | undefined, limit: number): string[] => {
    const from = after === undefined ? undefined : `${prefix}${after}`;
    if (!managedBy) return ctx.store.ids(ctx.region, 'service', { ...filter, after: from, limit });
    // Who manages a service is in its body: read a batch at a time until the page is full.
    const out: string[] = [];
    let cursor = from;
    for (;;) {
      const batch = ctx.store.list<ServiceState>(ctx.region, 'service', { ...filter, after: cursor, limit: 200 });
      for (const s of batch) if ((s.resourceManagementType ?? 'CUSTOMER') === managedBy) out.push(`${prefix}${s.serviceName}`);
      if (out.length >= limit || batch.length < 200) return out.slice(0, limit);
      cursor = `${prefix}${batch[batch.length - 1].serviceName}`;
    }
  };
  const { page, nextToken } = pageAfter(
    input,
    { defaultPage: LIST_SERVICES_DEFAULT_PAGE, maxPage: LIST_MAX_RESULTS },
    fetch,
    (id) => id.slice(prefix.length),
  );
  return { serviceArns: page.map((id) => serviceArn(ctx, name, id.slice(prefix.length))), nextToken };
});
