// ListServices: ACTIVE services of a cluster in name order (DRAINING and INACTIVE are not listed), filtered by
// launch type and scheduling strategy. resourceManagementType is accepted; every service here is CUSTOMER.
import type { ListServicesRequest, ListServicesResponse } from '@aws-sdk/client-ecs';
import { LIST_MAX_RESULTS, LIST_SERVICES_DEFAULT_PAGE } from '../../../../ecs-rules/limits';
import { operation } from '../../../core/aws-service';
import { activeCluster } from '../../clusters/model';
import { pageAfter } from '../../common/pagination';
import { serviceArn } from '../model';

export const listServices = operation<ListServicesRequest, ListServicesResponse>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster);
  const name = cluster.clusterName;
  const prefix = `${name}/`;
  if (input.resourceManagementType === 'ECS') return { serviceArns: [] };
  const { page, nextToken } = pageAfter(
    input,
    { defaultPage: LIST_SERVICES_DEFAULT_PAGE, maxPage: LIST_MAX_RESULTS },
    (after, limit) =>
      ctx.store.ids(ctx.region, 'service', {
        parent: name,
        status: 'ACTIVE',
        key: input.schedulingStrategy,
        // Services on a capacity provider strategy have no launch type (ECS does not list them under one either).
        ref: input.launchType,
        after: after === undefined ? undefined : `${prefix}${after}`,
        limit,
      }),
    (id) => id.slice(prefix.length),
  );
  return { serviceArns: page.map((id) => serviceArn(ctx, name, id.slice(prefix.length))), nextToken };
});
