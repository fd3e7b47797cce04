// How a target's policies become one change of the desired count: the largest scale-out wins, scale-in needs every
// target tracking policy that may scale in, cooldowns start and end at the minute they should, suspensions and
// bounds hold, and what could not be done is recorded once per reason (IncludeNotScaledActivities).
import { beforeEach, describe, expect, it } from 'vitest';
import {
  aas,
  activities,
  cloudwatch,
  cpuPolicy,
  ecsTarget,
  runningService,
  serviceCpuAlarm,
  setCpu,
} from '../../testing/autoscaling';
import { START, testEngine } from '../../testing/engine';
import { describeService, type Fixture, setup } from '../../testing/services';

const MINUTE = 60_000;
let f: Fixture;

const at = (ms: number) => f.engine.advance(START + ms - f.clock.now());
const desired = () => describeService(f.engine, 'web').desiredCount;

function register(min: number, max: number, extra: object = {}) {
  return aas(f.engine, 'RegisterScalableTarget', { ...ecsTarget(), MinCapacity: min, MaxCapacity: max, ...extra });
}

function stepPolicy(name: string, config: object): string {
  return aas<{ PolicyARN: string }>(f.engine, 'PutScalingPolicy', {
    ...ecsTarget(),
    PolicyName: name,
    PolicyType: 'StepScaling',
    StepScalingPolicyConfiguration: config,
  }).PolicyARN;
}

/** A one-minute alarm on the service's CPU that names `policyArn`. */
function alarm(name: string, policyArn: string, threshold: number, comparison: string, extra: object = {}) {
  serviceCpuAlarm(f.engine, name, policyArn, threshold, comparison, extra);
}

/** A step policy adding `adjustment` tasks while the CPU is at or above `threshold`. */
function outPolicy(name: string, threshold: number, adjustment: number, config: object = {}) {
  const arn = stepPolicy(name, {
    AdjustmentType: 'ChangeInCapacity',
    StepAdjustments: [{ MetricIntervalLowerBound: 0, ScalingAdjustment: adjustment }],
    ...config,
  });
  alarm(`${name}-alarm`, arn, threshold, 'GreaterThanOrEqualToThreshold');
  return arn;
}

/** A step policy removing `-adjustment` tasks while the CPU is under `threshold`. */
function inPolicy(name: string, threshold: number, adjustment: number, config: object = {}) {
  const arn = stepPolicy(name, {
    AdjustmentType: 'ChangeInCapacity',
    StepAdjustments: [{ MetricIntervalUpperBound: 0, ScalingAdjustment: adjustment }],
    ...config,
  });
  alarm(`${name}-alarm`, arn, threshold, 'LessThanThreshold');
  return arn;
}

const cause = (name: string) => `monitor alarm ${name}-alarm in state ALARM triggered policy ${name}`;
const notScaledOnes = () => activities(f.engine, 'web', true).filter((a) => a.NotScaledReasons);

