// DescribeClusters. INACTIVE (deleted) clusters are still described, as in ECS.
import type { DescribeClustersRequest, DescribeClustersResponse, Failure } from '@aws-sdk/client-ecs';
import { DESCRIBE_CLUSTERS_MAX } from '../../ecs-rules';
import { arn, parseArn, type Wire } from '../context';
import { type ClusterDoc, clusterName } from '../docs';
import { invalidParameter } from '../errors';
import { clusterView } from './cluster-view';
import { operation } from './registry';

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
