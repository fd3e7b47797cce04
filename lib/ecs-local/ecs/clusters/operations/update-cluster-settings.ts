// UpdateClusterSettings: changes containerInsights; other settings are kept.
import type { UpdateClusterSettingsRequest, UpdateClusterSettingsResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { mergeClusterSettings } from '../cluster-input';
import { activeCluster, saveCluster } from '../model';
import { clusterView, MUTATION_INCLUDE } from '../view';

export const updateClusterSettings = operation<UpdateClusterSettingsRequest, Wire<UpdateClusterSettingsResponse>>(
  (ctx, input) => {
    const doc = activeCluster(ctx, input.cluster);
    doc.settings = mergeClusterSettings(doc.settings ?? [], input.settings ?? []);
    saveCluster(ctx, doc);
    return { cluster: clusterView(ctx, doc, MUTATION_INCLUDE) };
  },
);
