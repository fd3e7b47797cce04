// UpdateCluster. Differs from ECS: the Service Connect namespace is stored as given (no Cloud Map lookup);
// an empty namespace removes it.
import type { UpdateClusterRequest, UpdateClusterResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { mergeClusterSettings, mergeConfiguration } from '../cluster-input';
import { activeCluster, saveCluster } from '../model';
import { clusterView, MUTATION_INCLUDE } from '../view';

export const updateCluster = operation<UpdateClusterRequest, Wire<UpdateClusterResponse>>((ctx, input) => {
  const doc = activeCluster(ctx, input.cluster);
  if (input.settings) doc.settings = mergeClusterSettings(doc.settings ?? [], input.settings);
  doc.configuration = mergeConfiguration(doc.configuration, input.configuration);
  if (input.serviceConnectDefaults)
    doc.serviceConnectDefaults = input.serviceConnectDefaults.namespace
      ? { namespace: input.serviceConnectDefaults.namespace }
      : undefined;
  saveCluster(ctx, doc);
  return { cluster: clusterView(ctx, doc, MUTATION_INCLUDE) };
});
