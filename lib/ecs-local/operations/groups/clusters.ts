import { createCluster } from '../create-cluster';
import { deleteCluster } from '../delete-cluster';
import { describeClusters } from '../describe-clusters';
import { listClusters } from '../list-clusters';
import { putClusterCapacityProviders } from '../put-cluster-capacity-providers';
import type { Handler } from '../registry';
import { updateCluster } from '../update-cluster';
import { updateClusterSettings } from '../update-cluster-settings';

export const clustersOperations: Record<string, Handler> = {
  CreateCluster: createCluster,
  DescribeClusters: describeClusters,
  ListClusters: listClusters,
  UpdateCluster: updateCluster,
  UpdateClusterSettings: updateClusterSettings,
  PutClusterCapacityProviders: putClusterCapacityProviders,
  DeleteCluster: deleteCluster,
};
