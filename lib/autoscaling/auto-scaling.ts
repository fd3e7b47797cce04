// Auto scaling reads for the console: a service's scalable target, its policies and scheduled actions (every page,
// at the API's page maxima) and its newest page of scaling activities (what the panel and the chart show), read in
// parallel.
import 'server-only';
import {
  DescribeScalableTargetsCommand,
  DescribeScalingActivitiesCommand,
  DescribeScalingPoliciesCommand,
  DescribeScheduledActionsCommand,
} from '@aws-sdk/client-application-auto-scaling';
import { listAll } from '../ecs/batch';
import {
  DESCRIBE_SCALING_ACTIVITIES_MAX,
  DESCRIBE_SCALING_POLICIES_MAX,
  DESCRIBE_SCHEDULED_ACTIONS_MAX,
  ECS_SCALABLE_DIMENSION,
  ECS_SERVICE_NAMESPACE,
  ecsScalingResourceId,
} from '../ecs-rules/auto-scaling';
import { type ServiceAutoScaling, toActivityView, toPolicyView, toScheduledActionView, toTargetView } from './auto-scaling-view';
import { autoScalingClient } from './client';

export type * from './auto-scaling-view';

export async function getServiceAutoScaling(cluster: string, service: string): Promise<ServiceAutoScaling> {
  const client = await autoScalingClient();
  const ResourceId = ecsScalingResourceId(cluster, service);
  const key = { ServiceNamespace: ECS_SERVICE_NAMESPACE, ResourceId, ScalableDimension: ECS_SCALABLE_DIMENSION } as const;
  const [targets, policies, actions, activities] = await Promise.all([
    client.send(new DescribeScalableTargetsCommand({ ServiceNamespace: key.ServiceNamespace, ResourceIds: [ResourceId] })),
    listAll(async (NextToken) => {
      const out = await client.send(
        new DescribeScalingPoliciesCommand({ ...key, NextToken, MaxResults: DESCRIBE_SCALING_POLICIES_MAX }),
      );
      return { items: out.ScalingPolicies, nextToken: out.NextToken };
    }),
    listAll(async (NextToken) => {
      const out = await client.send(
        new DescribeScheduledActionsCommand({ ...key, NextToken, MaxResults: DESCRIBE_SCHEDULED_ACTIONS_MAX }),
      );
      return { items: out.ScheduledActions, nextToken: out.NextToken };
    }),
    client.send(new DescribeScalingActivitiesCommand({ ...key, MaxResults: DESCRIBE_SCALING_ACTIVITIES_MAX })),
  ]);
  const target = targets.ScalableTargets?.find((t) => t.ScalableDimension === ECS_SCALABLE_DIMENSION);
  return {
    target: target && toTargetView(target),
    policies: policies.map(toPolicyView),
    scheduledActions: actions.map(toScheduledActionView),
    activities: (activities.ScalingActivities ?? []).map(toActivityView),
  };
}
