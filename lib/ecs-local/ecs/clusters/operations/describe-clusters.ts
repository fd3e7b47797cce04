// DescribeClusters. INACTIVE (deleted) clusters are still described, as in ECS.
import type { DescribeClustersRequest, DescribeClustersResponse, Failure } from '@aws-sdk/client-ecs';
import { DESCRIBE_CLUSTERS_MAX } from '../../../../ecs-rules';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { arn, parseArn } from '../../common/arns';
import { invalidParameter } from '../../common/errors';
import { type ClusterDoc, clusterName } from '../model';
import { clusterView } from '../view';

export const describeClusters = operation<DescribeClustersRequest, Wire<DescribeClustersResponse>>((ctx, input) => {
  const identifiers = input.clusters?.length ? input.clusters : ['default'];
  if (identifiers.length > DESCRIBE_CLUSTERS_MAX)
    throw invalidParameter(`At most ${DESCRIBE_CLUSTERS_MAX} clusters can be described at once; got ${identifiers.length}.`);
  const include = input.include ?? [];
  const clusters: Wire<DescribeClustersResponse>['clusters'] = [];
  const failures: Failure[] = [];
  for (const identifier of identifiers) {
    const name = clusterName(ctx, identifier);
    const doc = ctx.store.get<ClusterDoc>(ctx.region, 'cluster', name);
    if (doc) clusters.push(clusterView(ctx, doc, include));
    else failures.push({ arn: parseArn(identifier) ? identifier : arn(ctx, `cluster/${name}`), reason: 'MISSING' });
  }
  return { clusters, failures };
});
