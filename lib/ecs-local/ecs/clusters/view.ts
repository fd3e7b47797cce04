// A cluster document as the API returns it. Counts are computed from the task, service and instance documents
// on every read (never stored), so they always agree with what DescribeTasks / ListServices show.
import type { Cluster, ClusterField, KeyValuePair } from '@aws-sdk/client-ecs';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import type { ClusterDoc } from './model';

export const PENDING_TASK_STATUSES = ['PROVISIONING', 'PENDING', 'ACTIVATING'] as const;
export const INSTANCE_REGISTERED_STATUSES = ['ACTIVE', 'DRAINING'] as const;

/** What a mutation (Create/Update/Put…) echoes back: everything but statistics and attachments. */
export const MUTATION_INCLUDE: readonly ClusterField[] = ['SETTINGS', 'TAGS', 'CONFIGURATIONS'];

function sum(counts: Record<string, number>, statuses: readonly string[]): number {
  return statuses.reduce((total, status) => total + (counts[status] ?? 0), 0);
}

/** The four counts every cluster carries. */
export function clusterCounts(ctx: OpContext, name: string) {
  const tasks = ctx.store.countByStatus(ctx.region, 'task', { parent: name });
  const services = ctx.store.countByStatus(ctx.region, 'service', { parent: name, status: 'ACTIVE' });
  const instances = ctx.store.countByStatus(ctx.region, 'instance', { parent: name, status: INSTANCE_REGISTERED_STATUSES });
  return {
    registeredContainerInstancesCount: sum(instances, INSTANCE_REGISTERED_STATUSES),
    runningTasksCount: tasks.RUNNING ?? 0,
    pendingTasksCount: sum(tasks, PENDING_TASK_STATUSES),
    activeServicesCount: services.ACTIVE ?? 0,
  };
}

type LaunchKind = 'EC2' | 'Fargate' | 'External';

function launchKind(launchType: string | undefined, capacityProviderName?: string): LaunchKind {
  if (launchType === 'EXTERNAL') return 'External';
  if (launchType === 'FARGATE' || capacityProviderName?.startsWith('FARGATE')) return 'Fargate';
  if (launchType === undefined && capacityProviderName === undefined) return 'Fargate';
  return 'EC2';
}

/** What cluster statistics read of the service documents (written by services/); of tasks, two fields in SQL. */
type ServiceLaunch = { status: string; launchType?: string; capacityProviderStrategy?: { capacityProvider?: string }[] };

function serviceLaunchKind(service: ServiceLaunch): LaunchKind {
  const provider = service.capacityProviderStrategy?.[0]?.capacityProvider;
  return launchKind(service.launchType, provider);
}

/**
 * The per-launch-type statistics of DescribeClusters include=STATISTICS: live tasks counted by status and launch
 * type in SQL (a busy cluster has thousands; parsing each body cost more than the rest of the call), services read.
 */
export function clusterStatistics(ctx: OpContext, name: string): KeyValuePair[] {
  const counts = new Map<string, number>();
  const add = (key: string, n = 1) => counts.set(key, (counts.get(key) ?? 0) + n);
  const liveTasks = ctx.store.countByFields(ctx.region, 'task', { parent: name, status: ['RUNNING', ...PENDING_TASK_STATUSES] }, [
    '$.launchType',
    '$.capacityProviderName',
  ]);
  for (const { status, values, n } of liveTasks) {
    const kind = launchKind(values[0] ?? undefined, values[1] ?? undefined);
    add(status === 'RUNNING' ? `running${kind}TasksCount` : `pending${kind}TasksCount`, n);
  }
  const services = ctx.store.list<ServiceLaunch>(ctx.region, 'service', { parent: name, status: ['ACTIVE', 'DRAINING'] });
  for (const service of services) {
    const kind = serviceLaunchKind(service);
    add(service.status === 'ACTIVE' ? `active${kind}ServiceCount` : `draining${kind}ServiceCount`);
  }
  const metrics = ['running%TasksCount', 'pending%TasksCount', 'active%ServiceCount', 'draining%ServiceCount'];
  const keys = metrics.flatMap((metric) => ['EC2', 'Fargate'].map((kind) => metric.replace('%', kind)));
  // ECS Anywhere counts only appear once there is something to count.
  for (const metric of metrics) if (counts.has(metric.replace('%', 'External'))) keys.push(metric.replace('%', 'External'));
  return keys.map((key) => ({ name: key, value: String(counts.get(key) ?? 0) }));
}

/**
 * The API Cluster for a document. Like ECS, `statistics`, `tags` and `settings` are empty arrays unless
 * requested; `configuration` and `attachments` are omitted unless requested.
 */
export function clusterView(ctx: OpContext, doc: ClusterDoc, include: readonly ClusterField[] = []): Wire<Cluster> {
  const wants = (field: ClusterField) => include.includes(field);
  const view: Wire<Cluster> = {
    clusterArn: doc.clusterArn,
    clusterName: doc.clusterName,
    status: doc.status,
    ...clusterCounts(ctx, doc.clusterName),
    statistics: wants('STATISTICS') ? clusterStatistics(ctx, doc.clusterName) : [],
    tags: wants('TAGS') ? (doc.tags ?? []) : [],
    settings: wants('SETTINGS') ? (doc.settings ?? []) : [],
    capacityProviders: doc.capacityProviders ?? [],
    defaultCapacityProviderStrategy: doc.defaultCapacityProviderStrategy ?? [],
    serviceConnectDefaults: doc.serviceConnectDefaults,
  };
  if (wants('CONFIGURATIONS')) view.configuration = doc.configuration;
  if (wants('ATTACHMENTS')) {
    view.attachments = doc.attachments ?? [];
    if ((doc.capacityProviders ?? []).length > 0) view.attachmentsStatus = doc.attachmentsStatus ?? 'UPDATE_COMPLETE';
  }
  return view;
}
