// ListClusters: ACTIVE clusters only, in name order.
import type { ListClustersRequest, ListClustersResponse } from '@aws-sdk/client-ecs';
import { DEFAULT_PAGE_SIZE, LIST_MAX_RESULTS } from '../../../../ecs-rules';
import { operation } from '../../../core/aws-service';
import { arn } from '../../common/arns';
import { pageAfter } from '../../common/pagination';

export const listClusters = operation<ListClustersRequest, ListClustersResponse>((ctx, input) => {
  const { page, nextToken } = pageAfter(
    input,
    { defaultPage: DEFAULT_PAGE_SIZE, maxPage: LIST_MAX_RESULTS },
    (after, limit) => ctx.store.ids(ctx.region, 'cluster', { status: 'ACTIVE', after, limit }),
    (id) => id,
  );
  return { clusterArns: page.map((name) => arn(ctx, `cluster/${name}`)), nextToken };
});
