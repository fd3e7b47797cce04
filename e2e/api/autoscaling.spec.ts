// Application Auto Scaling through the AWS SDK for JavaScript against the engine, with the raw answers of every
// read checked against the official model: targets with tags, step and target tracking policies, scheduled actions
// in a time zone, the activity new bounds cause, AWS's exceptions as `{__type, message}`, deregistration.
import {
  DeregisterScalableTargetCommand,
  DescribeScalingPoliciesCommand,
  PutScalingPolicyCommand,
  PutScheduledActionCommand,
  RegisterScalableTargetCommand,
} from '@aws-sdk/client-application-auto-scaling';
import { expect, test } from '@playwright/test';
import { sdkError } from '../api/raw';
import { autoScalingClient, rawAutoScaling, rawAutoScalingCall, scalableService, serviceCounts } from '../support/autoscaling';

const client = autoScalingClient();
const ECS = { ServiceNamespace: 'ecs', ScalableDimension: 'ecs:service:DesiredCount' } as const;

test('targets, policies, scheduled actions, activities and tags: SDK calls, raw answers that conform to the model', async () => {
  const { cluster, resourceId } = await scalableService(1);
  const target = { ...ECS, ResourceId: resourceId };
  const { ScalableTargetARN } = await client.send(
    new RegisterScalableTargetCommand({ ...target, MinCapacity: 1, MaxCapacity: 4, Tags: { team: 'web' } }),
  );
  expect(ScalableTargetARN).toMatch(/^arn:aws:application-autoscaling:us-east-1:000000000000:scalable-target\/[0-9a-z]+$/);

  const targets = await rawAutoScaling<{ ScalableTargets: Record<string, unknown>[] }>('DescribeScalableTargets', {
    ServiceNamespace: 'ecs',
    ResourceIds: [resourceId],
  });
  expect(targets.ScalableTargets).toEqual([
    {
      ...target,
      MinCapacity: 1,
      MaxCapacity: 4,
      RoleARN:
        'arn:aws:iam::000000000000:role/aws-service-role/ecs.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_ECSService',
      CreationTime: expect.any(Number),
      SuspendedState: { DynamicScalingInSuspended: false, DynamicScalingOutSuspended: false, ScheduledScalingSuspended: false },
      ScalableTargetARN,
    },
  ]);
  expect(await rawAutoScaling('ListTagsForResource', { ResourceARN: ScalableTargetARN })).toEqual({ Tags: { team: 'web' } });

  await client.send(
    new PutScalingPolicyCommand({
      ...target,
      PolicyName: 'steps',
      PolicyType: 'StepScaling',
      StepScalingPolicyConfiguration: {
        AdjustmentType: 'ChangeInCapacity',
        Cooldown: 60,
        MetricAggregationType: 'Average',
        StepAdjustments: [{ MetricIntervalLowerBound: 0, ScalingAdjustment: 1 }],
      },
    }),
  );
  const tracking = await client.send(
    new PutScalingPolicyCommand({
      ...target,
      PolicyName: 'cpu',
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: 50,
        PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
        DisableScaleIn: true,
      },
    }),
  );
  expect(tracking.Alarms).toHaveLength(1); // DisableScaleIn: no low alarm
  const policies = await rawAutoScaling<{ ScalingPolicies: { PolicyName: string; PolicyType: string }[] }>(
    'DescribeScalingPolicies',
    { ServiceNamespace: 'ecs', ResourceId: resourceId },
  );
  expect(policies.ScalingPolicies.map((p) => [p.PolicyName, p.PolicyType]).sort()).toEqual([
    ['cpu', 'TargetTrackingScaling'],
    ['steps', 'StepScaling'],
  ]);

  await client.send(
    new PutScheduledActionCommand({
      ...target,
      ScheduledActionName: 'weekday-mornings',
      Schedule: 'cron(0 9 ? * MON-FRI *)',
      Timezone: 'Europe/Paris',
      ScalableTargetAction: { MinCapacity: 2 },
    }),
  );
  const actions = await rawAutoScaling<{ ScheduledActions: Record<string, unknown>[] }>('DescribeScheduledActions', {
    ServiceNamespace: 'ecs',
    ResourceId: resourceId,
  });
  expect(actions.ScheduledActions).toEqual([
    expect.objectContaining({
      ScheduledActionName: 'weekday-mornings',
      Schedule: 'cron(0 9 ? * MON-FRI *)',
      Timezone: 'Europe/Paris',
      ScalableTargetAction: { MinCapacity: 2 },
    }),
  ]);

  // New bounds that exclude the desired count move it inside at once, as an activity.
  await client.send(new RegisterScalableTargetCommand({ ...target, MinCapacity: 2 }));
  expect((await serviceCounts(cluster)).desired).toBe(2);
  const activities = await rawAutoScaling<{ ScalingActivities: Record<string, unknown>[] }>('DescribeScalingActivities', {
    ...target,
  });
  expect(activities.ScalingActivities).toEqual([
    expect.objectContaining({
      Description: 'Setting desired count to 2.',
      Cause: 'minimum capacity was set to 2',
      StatusCode: 'InProgress',
      StatusMessage: 'Successfully set desired count to 2. Waiting for change to be fulfilled by ecs.',
    }),
  ]);

  await client.send(new DeregisterScalableTargetCommand(target));
  expect(await rawAutoScaling('DescribeScalableTargets', { ServiceNamespace: 'ecs', ResourceIds: [resourceId] })).toEqual({
    ScalableTargets: [],
  });
  expect(
    (await client.send(new DescribeScalingPoliciesCommand({ ServiceNamespace: 'ecs', ResourceId: resourceId }))).ScalingPolicies,
  ).toEqual([]);
});

test('AWS’s exceptions: ValidationException and ObjectNotFoundException as {__type, message}, through the SDK too', async () => {
  const bad = await rawAutoScalingCall('RegisterScalableTarget', {
    ...ECS,
    ResourceId: 'my-service',
    MinCapacity: 1,
    MaxCapacity: 2,
  });
  expect(bad.status).toBe(400);
  expect(bad.body).toEqual({
    __type: 'ValidationException',
    message: expect.stringContaining('an ECS resource ID is service/<cluster-name>/<service-name>, not my-service'),
  });

  const missing = await rawAutoScalingCall('RegisterScalableTarget', {
    ...ECS,
    ResourceId: 'service/no-such-cluster/web',
    MinCapacity: 1,
    MaxCapacity: 2,
  });
  expect(missing.body).toEqual({
    __type: 'ValidationException',
    message: "ECS service doesn't exist: service/no-such-cluster/web",
  });

  const { resourceId } = await scalableService(1);
  const unregistered = await sdkError(
    client.send(
      new PutScalingPolicyCommand({
        ...ECS,
        ResourceId: resourceId,
        PolicyName: 'cpu',
        PolicyType: 'TargetTrackingScaling',
        TargetTrackingScalingPolicyConfiguration: {
          TargetValue: 50,
          PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
        },
      }),
    ),
  );
  expect(unregistered).toEqual({
    name: 'ObjectNotFoundException',
    message: `No scalable target registered for service namespace: ecs, resource ID: ${resourceId}, scalable dimension: ecs:service:DesiredCount`,
  });

  const inverted = await sdkError(
    client.send(new RegisterScalableTargetCommand({ ...ECS, ResourceId: resourceId, MinCapacity: 5, MaxCapacity: 2 })),
  );
  expect(inverted).toEqual({
    name: 'ValidationException',
    message: 'Minimum capacity cannot be greater than maximum capacity (5 > 2).',
  });
});
