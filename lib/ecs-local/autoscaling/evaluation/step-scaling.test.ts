// Step scaling on the fake clock: the user's CloudWatch alarm names the policy's ARN; while it is in ALARM the step
// its distance from the threshold falls in applies, from the capacity before a running cooldown (AWS's example: +2,
// then a +3 step during the cooldown adds only 1).
import { beforeEach, describe, expect, it } from 'vitest';
import { aas, activities, ecsTarget, runningService, serviceCpuAlarm, setCpu } from '../../testing/autoscaling';
import { START } from '../../testing/engine';
import { describeService, type Fixture, setup } from '../../testing/services';

let f: Fixture;
const MINUTE = 60_000;
const at = (ms: number) => f.engine.advance(START + ms - f.clock.now());
const desired = () => describeService(f.engine, 'web').desiredCount;

function stepPolicy(config: object): string {
  return aas<{ PolicyARN: string }>(f.engine, 'PutScalingPolicy', {
    ...ecsTarget(),
    PolicyName: 'steps',
    PolicyType: 'StepScaling',
    StepScalingPolicyConfiguration: config,
  }).PolicyARN;
}

function alarm(policyArn: string, threshold: number, comparison = 'GreaterThanOrEqualToThreshold') {
  serviceCpuAlarm(f.engine, 'web-cpu-high', policyArn, threshold, comparison);
}

beforeEach(() => {
  f = setup();
  runningService(f.engine, 'web', 2);
  aas(f.engine, 'RegisterScalableTarget', { ...ecsTarget(), MinCapacity: 1, MaxCapacity: 20 });
});

describe('step scaling', () => {
  it('applies the step the metric falls in, and during the cooldown only what a larger step adds', () => {
    const arn = stepPolicy({
      AdjustmentType: 'ChangeInCapacity',
      Cooldown: 300,
      StepAdjustments: [
        { MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 20, ScalingAdjustment: 2 },
        { MetricIntervalLowerBound: 20, ScalingAdjustment: 3 },
      ],
    });
    alarm(arn, 60);
    setCpu(f.engine, 70); // 10 above the threshold: +2
    at(MINUTE + 15_000);
    expect(desired()).toBe(4);
    expect(activities(f.engine)[0]).toMatchObject({
      Description: 'Setting desired count to 4.',
      Cause: 'monitor alarm web-cpu-high in state ALARM triggered policy steps',
    });
    setCpu(f.engine, 95); // 35 above: +3 from the 2 before the cooldown = 5, one more than now
    at(2 * MINUTE + 15_000);
    expect(desired()).toBe(5);
    at(5 * MINUTE + 15_000); // still cooling down (until 6:10): 2 + 3 again, nothing to add
    expect(desired()).toBe(5);
    at(6 * MINUTE + 15_000);
    expect(desired()).toBe(8);
    const { ScalingPolicies } = aas<{ ScalingPolicies: { Alarms: object[] }[] }>(f.engine, 'DescribeScalingPolicies', {
      ServiceNamespace: 'ecs',
      ResourceId: 'service/demo/web',
    });
    expect(ScalingPolicies[0].Alarms).toEqual([
      { AlarmName: 'web-cpu-high', AlarmARN: 'arn:aws:cloudwatch:us-east-1:000000000000:alarm:web-cpu-high' },
    ]);
  });

  it('PercentChangeInCapacity rounds toward zero but moves at least one, and MinAdjustmentMagnitude is a floor', () => {
    const arn = stepPolicy({
      AdjustmentType: 'PercentChangeInCapacity',
      MinAdjustmentMagnitude: 2,
      Cooldown: 0,
      StepAdjustments: [{ MetricIntervalUpperBound: 0, ScalingAdjustment: -30 }],
    });
    alarm(arn, 50, 'LessThanThreshold');
    f.engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 10 });
    setCpu(f.engine, 10);
    // At the first evaluation (1:05) the alarm is in ALARM, but the deployment is still rolling out the 8 new tasks
    // (it completes a few seconds later): scale-in waits for it, as AWS's does during an ECS deployment.
    at(MINUTE + 15_000);
    expect(desired()).toBe(10);
    at(2 * MINUTE + 15_000);
    expect(desired()).toBe(7); // -30 % of 10
    at(3 * MINUTE + 15_000);
    expect(desired()).toBe(5); // -2.1 → -2
    at(4 * MINUTE + 15_000);
    expect(desired()).toBe(3); // -1.5 → -1, raised to the magnitude floor of 2
  });

  it('checks its steps', () => {
    const put = (steps: object[]) => () => stepPolicy({ AdjustmentType: 'ChangeInCapacity', StepAdjustments: steps });
    expect(put([])).toThrow('A step scaling configuration needs at least one StepAdjustment.');
    expect(
      put([
        { MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 10, ScalingAdjustment: 1 },
        { MetricIntervalLowerBound: 20, ScalingAdjustment: 2 },
      ]),
    ).toThrow('Step adjustments must neither overlap nor leave gaps: one ends at 10, the next starts at 20.');
    expect(
      put([
        { MetricIntervalUpperBound: 0, ScalingAdjustment: -1 },
        { MetricIntervalUpperBound: 10, ScalingAdjustment: 1 },
      ]),
    ).toThrow('At most one step adjustment can have a null lower bound.');
  });
});
