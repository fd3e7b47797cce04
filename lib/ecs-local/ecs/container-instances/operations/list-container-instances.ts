// ListContainerInstances. Differs from ECS: `filter` supports the subset of the cluster query language that
// memberOf constraints support here (attribute:<name> / ec2InstanceId with ==, !=, =~, in, not_in, exists; and / or).
import type { ListContainerInstancesRequest, ListContainerInstancesResponse } from '@aws-sdk/client-ecs';
import { DEFAULT_PAGE_SIZE, LIST_MAX_RESULTS } from '../../../../ecs-rules';
import { operation } from '../../../core/aws-service';
import { activeCluster } from '../../clusters/model';
import { invalidParameter } from '../../common/errors';
import { pageAfter } from '../../common/pagination';
import { type MemberOfExpression, matchesExpression, parseExpression } from '../cluster-query';
import type { InstanceDoc } from '../model';

type Predicate = (doc: InstanceDoc) => boolean;

/** The cluster query language subset shared with memberOf placement constraints (tasks/member-of.ts). */
export function parseInstanceFilter(filter: string | undefined): Predicate {
  if (!filter?.trim()) return () => true;
  let expression: MemberOfExpression;
  try {
    expression = parseExpression(filter.trim());
  } catch {
    throw invalidParameter(
      `The filter '${filter}' is not supported by the local engine. Use attribute:<name> or ec2InstanceId with ==, !=, =~, in [..], not_in [..] or exists, joined by and / or.`,
    );
  }
  return (doc) => matchesExpression(expression, doc);
}

export const listContainerInstances = operation<ListContainerInstancesRequest, ListContainerInstancesResponse>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster).clusterName;
  const matches = parseInstanceFilter(input.filter);
  // Without a status filter ECS lists every instance that is not INACTIVE.
  const status = input.status ?? ['ACTIVE', 'DRAINING', 'REGISTERING', 'DEREGISTERING', 'REGISTRATION_FAILED'];
  const { page, nextToken } = pageAfter(
    input,
    { defaultPage: DEFAULT_PAGE_SIZE, maxPage: LIST_MAX_RESULTS },
    (after, limit) => {
      // Filtering happens after the read, so keep reading until a page is full or the documents run out.
      const out: InstanceDoc[] = [];
      let cursor = after;
      for (;;) {
        const batch = ctx.store.list<InstanceDoc>(ctx.region, 'instance', { parent: cluster, status, after: cursor, limit: 500 });
        out.push(...batch.filter(matches));
        if (batch.length < 500 || out.length >= limit) return out.slice(0, limit);
        cursor = idOf(batch[batch.length - 1]);
      }
    },
    idOf,
  );
  return { containerInstanceArns: page.map((doc) => doc.containerInstanceArn), nextToken };
});

function idOf(doc: InstanceDoc): string {
  return doc.containerInstanceArn.slice(doc.containerInstanceArn.lastIndexOf('/') + 1);
}
