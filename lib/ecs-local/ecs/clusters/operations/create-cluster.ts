// CreateCluster. Auto Scaling group capacity providers named here are associated with the cluster (their
// simulated groups launch instances into it). Differs from ECS: a Service Connect namespace is echoed as
// given (no Cloud Map namespace is created or resolved to an ARN).
import type { CreateClusterRequest, CreateClusterResponse } from '@aws-sdk/client-ecs';
import { resourceNameError, tagsError } from '../../../../ecs-rules';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { effectiveSetting } from '../../account-settings/model';
import { arn } from '../../common/arns';
import { invalidParameter } from '../../common/errors';
import { associateCapacityProviders, checkCapacityProviders, checkStrategy, mergeClusterSettings } from '../cluster-input';
import type { ClusterDoc } from '../model';
import { saveCluster } from '../model';
import { clusterView, MUTATION_INCLUDE } from '../view';

export const createCluster = operation<CreateClusterRequest, Wire<CreateClusterResponse>>((ctx, input) => {
  const name = input.clusterName ?? 'default';
  const nameProblem = resourceNameError('Cluster name', name);
  if (nameProblem) throw invalidParameter(nameProblem);

  // ECS answers a repeated create of an ACTIVE cluster with the existing one, unchanged.
  const existing = ctx.store.get<ClusterDoc>(ctx.region, 'cluster', name);
  if (existing?.status === 'ACTIVE') return { cluster: clusterView(ctx, existing, MUTATION_INCLUDE) };

  const tags = input.tags ?? [];
  const tagProblem = tagsError(tags);
  if (tagProblem) throw invalidParameter(tagProblem);
  const capacityProviders = checkCapacityProviders(ctx, name, input.capacityProviders ?? []);
  const strategy = input.defaultCapacityProviderStrategy ?? [];
  checkStrategy(strategy, capacityProviders);
  const insights = effectiveSetting(ctx, 'containerInsights').value;
  const settings = mergeClusterSettings([{ name: 'containerInsights', value: insights }], input.settings ?? []);

  const doc: ClusterDoc = {
    clusterArn: arn(ctx, `cluster/${name}`),
    clusterName: name,
    status: 'ACTIVE',
    tags,
    settings,
    capacityProviders,
    defaultCapacityProviderStrategy: strategy.map((item) => ({ ...item, weight: item.weight ?? 0, base: item.base ?? 0 })),
    configuration: input.configuration,
    serviceConnectDefaults: input.serviceConnectDefaults?.namespace
      ? { namespace: input.serviceConnectDefaults.namespace }
      : undefined,
  };
  saveCluster(ctx, doc);
  associateCapacityProviders(ctx, name, [], capacityProviders);
  return { cluster: clusterView(ctx, doc, MUTATION_INCLUDE) };
});
