// ListServicesByNamespace: the ACTIVE services of every cluster whose Service Connect configuration uses the
// Cloud Map namespace (by name or ARN), in pages of 10 by default. Differs from ECS: there is no Cloud Map
// here, so a namespace exists when a cluster default or a service names it; any other answers
// NamespaceNotFoundException.
import type { ListServicesByNamespaceRequest, ListServicesByNamespaceResponse } from '@aws-sdk/client-ecs';
import { LIST_MAX_RESULTS, LIST_SERVICES_DEFAULT_PAGE } from '../../../../ecs-rules/limits';
import { operation } from '../../../core/aws-service';
import type { ClusterDoc } from '../../clusters/model';
import { EcsError } from '../../common/errors';
import { paginate } from '../../common/pagination';
import type { ServiceState } from '../model';

/** A namespace's short name, whether given as a name or as a Cloud Map namespace ARN (`…:namespace/<id>`). */
function namespaceKey(value: string): string {
  return value.startsWith('arn:') ? value.slice(value.lastIndexOf('/') + 1) : value;
}

export const listServicesByNamespace = operation<ListServicesByNamespaceRequest, ListServicesByNamespaceResponse>(
  (ctx, input) => {
    const wanted = namespaceKey(input.namespace ?? '');
    const services = ctx.store.list<ServiceState>(ctx.region, 'service', { status: 'ACTIVE' });
    const known =
      services.some((s) => s._namespace && namespaceKey(s._namespace) === wanted) ||
      ctx.store
        .list<ClusterDoc>(ctx.region, 'cluster', { status: 'ACTIVE' })
        .some((c) => c.serviceConnectDefaults?.namespace && namespaceKey(c.serviceConnectDefaults.namespace) === wanted);
    if (!known)
      throw new EcsError(
        'NamespaceNotFoundException',
        `The namespace ${input.namespace ?? ''} was not found. Name a Cloud Map namespace a cluster or a service uses for Service Connect.`,
      );
    const arns = services
      .filter((s) => s._namespace && namespaceKey(s._namespace) === wanted)
      .map((s) => s.serviceArn)
      .sort();
    const { page, nextToken } = paginate(arns, input, { defaultPage: LIST_SERVICES_DEFAULT_PAGE, maxPage: LIST_MAX_RESULTS });
    return { serviceArns: page, nextToken };
  },
);