describe('several policies', () => {
  beforeEach(() => {
    f = setup();
    runningService(f.engine, 'web', 2);
    register(1, 20);
  });

  it('scales out to the largest capacity asked for, with that policy as the cause', () => {
    outPolicy('plus-one', 50, 1, { Cooldown: 0 });
    outPolicy('plus-three', 50, 3, { Cooldown: 0 });
    outPolicy('plus-two', 50, 2, { Cooldown: 0 });
    setCpu(f.engine, 90);
    at(MINUTE + 15_000);
    expect(desired()).toBe(5);
    expect(activities(f.engine).map((a) => [a.Description, a.Cause])).toEqual([
      ['Setting desired count to 5.', cause('plus-three')],
    ]);
  });

  it('whatever order the wishes come in (alarms in name order: +1, +3, +1)', () => {
    const arn = stepPolicy('steps', {
      AdjustmentType: 'ChangeInCapacity',
      Cooldown: 0,
      StepAdjustments: [
        { MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 20, ScalingAdjustment: 1 },
        { MetricIntervalLowerBound: 20, ScalingAdjustment: 3 },
      ],
    });
    alarm('a-near', arn, 85, 'GreaterThanOrEqualToThreshold');
    alarm('b-far', arn, 50, 'GreaterThanOrEqualToThreshold');
    alarm('c-near', arn, 80, 'GreaterThanOrEqualToThreshold');
    setCpu(f.engine, 90);
    at(MINUTE + 15_000);
    expect(desired()).toBe(5);
    expect(activities(f.engine)[0].Cause).toBe('monitor alarm b-far in state ALARM triggered policy steps');
  });

  it('between equal capacities keeps the first one asked for (alarms in name order)', () => {
    const arn = stepPolicy('plus-two', {
      AdjustmentType: 'ChangeInCapacity',
      Cooldown: 0,
      StepAdjustments: [{ MetricIntervalLowerBound: 0, ScalingAdjustment: 2 }],
    });
    alarm('b-second', arn, 50, 'GreaterThanOrEqualToThreshold');
    alarm('a-first', arn, 60, 'GreaterThanOrEqualToThreshold');
    setCpu(f.engine, 90);
    at(MINUTE + 15_000);
    expect(desired()).toBe(4);
    expect(activities(f.engine)[0].Cause).toBe('monitor alarm a-first in state ALARM triggered policy plus-two');
  });

  it('a step policy whose alarm is OK or has its actions disabled asks for nothing', () => {
    // Steps on both sides of the threshold: an OK alarm would still find one.
    const both = stepPolicy('both-sides', {
      AdjustmentType: 'ChangeInCapacity',
      Cooldown: 0,
      StepAdjustments: [
        { MetricIntervalUpperBound: 0, ScalingAdjustment: -1 },
        { MetricIntervalLowerBound: 0, ScalingAdjustment: 1 },
      ],
    });
    alarm('both-sides-alarm', both, 60, 'GreaterThanOrEqualToThreshold');
    const disabled = stepPolicy('disabled', {
      AdjustmentType: 'ChangeInCapacity',
      Cooldown: 0,
      StepAdjustments: [{ MetricIntervalLowerBound: 0, ScalingAdjustment: 5 }],
    });
    alarm('disabled-alarm', disabled, 10, 'GreaterThanOrEqualToThreshold', { ActionsEnabled: false });
    setCpu(f.engine, 30);
    at(3 * MINUTE + 15_000);
    expect(desired()).toBe(2);
    expect(activities(f.engine, 'web', true)).toEqual([]);
  });

  it('a step alarm in ALARM whose distance no step covers asks for nothing', () => {
    const arn = stepPolicy('narrow', {
      AdjustmentType: 'ChangeInCapacity',
      Cooldown: 0,
      StepAdjustments: [{ MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 10, ScalingAdjustment: 3 }],
    });
    alarm('narrow-alarm', arn, 50, 'GreaterThanOrEqualToThreshold');
    outPolicy('plus-one', 50, 1, { Cooldown: 600 });
    setCpu(f.engine, 90); // 40 above the threshold: outside the one step; the other policy scales as usual
    at(3 * MINUTE + 15_000);
    expect(desired()).toBe(3);
    expect(activities(f.engine, 'web', true).map((a) => a.Cause)).toEqual([cause('plus-one')]);
  });

  it('ExactCapacity scales out to a larger capacity and in to a smaller one', () => {
    const arn = stepPolicy('exact', {
      AdjustmentType: 'ExactCapacity',
      Cooldown: 0,
      StepAdjustments: [
        { MetricIntervalUpperBound: 0, ScalingAdjustment: 1 },
        { MetricIntervalLowerBound: 0, ScalingAdjustment: 6 },
      ],
    });
    alarm('exact-alarm', arn, 50, 'GreaterThanOrEqualToThreshold');
    setCpu(f.engine, 90);
    at(MINUTE + 15_000);
    expect(desired()).toBe(6);
    // The same alarm, now OK, triggers nothing; a second one under 20 % asks for the capacity of 1.
    alarm('exact-low-alarm', arn, 20, 'LessThanThreshold');
    at(2 * MINUTE);
    setCpu(f.engine, 5);
    at(4 * MINUTE + 15_000);
    expect(desired()).toBe(1);
    expect(activities(f.engine)[0]).toMatchObject({
      Description: 'Setting desired count to 1.',
      Cause: 'monitor alarm exact-low-alarm in state ALARM triggered policy exact',
    });
  });

  it('ExactCapacity equal to the current capacity is a scale-in, refused at the minimum', () => {
    register(2, 20);
    const arn = stepPolicy('exact', {
      AdjustmentType: 'ExactCapacity',
      Cooldown: 0,
      StepAdjustments: [{ MetricIntervalLowerBound: 0, ScalingAdjustment: 2 }],
    });
    alarm('exact-alarm', arn, 50, 'GreaterThanOrEqualToThreshold');
    setCpu(f.engine, 90);
    at(MINUTE + 15_000);
    expect(desired()).toBe(2);
    expect(notScaledOnes().map((a) => a.NotScaledReasons)).toEqual([
      [{ Code: 'AlreadyAtMinCapacity', MinCapacity: 2, CurrentCapacity: 2 }],
    ]);
  });

  it('a change of zero is a scale-in: at the maximum it records nothing', () => {
    register(1, 2);
    outPolicy('zero', 50, 0, { Cooldown: 0 });
    setCpu(f.engine, 90);
    at(3 * MINUTE + 15_000);
    expect(desired()).toBe(2);
    expect(activities(f.engine, 'web', true)).toEqual([]);
  });
});

