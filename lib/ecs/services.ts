// Service reads for the console: every page of ListServices, DescribeServices in parallel batches of 10.
import 'server-only';
import { DescribeServicesCommand, ListServicesCommand } from '@aws-sdk/client-ecs';
import { cache } from 'react';
import { DESCRIBE_SERVICES_MAX, LIST_MAX_RESULTS } from '../ecs-rules';
import { describeInBatches, listAll } from './batch';
import { ecsClient } from './client';
import { withRetainedFailedDeployment } from './retained-deployment';
import { type ServiceDetail, type ServiceRow, toServiceDetail, toServiceRow } from './service-view';

export type { DeploymentView, ServiceDetail, ServiceEventView, ServiceRow } from './service-view';

/** ceil(n/100) ListServices + ceil(n/10) DescribeServices (in parallel). Sorted by name. */
export async function listServices(cluster: string): Promise<ServiceRow[]> {
  const ecs = await ecsClient();
  const arns = await listAll(async (nextToken) => {
    const page = await ecs.send(new ListServicesCommand({ cluster, nextToken, maxResults: LIST_MAX_RESULTS }));
    return { items: page.serviceArns, nextToken: page.nextToken };
  });
  const services = await describeInBatches(arns, DESCRIBE_SERVICES_MAX, async (batch) => {
    const out = await ecs.send(new DescribeServicesCommand({ cluster, services: batch }));
    return out.services ?? [];
  });
  return services.map(toServiceRow).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * One service with deployments, events and tags. DRAINING and INACTIVE services are returned too (the page shows
 * a deleted service draining); undefined only when ECS has never heard of it. Cached per request.
 */
export const getService = cache(async (cluster: string, name: string): Promise<ServiceDetail | undefined> => {
  const ecs = await ecsClient();
  const out = await ecs.send(new DescribeServicesCommand({ cluster, services: [name], include: ['TAGS'] }));
  const service = out.services?.[0];
  return service ? withRetainedFailedDeployment(ecs, toServiceDetail(service)) : undefined;
});

export interface FamilyServiceRow {
  cluster: string;
  service: string;
  /** `family:revision` the service runs now. */
  taskDefinition: string;
}

/** The ACTIVE services in any cluster whose task definition is of `family` ("Update service" from a revision). */
export async function listServicesOfFamily(family: string, clusters: readonly string[]): Promise<FamilyServiceRow[]> {
  const perCluster = await Promise.all(clusters.map(async (cluster) => ({ cluster, services: await listServices(cluster) })));
  return perCluster.flatMap(({ cluster, services }) =>
    services
      .filter((s) => s.status === 'ACTIVE' && s.taskDefinition.slice(0, s.taskDefinition.lastIndexOf(':')) === family)
      .map((s) => ({ cluster, service: s.name, taskDefinition: s.taskDefinition })),
  );
}
