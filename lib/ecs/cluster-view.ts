// Cluster view models: what the clusters pages show, reshaped once from the SDK's Cluster object.
import type { Cluster } from '@aws-sdk/client-ecs';

export type ContainerInsights = 'enabled' | 'enhanced' | 'disabled';

export interface StrategyItemView {
  capacityProvider: string;
  base: number;
  weight: number;
}

/** A row of the clusters list. */
export interface ClusterRow {
  name: string;
  status: string;
  activeServices: number;
  runningTasks: number;
  pendingTasks: number;
  containerInstances: number;
  containerInsights: ContainerInsights;
  /** Provider names of the default capacity provider strategy (the list shows names only; rows stay small at 1,000). */
  strategy: string[];
}

export interface TagView {
  key: string;
  value: string;
}

/** The cluster page: overview, Infrastructure, Configuration and Tags tabs. */
export interface ClusterDetail extends ClusterRow {
  arn: string;
  defaultStrategy: StrategyItemView[];
  drainingServices: number;
  capacityProviders: string[];
  tags: TagView[];
  serviceConnectNamespace?: string;
  executeCommandLogging?: string;
  attachmentsStatus?: string;
}

/** The console's words for the containerInsights setting ("CloudWatch monitoring" column). */
export function monitoringLabel(value: ContainerInsights): string {
  if (value === 'enhanced') return 'Container Insights with enhanced observability';
  if (value === 'enabled') return 'Container Insights';
  return 'Default';
}

function insights(cluster: Cluster): ContainerInsights {
  const value = cluster.settings?.find((s) => s.name === 'containerInsights')?.value;
  return value === 'enabled' || value === 'enhanced' ? value : 'disabled';
}

function statistic(cluster: Cluster, name: string): number {
  return Number(cluster.statistics?.find((s) => s.name === name)?.value ?? 0);
}

export function toClusterRow(cluster: Cluster): ClusterRow {
  return {
    name: cluster.clusterName ?? '',
    status: cluster.status ?? 'UNKNOWN',
    activeServices: cluster.activeServicesCount ?? 0,
    runningTasks: cluster.runningTasksCount ?? 0,
    pendingTasks: cluster.pendingTasksCount ?? 0,
    containerInstances: cluster.registeredContainerInstancesCount ?? 0,
    containerInsights: insights(cluster),
    strategy: (cluster.defaultCapacityProviderStrategy ?? []).map((s) => s.capacityProvider ?? ''),
  };
}

export function toClusterDetail(cluster: Cluster): ClusterDetail {
  return {
    ...toClusterRow(cluster),
    arn: cluster.clusterArn ?? '',
    defaultStrategy: (cluster.defaultCapacityProviderStrategy ?? []).map((s) => ({
      capacityProvider: s.capacityProvider ?? '',
      base: s.base ?? 0,
      weight: s.weight ?? 0,
    })),
    drainingServices: statistic(cluster, 'drainingEC2ServiceCount') + statistic(cluster, 'drainingFargateServiceCount'),
    capacityProviders: cluster.capacityProviders ?? [],
    tags: (cluster.tags ?? []).map((t) => ({ key: t.key ?? '', value: t.value ?? '' })),
    serviceConnectNamespace: cluster.serviceConnectDefaults?.namespace,
    executeCommandLogging: cluster.configuration?.executeCommandConfiguration?.logging,
    attachmentsStatus: cluster.attachmentsStatus,
  };
}