describe('cooldowns', () => {
  beforeEach(() => {
    f = setup();
    runningService(f.engine, 'web', 2);
    register(1, 20);
  });

  it('a scale-out after the cooldown starts a new one, from the capacity it scaled out from', () => {
    outPolicy('plus-two', 50, 2, { Cooldown: 120 });
    setCpu(f.engine, 90);
    at(MINUTE + 15_000);
    expect(desired()).toBe(4); // at 1:10, cooling down until 3:10
    at(2 * MINUTE + 15_000);
    expect(desired()).toBe(4); // from the 2 before: 4, nothing to add
    at(3 * MINUTE + 15_000);
    expect(desired()).toBe(6); // the cooldown is over at 3:10: from 4, and a new one runs until 5:10
    at(4 * MINUTE + 15_000);
    expect(desired()).toBe(6); // from the 4 before it: 6 again
    at(5 * MINUTE + 15_000);
    expect(desired()).toBe(8);
  });

  it('the step cooldown defaults to 300 seconds', () => {
    outPolicy('plus-two', 50, 2);
    setCpu(f.engine, 90);
    at(MINUTE + 15_000);
    expect(desired()).toBe(4);
    at(5 * MINUTE + 15_000);
    expect(desired()).toBe(4); // until 6:10
    at(6 * MINUTE + 15_000);
    expect(desired()).toBe(6);
  });

  it('a scale-out ends a running scale-in cooldown', () => {
    f.engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 6 });
    at(MINUTE);
    outPolicy('out', 80, 2, { Cooldown: 600 });
    inPolicy('in', 30, -1, { Cooldown: 600 });
    setCpu(f.engine, 10);
    at(3 * MINUTE + 15_000);
    expect(desired()).toBe(5); // scale-in at 2:10 (the rollout to 6 ended by then); its cooldown runs until 12:10
    at(4 * MINUTE);
    setCpu(f.engine, 95);
    at(5 * MINUTE + 15_000);
    expect(desired()).toBe(7); // at 5:10; at 6:10, still 95 % but cooling down: from 5 that is 7 again
    at(6 * MINUTE);
    setCpu(f.engine, 10);
    at(7 * MINUTE + 15_000);
    expect(desired()).toBe(6); // no scale-in cooldown any more
    at(9 * MINUTE + 15_000);
    expect(desired()).toBe(6); // but this scale-in started one
  });

  it('a suspended scale-in leaves the capacity, and resumes when no longer suspended', () => {
    register(1, 20, { SuspendedState: { DynamicScalingInSuspended: true } });
    inPolicy('in', 30, -1, { Cooldown: 0 });
    setCpu(f.engine, 10);
    at(4 * MINUTE);
    expect(desired()).toBe(2);
    expect(activities(f.engine, 'web', true)).toEqual([]);
    register(1, 20, { SuspendedState: { DynamicScalingInSuspended: false } });
    at(4 * MINUTE + 15_000);
    expect(desired()).toBe(1);
  });
});

describe('on a faster clock (timeScale 0.5)', () => {
  beforeEach(() => {
    f = testEngine(START, { timeScale: 0.5 });
    f.engine.call('CreateCluster', { clusterName: 'demo' });
    runningService(f.engine, 'web', 2);
    register(1, 20);
  });

  it('cooldowns are scaled like every other wait: 240 s last two minutes', () => {
    outPolicy('plus-two', 50, 2, { Cooldown: 240 });
    setCpu(f.engine, 90);
    at(MINUTE + 15_000);
    expect(desired()).toBe(4);
    at(2 * MINUTE + 15_000);
    expect(desired()).toBe(4);
    at(3 * MINUTE + 15_000);
    expect(desired()).toBe(6);
  });
});

