// UpdateClusterSettings: changes containerInsights; other settings are kept.
import type { UpdateClusterSettingsRequest, UpdateClusterSettingsResponse } from '@aws-sdk/client-ecs';
import type { Wire } from '../context';
import { activeCluster } from '../docs';
import { mergeClusterSettings, saveCluster } from './cluster-shared';
import { clusterView, MUTATION_INCLUDE } from './cluster-view';
import { operation } from './registry';

export const updateClusterSettings = operation<UpdateClusterSettingsRequest, Wire<UpdateClusterSettingsResponse>>(
  (ctx, input) => {
    const doc = activeCluster(ctx, input.cluster);
    doc.settings = mergeClusterSettings(doc.settings ?? [], input.settings ?? []);
    saveCluster(ctx, doc);
    return { cluster: clusterView(ctx, doc, MUTATION_INCLUDE) };
  },
);
