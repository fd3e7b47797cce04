// UpdateCluster. Differs from ECS: the Service Connect namespace is stored as given (no Cloud Map lookup);
// an empty namespace removes it.
import type { UpdateClusterRequest, UpdateClusterResponse } from '@aws-sdk/client-ecs';
import type { Wire } from '../context';
import { activeCluster } from '../docs';
import { mergeClusterSettings, mergeConfiguration, saveCluster } from './cluster-shared';
import { clusterView, MUTATION_INCLUDE } from './cluster-view';
import { operation } from './registry';

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
