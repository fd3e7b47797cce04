// ListServiceDeployments: the service's deployment history, newest first, filtered by status and creation
// time. Differs from ECS: history is kept as long as the service document exists (ECS keeps 90 days).
import type { ListServiceDeploymentsRequest, ListServiceDeploymentsResponse, ServiceDeploymentBrief } from '@aws-sdk/client-ecs';
import { LIST_MAX_RESULTS, LIST_SERVICE_DEPLOYMENTS_DEFAULT_PAGE } from '../../../../ecs-rules/limits';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { activeCluster } from '../../clusters/model';
import { serviceNotFound } from '../../common/errors';
import { decodeToken, encodeToken, pageSize } from '../../common/pagination';
import { loadService, type ServiceDeploymentDoc, serviceNameFrom } from '../model';

export const listServiceDeployments = operation<ListServiceDeploymentsRequest, Wire<ListServiceDeploymentsResponse>>(
  (ctx, input) => {
    const cluster = activeCluster(ctx, input.cluster);
    const name = serviceNameFrom(ctx, input.service ?? '');
    const service = loadService(ctx, cluster.clusterName, name);
    if (!service) throw serviceNotFound();
    const size = pageSize(input.maxResults, { defaultPage: LIST_SERVICE_DEPLOYMENTS_DEFAULT_PAGE, maxPage: LIST_MAX_RESULTS });
    const after = decodeToken(input.nextToken);
    const wire = input as unknown as { createdAt?: { before?: number; after?: number } };
    const statuses = input.status ?? [];
    const docs = ctx.store
      .list<ServiceDeploymentDoc>(ctx.region, 'deployment', { parent: `${cluster.clusterName}/${name}` })
      .filter((d) => statuses.length === 0 || statuses.includes(d.status as (typeof statuses)[number]))
      .filter((d) => wire.createdAt?.after === undefined || (d.createdAt ?? 0) >= wire.createdAt.after)
      .filter((d) => wire.createdAt?.before === undefined || (d.createdAt ?? 0) <= wire.createdAt.before)
      .sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0) || b.serviceDeploymentArn.localeCompare(a.serviceDeploymentArn));
    const start = after === undefined ? 0 : docs.findIndex((d) => d.serviceDeploymentArn === after) + 1;
    const page = docs.slice(start, start + size);
    const more = start + size < docs.length;
    const serviceDeployments: Wire<ServiceDeploymentBrief>[] = page.map((d) => ({
      serviceDeploymentArn: d.serviceDeploymentArn,
      serviceArn: d.serviceArn,
      clusterArn: d.clusterArn,
      startedAt: d.startedAt,
      createdAt: d.createdAt,
      finishedAt: d.finishedAt,
      targetServiceRevisionArn: d.targetServiceRevision?.arn,
      status: d.status,
      statusReason: d.statusReason,
    }));
    return {
      serviceDeployments,
      nextToken: more ? encodeToken(page[page.length - 1].serviceDeploymentArn) : undefined,
    };
  },
);
