// ECS/ContainerInsights counts for clusters whose `containerInsights` setting is `enabled` or `enhanced`:
// RunningTaskCount, PendingTaskCount, DesiredTaskCount and DeploymentCount per ClusterName + ServiceName, and
// TaskCount, ServiceCount and ContainerInstanceCount per ClusterName. Differs from ECS: the utilization
// figures Container Insights also publishes (CpuUtilized, MemoryUtilized, network, storage) are not produced.
import type { OpContext } from '../../../core/context';
import { addSamples, sampleOf } from '../../../metrics/datapoints';
import type { ClusterDoc } from '../../clusters/model';
import { clusterOfTask, type TaskRecord } from '../../tasks/model';
import type { ServiceState } from '../model';

const NAMESPACE = 'ECS/ContainerInsights';

/** Publishes the counts for `minute`; returns how many clusters have Container Insights on. */
export function publishContainerInsights(ctx: OpContext, minute: number, running: readonly TaskRecord[]): number {
  const clusters = ctx.store
    .list<ClusterDoc>(ctx.region, 'cluster', { status: 'ACTIVE' })
    .filter((c) => c.settings?.some((s) => s.name === 'containerInsights' && (s.value === 'enabled' || s.value === 'enhanced')));
  const count = (cluster: string, metric: string, value: number, service?: string) =>
    addSamples(
      ctx,
      {
        namespace: NAMESPACE,
        metric,
        dimensions: [{ Name: 'ClusterName', Value: cluster }, ...(service ? [{ Name: 'ServiceName', Value: service }] : [])],
      },
      minute,
      'Count',
      sampleOf(value),
    );
  for (const cluster of clusters) {
    const name = cluster.clusterName;
    const services = ctx.store.list<ServiceState>(ctx.region, 'service', { parent: name, status: 'ACTIVE' });
    for (const s of services) {
      const sum = (pick: (d: ServiceState['deployments'][number]) => number) => s.deployments.reduce((n, d) => n + pick(d), 0);
      count(
        name,
        'RunningTaskCount',
        sum((d) => d.runningCount),
        s.serviceName,
      );
      count(
        name,
        'PendingTaskCount',
        sum((d) => d.pendingCount),
        s.serviceName,
      );
      count(name, 'DesiredTaskCount', s.desiredCount, s.serviceName);
      count(name, 'DeploymentCount', s.deployments.length, s.serviceName);
    }
    count(name, 'TaskCount', running.filter((t) => clusterOfTask(t) === name).length);
    count(name, 'ServiceCount', services.length);
    count(name, 'ContainerInstanceCount', ctx.store.countByStatus(ctx.region, 'instance', { parent: name }).ACTIVE ?? 0);
  }
  return clusters.length;
}
