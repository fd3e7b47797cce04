// Cluster reads for the console: every page of ListClusters, DescribeClusters in parallel batches of 100.
import 'server-only';
import {
  type ClusterField,
  DescribeClustersCommand,
  DescribeContainerInstancesCommand,
  ListClustersCommand,
  ListContainerInstancesCommand,
} from '@aws-sdk/client-ecs';
import { cache } from 'react';
import { resourceName } from '../arn';
import { DESCRIBE_CLUSTERS_MAX, DESCRIBE_CONTAINER_INSTANCES_MAX, LIST_MAX_RESULTS } from '../ecs-rules';
import { AGENT_ATTRIBUTE } from '../ecs-rules/agent';
import { describeInBatches, listAll, listAndDescribe } from './batch';
import { ecsClient } from './client';
import { type ClusterDetail, type ClusterRow, toClusterDetail, toClusterRow } from './cluster-view';

export type { ClusterDetail, ClusterRow } from './cluster-view';

/** Only what the list shows: counts come without `include`; SETTINGS gives the CloudWatch monitoring column. */
const LIST_INCLUDE: ClusterField[] = ['SETTINGS'];
const DETAIL_INCLUDE: ClusterField[] = ['SETTINGS', 'STATISTICS', 'TAGS', 'CONFIGURATIONS', 'ATTACHMENTS'];

/** ceil(n/100) ListClusters + ceil(n/100) DescribeClusters; each batch is described while the listing continues. */
export async function listClusters(): Promise<ClusterRow[]> {
  const ecs = await ecsClient();
  const clusters = await listAndDescribe(
    async (nextToken) => {
      const page = await ecs.send(new ListClustersCommand({ nextToken, maxResults: LIST_MAX_RESULTS }));
      return { items: page.clusterArns, nextToken: page.nextToken };
    },
    DESCRIBE_CLUSTERS_MAX,
    async (batch) => (await ecs.send(new DescribeClustersCommand({ clusters: batch, include: LIST_INCLUDE }))).clusters ?? [],
  );
  return clusters
    .filter((c) => c.status !== 'INACTIVE')
    .map(toClusterRow)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** One cluster with everything its page shows; undefined when it does not exist or was deleted. Cached per request. */
export const getCluster = cache(async (name: string): Promise<ClusterDetail | undefined> => {
  const ecs = await ecsClient();
  const out = await ecs.send(new DescribeClustersCommand({ clusters: [name], include: DETAIL_INCLUDE }));
  const cluster = out.clusters?.[0];
  if (!cluster || cluster.status === 'INACTIVE') return undefined;
  return toClusterDetail(cluster);
});

export interface ContainerInstanceRow {
  id: string;
  arn: string;
  ec2InstanceId: string;
  status: string;
  agentConnected: boolean;
  runningTasks: number;
  pendingTasks: number;
  capacityProvider?: string;
  cpuRegistered?: number;
  memoryRegistered?: number;
  cpuAvailable?: number;
  memoryAvailable?: number;
  /** The runtime of the ecs-local agent that runs the instance (docker, simulated); undefined without an agent. */
  agentRuntime?: string;
  agentVersion?: string;
}

export async function listContainerInstances(cluster: string): Promise<ContainerInstanceRow[]> {
  const ecs = await ecsClient();
  const arns = await listAll(async (nextToken) => {
    const page = await ecs.send(new ListContainerInstancesCommand({ cluster, nextToken, maxResults: LIST_MAX_RESULTS }));
    return { items: page.containerInstanceArns, nextToken: page.nextToken };
  });
  const instances = await describeInBatches(arns, DESCRIBE_CONTAINER_INSTANCES_MAX, async (batch) => {
    const out = await ecs.send(new DescribeContainerInstancesCommand({ cluster, containerInstances: batch }));
    return out.containerInstances ?? [];
  });
  const remaining = (list: (typeof instances)[number]['remainingResources'], name: string) =>
    list?.find((r) => r.name === name)?.integerValue;
  return instances.map((ci) => ({
    id: resourceName(ci.containerInstanceArn) ?? '',
    arn: ci.containerInstanceArn ?? '',
    ec2InstanceId: ci.ec2InstanceId ?? '-',
    status: ci.status ?? 'UNKNOWN',
    agentConnected: ci.agentConnected ?? false,
    runningTasks: ci.runningTasksCount ?? 0,
    pendingTasks: ci.pendingTasksCount ?? 0,
    capacityProvider: ci.capacityProviderName,
    cpuRegistered: remaining(ci.registeredResources, 'CPU'),
    memoryRegistered: remaining(ci.registeredResources, 'MEMORY'),
    cpuAvailable: remaining(ci.remainingResources, 'CPU'),
    memoryAvailable: remaining(ci.remainingResources, 'MEMORY'),
    agentRuntime: ci.attributes?.find((a) => a.name === AGENT_ATTRIBUTE)?.value,
    agentVersion: ci.versionInfo?.agentVersion,
  }));
}
