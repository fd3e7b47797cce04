// DescribeScalableTargets: a namespace's targets, optionally only some resource IDs and one dimension, in a stable
// order, MaxResults (1-50, default 50) per page.
import type { DescribeScalableTargetsRequest, DescribeScalableTargetsResponse } from '@aws-sdk/client-application-auto-scaling';
import { DESCRIBE_SCALABLE_TARGETS_MAX } from '../../../../ecs-rules/auto-scaling';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { targetId } from '../../common/documents';
import { ECS_DESIRED_COUNT } from '../../common/ecs-resource';
import { decodeToken, encodeToken, pageSize } from '../../common/paging';
import { idOf, type TargetDoc } from '../model';

export const describeScalableTargets = operation<Wire<DescribeScalableTargetsRequest>, Wire<DescribeScalableTargetsResponse>>(
  (ctx, input) => {
    const limit = pageSize(input.MaxResults, DESCRIBE_SCALABLE_TARGETS_MAX);
    const after = decodeToken(input.NextToken, 'targets');
    const namespace = input.ServiceNamespace as string;
    let found: TargetDoc[];
    if (input.ResourceIds?.length) {
      // Only ECS desired counts are stored, so a resource ID names at most one document.
      const ids = [...new Set(input.ResourceIds.map((r) => targetId(input.ScalableDimension ?? ECS_DESIRED_COUNT, r)))].sort();
      found = ctx.store
        .getMany<TargetDoc>(ctx.region, 'scalable-target', ids)
        .filter((t): t is TargetDoc => t !== undefined && (after === undefined || idOf(t) > after))
        .slice(0, limit + 1);
    } else found = ctx.store.list<TargetDoc>(ctx.region, 'scalable-target', { parent: namespace, after, limit: limit + 1 });
    const matching = found.filter(
      (t) => t.ServiceNamespace === namespace && (!input.ScalableDimension || t.ScalableDimension === input.ScalableDimension),
    );
    const page = matching.slice(0, limit);
    return {
      ScalableTargets: page.map(({ _tags, ...view }) => view),
      NextToken: matching.length > limit ? encodeToken('targets', idOf(page[page.length - 1])) : undefined,
    };
  },
);
