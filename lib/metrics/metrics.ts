// The metrics of the service page's Health and metrics tab and of the cluster's Metrics tab: utilization over a
// range and, for a service, its deployments in that range. Missing `cloudwatch:GetMetricData` permission comes back
// as `denied`, for a plain panel instead of an error page.
import 'server-only';
import { ListServiceDeploymentsCommand } from '@aws-sdk/client-ecs';
import { missingPermission } from '../aws/permission';
import { ecsClient } from '../ecs/client';
import { type DeploymentMarker, type MetricsRange, type MetricsResult, rangeInfo } from './metrics-view';
import { utilization } from './utilization';

export type { MetricsRange, MetricsResult } from './metrics-view';

async function deploymentsBetween(cluster: string, service: string, start: number): Promise<DeploymentMarker[]> {
  const ecs = await ecsClient();
  const out = await ecs.send(
    new ListServiceDeploymentsCommand({ cluster, service, createdAt: { after: new Date(start * 1000) }, maxResults: 100 }),
  );
  return (out.serviceDeployments ?? [])
    .filter((d) => d.startedAt ?? d.createdAt)
    .map((d) => ({
      at: ((d.startedAt ?? d.createdAt) as Date).getTime() / 1000,
      label: `Deployment ${d.serviceDeploymentArn?.split('/').pop() ?? ''} (${(d.status ?? '').toLowerCase().replaceAll('_', ' ')})`,
    }))
    .sort((a, b) => a.at - b.at);
}

async function guarded(read: () => Promise<MetricsResult>): Promise<MetricsResult> {
  try {
    return await read();
  } catch (err) {
    const denied = missingPermission(err, 'cloudwatch:GetMetricData');
    if (denied) return { denied };
    throw err;
  }
}

export function serviceMetrics(cluster: string, service: string, range: MetricsRange): Promise<MetricsResult> {
  return guarded(async () => {
    const dims = [
      { Name: 'ClusterName', Value: cluster },
      { Name: 'ServiceName', Value: service },
    ];
    const now = Date.now();
    const start = (Math.ceil(now / 60_000) * 60_000 - rangeInfo(range).ms) / 1000;
    const [data, deployments] = await Promise.all([
      utilization(dims, range, now),
      // Markers are a nicety: without ecs:ListServiceDeployments the charts still show.
      deploymentsBetween(cluster, service, start).catch((err: unknown) => {
        if (missingPermission(err, 'ecs:ListServiceDeployments')) return [];
        throw err;
      }),
    ]);
    return { range, ...data, deployments };
  });
}

export function clusterMetrics(cluster: string, range: MetricsRange): Promise<MetricsResult> {
  return guarded(async () => ({
    range,
    ...(await utilization([{ Name: 'ClusterName', Value: cluster }], range)),
    deployments: [],
  }));
}