describe('target tracking scale-in', () => {
  beforeEach(() => {
    f = setup();
    runningService(f.engine, 'web', 8);
    register(1, 20);
  });

  function trackingPolicy(name: string, targetValue: number, extra: object = {}) {
    return aas(f.engine, 'PutScalingPolicy', {
      ...ecsTarget(),
      PolicyName: name,
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: targetValue,
        PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
        ...extra,
      },
    });
  }

  it('waits for every target tracking policy that may scale in; a step policy scales in alone', () => {
    cpuPolicy(f.engine, 50); // 40 % is under 45: its low alarm wants ceil(8 × 40 / 50) = 7
    trackingPolicy('cpu-42', 42); // 40 % is neither above 42 nor under 37.8: it wants nothing
    setCpu(f.engine, 40);
    at(20 * MINUTE + 15_000);
    expect(desired()).toBe(8);
    expect(activities(f.engine, 'web', true)).toEqual([]);
    // A step policy's scale-in does not wait for them, and the tracking wish (7) is not counted with it.
    inPolicy('in', 45, -4, { Cooldown: 0 });
    at(21 * MINUTE + 15_000);
    expect(desired()).toBe(4);
    expect(activities(f.engine)[0].Cause).toBe(cause('in'));
  });

  it('a policy with DisableScaleIn has no say in scale-in', () => {
    cpuPolicy(f.engine, 50);
    trackingPolicy('cpu-42', 42, { DisableScaleIn: true });
    setCpu(f.engine, 40);
    at(15 * MINUTE + 15_000);
    expect(desired()).toBe(7);
  });

  it('a target tracking policy whose alarms were deleted asks for nothing', () => {
    const { Alarms } = cpuPolicy(f.engine, 50) as { Alarms: { AlarmName: string }[] };
    cloudwatch(f.engine, 'DeleteAlarms', { AlarmNames: Alarms.map((a) => a.AlarmName) });
    inPolicy('in', 30, -2, { Cooldown: 600 });
    setCpu(f.engine, 10);
    at(5 * MINUTE + 15_000);
    expect(desired()).toBe(6); // the step policy alone, once (its cooldown runs until 11:10)
    expect(activities(f.engine).map((a) => a.Cause)).toEqual([cause('in')]);
  });
});

