// DescribeScheduledActions: a namespace's scheduled actions, optionally of one resource (and dimension) and by
// name, MaxResults (1-50, default 50) per page.
import type { DescribeScheduledActionsRequest, DescribeScheduledActionsResponse } from '@aws-sdk/client-application-auto-scaling';
import { DESCRIBE_SCHEDULED_ACTIONS_MAX } from '../../../../ecs-rules/auto-scaling';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { targetId } from '../../common/documents';
import { ECS_DESIRED_COUNT } from '../../common/ecs-resource';
import { validation } from '../../common/errors';
import { decodeToken, encodeToken, pageSize } from '../../common/paging';
import type { ScheduledActionDoc } from '../model';

export const describeScheduledActions = operation<Wire<DescribeScheduledActionsRequest>, Wire<DescribeScheduledActionsResponse>>(
  (ctx, input) => {
    const limit = pageSize(input.MaxResults, DESCRIBE_SCHEDULED_ACTIONS_MAX);
    const after = decodeToken(input.NextToken, 'scheduled-actions');
    if (input.ScalableDimension && !input.ResourceId) throw validation('A ScalableDimension needs a ResourceId.');
    const parent = input.ResourceId ? targetId(input.ScalableDimension ?? ECS_DESIRED_COUNT, input.ResourceId) : undefined;
    const names = input.ScheduledActionNames?.length ? [...new Set(input.ScheduledActionNames)] : undefined;
    const matching = ctx.store
      .list<ScheduledActionDoc>(ctx.region, 'scheduled-action', { parent, key: names, after })
      .filter((a) => a.ServiceNamespace === input.ServiceNamespace);
    const page = matching.slice(0, limit);
    return {
      ScheduledActions: page,
      NextToken: matching.length > limit ? encodeToken('scheduled-actions', page[page.length - 1].ScheduledActionARN) : undefined,
    };
  },
);
