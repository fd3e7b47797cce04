// ListDaemonTaskDefinitions: revisions by family (exact) or family prefix and status (ACTIVE by default,
// DELETE_IN_PROGRESS, or ALL), sorted by family then revision (ASC by default); LAST_REGISTERED keeps each
// family's newest revision only.
import type { ListDaemonTaskDefinitionsRequest, ListDaemonTaskDefinitionsResponse } from '@aws-sdk/client-ecs';
import { DEFAULT_PAGE_SIZE, LIST_MAX_RESULTS } from '../../../../ecs-rules/limits';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { taskDefinitionId } from '../../common/documents';
import { paginate } from '../../common/pagination';
import type { DaemonTaskDefinitionDoc } from '../task-definitions';

export const listDaemonTaskDefinitions = operation<ListDaemonTaskDefinitionsRequest, Wire<ListDaemonTaskDefinitionsResponse>>(
  (ctx, input) => {
    const statusFilter = input.status ?? 'ACTIVE';
    const statuses = statusFilter === 'ALL' ? ['ACTIVE', 'DELETE_IN_PROGRESS'] : [statusFilter];
    let docs = ctx.store
      .list<DaemonTaskDefinitionDoc>(ctx.region, 'daemontaskdef', {
        status: statuses,
        ...(input.family ? { parent: input.family } : {}),
      })
      .filter((d) => !input.familyPrefix || d.family.startsWith(input.familyPrefix));
    if (input.revision === 'LAST_REGISTERED') {
      const newest = new Map<string, DaemonTaskDefinitionDoc>();
      for (const d of docs) if ((newest.get(d.family)?.revision ?? 0) < d.revision) newest.set(d.family, d);
      docs = [...newest.values()];
    }
    const order = input.sort === 'DESC' ? 'desc' : 'asc';
    const id = (d: DaemonTaskDefinitionDoc) => taskDefinitionId(d.family, d.revision);
    docs.sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0) * (order === 'desc' ? -1 : 1));
    const { page, nextToken } = paginate(docs, input, { defaultPage: DEFAULT_PAGE_SIZE, maxPage: LIST_MAX_RESULTS }, id, order);
    return {
      daemonTaskDefinitions: page.map((d) => ({
        arn: d.daemonTaskDefinitionArn,
        registeredAt: d.registeredAt,
        registeredBy: d.registeredBy,
        status: d.status,
        deleteRequestedAt: d.deleteRequestedAt,
      })),
      nextToken,
    };
  },
);