describe('what could not be done', () => {
  beforeEach(() => {
    f = setup();
    runningService(f.engine, 'web', 2);
  });

  it('records each reason once, and again after a minute in which no policy asked', () => {
    register(2, 2);
    outPolicy('out', 80, 2, { Cooldown: 0 });
    inPolicy('in', 30, -1, { Cooldown: 0 });
    setCpu(f.engine, 95);
    at(3 * MINUTE);
    setCpu(f.engine, 10);
    at(5 * MINUTE);
    setCpu(f.engine, 50);
    at(7 * MINUTE);
    setCpu(f.engine, 10);
    at(9 * MINUTE);
    expect(desired()).toBe(2);
    expect(activities(f.engine)).toEqual([]);
    const recorded = notScaledOnes();
    expect(recorded.map((a) => [a.Cause, a.NotScaledReasons])).toEqual([
      [cause('in'), [{ Code: 'AlreadyAtMinCapacity', MinCapacity: 2, CurrentCapacity: 2 }]],
      [cause('in'), [{ Code: 'AlreadyAtMinCapacity', MinCapacity: 2, CurrentCapacity: 2 }]],
      [cause('out'), [{ Code: 'AlreadyAtMaxCapacity', MaxCapacity: 2, CurrentCapacity: 2 }]],
    ]);
    expect(recorded[0]).toMatchObject({
      Description: 'Attempting to scale due to alarm triggered',
      StatusCode: 'Failed',
      StatusMessage: 'Failed to set desired count: AlreadyAtMinCapacity.',
    });
    expect(recorded[2].StatusMessage).toBe('Failed to set desired count: AlreadyAtMaxCapacity.');
  });

  it('records it again for a policy deleted and created anew on the same alarm', () => {
    register(2, 2);
    outPolicy('out', 80, 2, { Cooldown: 0 });
    setCpu(f.engine, 95);
    at(2 * MINUTE);
    expect(notScaledOnes().map((a) => a.Cause)).toEqual([cause('out')]);
    aas(f.engine, 'DeleteScalingPolicy', { ...ecsTarget(), PolicyName: 'out' });
    at(4 * MINUTE); // two minutes without any policy; the alarm, left in place, stays in ALARM
    outPolicy('out', 80, 2, { Cooldown: 0 }); // the same name, and the same alarm pointed at the new ARN
    at(6 * MINUTE);
    expect(desired()).toBe(2);
    expect(notScaledOnes().map((a) => [a.Cause, a.NotScaledReasons])).toEqual([
      [cause('out'), [{ Code: 'AlreadyAtMaxCapacity', MaxCapacity: 2, CurrentCapacity: 2 }]],
      [cause('out'), [{ Code: 'AlreadyAtMaxCapacity', MaxCapacity: 2, CurrentCapacity: 2 }]],
    ]);
  });

  it('records nothing when a policy asks for nothing at the minimum, or for no more during a cooldown', () => {
    register(2, 10);
    cpuPolicy(f.engine, 80); // 50 % is neither above 80 nor under 72: no wish
    outPolicy('out', 60, 2, { Cooldown: 600 });
    setCpu(f.engine, 50);
    at(3 * MINUTE);
    expect(activities(f.engine, 'web', true)).toEqual([]);
    setCpu(f.engine, 70);
    at(6 * MINUTE);
    expect(desired()).toBe(4); // then 2 + 2 again during the cooldown: nothing to add, under the maximum
    expect(activities(f.engine, 'web', true).map((a) => a.Description)).toEqual(['Setting desired count to 4.']);
  });

  it('a target tracking alarm in ALARM with no datapoint for the latest minute asks for nothing', () => {
    register(2, 2);
    const { Alarms } = aas<{ Alarms: { AlarmName: string }[] }>(f.engine, 'PutScalingPolicy', {
      ...ecsTarget(),
      PolicyName: 'queue',
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: 10,
        CustomizedMetricSpecification: { Namespace: 'App', MetricName: 'QueueDepth', Statistic: 'Average' },
      },
    });
    const high = Alarms.find((a) => a.AlarmName.includes('-AlarmHigh-'))?.AlarmName as string;
    const described = () =>
      cloudwatch<{ MetricAlarms: Record<string, unknown>[] }>(f.engine, 'DescribeAlarms', { AlarmNames: [high] }).MetricAlarms[0];
    // The high alarm edited to treat missing data as breaching: with nothing published, ALARM after three minutes.
    const members = [
      'AlarmActions',
      'Namespace',
      'MetricName',
      'Statistic',
      'Dimensions',
      'Period',
      'EvaluationPeriods',
      'Threshold',
      'ComparisonOperator',
    ];
    const config = Object.fromEntries(members.map((member) => [member, described()[member]]));
    cloudwatch(f.engine, 'PutMetricAlarm', { ...config, AlarmName: high, TreatMissingData: 'breaching' });
    at(5 * MINUTE + 15_000);
    expect(described().StateValue).toBe('ALARM');
    // No value to scale by: at the maximum, not even a not-scaled activity (the capacity it asked for would be NaN).
    expect(desired()).toBe(2);
    expect(activities(f.engine, 'web', true)).toEqual([]);
  });

  it('bounds that already hold the desired count change nothing', () => {
    register(2, 10);
    register(1, 2);
    expect(desired()).toBe(2);
    expect(activities(f.engine, 'web', true)).toEqual([]);
  });

  it('a change overridden by a later one says so', () => {
    register(5, 10);
    register(1, 3);
    expect(activities(f.engine)[1]).toMatchObject({
      Cause: 'minimum capacity was set to 5',
      StatusCode: 'Overridden',
      StatusMessage: 'Successfully set desired count to 5. Change overridden by a later scaling activity.',
    });
  });

  it('checks a change five seconds after it, even when ECS already runs that many tasks', () => {
    f.engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 5 });
    register(1, 2); // back to the 2 that run, before the 3 new ones start
    expect(activities(f.engine)[0]).toMatchObject({ Description: 'Setting desired count to 2.', StatusCode: 'InProgress' });
    f.engine.advance(1_000);
    expect(describeService(f.engine, 'web').runningCount).toBe(2);
    expect(activities(f.engine)[0].StatusCode).toBe('InProgress');
    f.engine.advance(4_000);
    expect(activities(f.engine)[0]).toMatchObject({
      StatusCode: 'Successful',
      StatusMessage: 'Successfully set desired count to 2. Change successfully fulfilled by ecs.',
    });
  });

  it('checks every five seconds whether ECS fulfilled a change', () => {
    register(4, 10);
    const [started] = activities(f.engine);
    let running = 0;
    let ended = 0;
    for (let ms = 0; ms < 60_000 && !ended; ms += 250) {
      f.engine.advance(250);
      if (!running && describeService(f.engine, 'web').runningCount === 4) running = f.clock.now();
      const [now] = activities(f.engine);
      if (now.StatusCode !== 'InProgress') ended = f.clock.now();
    }
    expect(activities(f.engine)[0]).toMatchObject({ ActivityId: started.ActivityId, StatusCode: 'Successful' });
    expect(running).toBeGreaterThan(0);
    // The first check after the tasks run, on the five-second rhythm that started with the change.
    const checks = (ended - started.StartTime * 1000) / 5_000;
    expect(Number.isInteger(checks)).toBe(true);
    expect(ended - running).toBeLessThan(5_000);
  });
});
