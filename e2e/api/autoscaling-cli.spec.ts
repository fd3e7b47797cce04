// Application Auto Scaling with the AWS CLI v2 against the engine, as AWS's ECS service auto scaling walkthrough does
// it: register the service's desired count, a target tracking policy (whose CloudWatch alarms `aws cloudwatch
// describe-alarms` shows), a scheduled action that fires a few seconds later on the engine's clock and raises the
// service through its new minimum, the scaling activities in AWS's words; deleting the service deregisters it all.
import { expect, test } from '@playwright/test';
import { scalableService, serviceCounts } from '../support/autoscaling';
import { awsCli as aws } from '../support/aws-cli';

const DIMENSION = ['--service-namespace', 'ecs', '--scalable-dimension', 'ecs:service:DesiredCount'];

interface Activity {
  Description: string;
  Cause: string;
  StatusCode: string;
  StatusMessage?: string;
}

/** `at(...)` for `ms` from now, to the second (UTC). */
function atExpression(ms: number): string {
  return `at(${new Date(Math.ceil((Date.now() + ms) / 1000) * 1000).toISOString().slice(0, 19)})`;
}

test('register, target tracking policy, scheduled action that fires, activities; delete-service deregisters', async () => {
  test.setTimeout(120_000);
  const { cluster, resourceId } = await scalableService(1);
  const target = ['--resource-id', resourceId, ...DIMENSION];

  // (The CLI v2 of Debian 12 predates ScalableTargetARN in the answer: the SDK spec checks it.)
  await aws('application-autoscaling', 'register-scalable-target', ...target, '--min-capacity', '1', '--max-capacity', '5');

  const policy = await aws(
    'application-autoscaling',
    'put-scaling-policy',
    ...target,
    '--policy-name',
    'cpu60',
    '--policy-type',
    'TargetTrackingScaling',
    '--target-tracking-scaling-policy-configuration',
    JSON.stringify({
      TargetValue: 60,
      PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
      ScaleInCooldown: 120,
      ScaleOutCooldown: 60,
    }),
  );
  expect(policy.PolicyARN).toMatch(
    new RegExp(
      `^arn:aws:autoscaling:us-east-1:000000000000:scalingPolicy:[0-9a-f-]+:resource/ecs/${resourceId}:policyName/cpu60$`,
    ),
  );
  const alarmNames = (policy.Alarms as { AlarmName: string }[]).map((a) => a.AlarmName).sort();
  expect(alarmNames).toEqual([
    expect.stringMatching(new RegExp(`^TargetTracking-${resourceId}-AlarmHigh-[0-9a-f-]{36}$`)),
    expect.stringMatching(new RegExp(`^TargetTracking-${resourceId}-AlarmLow-[0-9a-f-]{36}$`)),
  ]);
  // As in AWS, the alarms of a target tracking policy act on the policy's ARN with a `:createdBy/<uuid>` suffix.
  const createdBy = new RegExp(
    `^${(policy.PolicyARN as string).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:createdBy/[0-9a-f-]{36}$`,
  );
  const alarms = (await aws('cloudwatch', 'describe-alarms', '--alarm-names', ...alarmNames)).MetricAlarms as {
    AlarmName: string;
    Threshold: number;
    ComparisonOperator: string;
    AlarmActions: string[];
  }[];
  expect(alarms.map((a) => [a.ComparisonOperator, a.Threshold, a.AlarmActions])).toEqual([
    ['GreaterThanThreshold', 60, [expect.stringMatching(createdBy)]],
    ['LessThanThreshold', 54, [expect.stringMatching(createdBy)]],
  ]);

  await aws(
    'application-autoscaling',
    'put-scheduled-action',
    ...target,
    '--scheduled-action-name',
    'morning',
    '--schedule',
    atExpression(4_000),
    '--scalable-target-action',
    'MinCapacity=3,MaxCapacity=6',
  );
  await expect.poll(() => serviceCounts(cluster), { timeout: 30_000 }).toMatchObject({ desired: 3, running: 3 });
  const described = await aws(
    'application-autoscaling',
    'describe-scalable-targets',
    '--service-namespace',
    'ecs',
    '--resource-ids',
    resourceId,
  );
  expect(described.ScalableTargets).toEqual([
    expect.objectContaining({
      ResourceId: resourceId,
      MinCapacity: 3,
      MaxCapacity: 6,
    }),
  ]);
  const activities = async () =>
    (await aws('application-autoscaling', 'describe-scaling-activities', ...target)).ScalingActivities as Activity[];
  await expect.poll(async () => (await activities())[0]?.StatusCode, { timeout: 15_000 }).toBe('Successful');
  expect(
    (await activities()).map(({ Description, Cause, StatusCode, StatusMessage }) => ({
      Description,
      Cause,
      StatusCode,
      StatusMessage,
    })),
  ).toEqual([
    {
      Description: 'Setting desired count to 3.',
      Cause: 'minimum capacity was set to 3',
      StatusCode: 'Successful',
      StatusMessage: 'Successfully set desired count to 3. Change successfully fulfilled by ecs.',
    },
    {
      Description: 'Setting min capacity to 3 and max capacity to 6',
      Cause: 'scheduled action name morning was triggered',
      StatusCode: 'Successful',
      StatusMessage: 'Successfully set min capacity to 3 and max capacity to 6',
    },
  ]);

  await aws('ecs', 'delete-service', '--cluster', cluster, '--service', 'web', '--force');
  await expect
    .poll(
      async () =>
        (
          await aws(
            'application-autoscaling',
            'describe-scalable-targets',
            '--service-namespace',
            'ecs',
            '--resource-ids',
            resourceId,
          )
        ).ScalableTargets,
      {
        timeout: 15_000,
      },
    )
    .toEqual([]);
  expect(
    (await aws('application-autoscaling', 'describe-scaling-policies', '--service-namespace', 'ecs', '--resource-id', resourceId))
      .ScalingPolicies,
  ).toEqual([]);
  expect(
    (
      await aws(
        'application-autoscaling',
        'describe-scheduled-actions',
        '--service-namespace',
        'ecs',
        '--resource-id',
        resourceId,
      )
    ).ScheduledActions,
  ).toEqual([]);
  expect((await aws('cloudwatch', 'describe-alarms', '--alarm-names', ...alarmNames)).MetricAlarms).toEqual([]);
});
