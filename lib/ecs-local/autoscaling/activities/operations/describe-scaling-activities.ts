// DescribeScalingActivities: a namespace's activities of the last six weeks, newest first, optionally of one resource
// (and dimension), MaxResults (1-50, default 50) per page; activities that did not scale only with
// IncludeNotScaledActivities.
import type {
  DescribeScalingActivitiesRequest,
  DescribeScalingActivitiesResponse,
} from '@aws-sdk/client-application-auto-scaling';
import { DESCRIBE_SCALING_ACTIVITIES_MAX } from '../../../../ecs-rules/auto-scaling';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { validation } from '../../common/errors';
import { decodeToken, encodeToken, pageSize } from '../../common/paging';
import { type ActivityDoc, SIX_WEEKS_MS } from '../model';

export const describeScalingActivities = operation<
  Wire<DescribeScalingActivitiesRequest>,
  Wire<DescribeScalingActivitiesResponse>
>((ctx, input) => {
  const limit = pageSize(input.MaxResults, DESCRIBE_SCALING_ACTIVITIES_MAX);
  const after = decodeToken(input.NextToken, 'activities');
  if (input.ScalableDimension && !input.ResourceId) throw validation('A ScalableDimension needs a ResourceId.');
  const found = ctx.store.list<ActivityDoc>(ctx.region, 'scaling-activity', {
    parent: input.ServiceNamespace,
    key: input.ResourceId,
    ref: input.ScalableDimension,
    status: input.IncludeNotScaledActivities ? undefined : 'scaled',
    after,
    limit: limit + 1,
  });
  // Newest first: once one is older than six weeks, so is every later one.
  const recent = found.filter((a) => a.StartTime * 1000 >= ctx.now - SIX_WEEKS_MS);
  const page = recent.slice(0, limit);
  const last = page[page.length - 1];
  return {
    ScalingActivities: page,
    NextToken: recent.length > limit ? encodeToken('activities', last._id) : undefined,
  };
});
