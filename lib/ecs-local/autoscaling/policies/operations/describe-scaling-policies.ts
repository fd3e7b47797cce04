// DescribeScalingPolicies: a namespace's policies, optionally of one resource (and dimension) and by name,
// MaxResults (1-10, default 10) per page. Step scaling policies list the alarms that name them.
import type { DescribeScalingPoliciesRequest, DescribeScalingPoliciesResponse } from '@aws-sdk/client-application-auto-scaling';
import { DESCRIBE_SCALING_POLICIES_MAX } from '../../../../ecs-rules/auto-scaling';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { targetId } from '../../common/documents';
import { ECS_DESIRED_COUNT } from '../../common/ecs-resource';
import { validation } from '../../common/errors';
import { decodeToken, encodeToken, pageSize } from '../../common/paging';
import { type PolicyDoc, policyView } from '../model';

export const describeScalingPolicies = operation<Wire<DescribeScalingPoliciesRequest>, Wire<DescribeScalingPoliciesResponse>>(
  (ctx, input) => {
    const limit = pageSize(input.MaxResults, DESCRIBE_SCALING_POLICIES_MAX);
    const after = decodeToken(input.NextToken, 'policies');
    if (input.ScalableDimension && !input.ResourceId) throw validation('A ScalableDimension needs a ResourceId.');
    const parent = input.ResourceId ? targetId(input.ScalableDimension ?? ECS_DESIRED_COUNT, input.ResourceId) : undefined;
    const names = input.PolicyNames?.length ? new Set(input.PolicyNames) : undefined;
    const matching = ctx.store
      .list<PolicyDoc>(ctx.region, 'scaling-policy', { parent, key: names ? [...names] : undefined, after })
      .filter((p) => p.ServiceNamespace === input.ServiceNamespace);
    const page = matching.slice(0, limit);
    return {
      ScalingPolicies: page.map((p) => policyView(ctx, p)),
      NextToken: matching.length > limit ? encodeToken('policies', page[page.length - 1].PolicyARN) : undefined,
    };
  },
);
