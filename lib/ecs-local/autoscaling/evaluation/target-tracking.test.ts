// Target tracking on the fake clock, as AWS documents it: the metric is the service's AWS/ECS CPUUtilization (its
// `ecs-local.cpu-percent` tag), the high alarm needs three minutes above the target, the low one fifteen under 90 % of
// it; scale-out is proportional and fast, scale-in waits and respects its cooldown; bounds and suspensions hold.
import { beforeEach, describe, expect, it } from 'vitest';
import { aas, activities, cloudwatch, cpuPolicy, ecsTarget, runningService, setCpu } from '../../testing/autoscaling';
import { START } from '../../testing/engine';
import { describeService, type Fixture, messages, setup } from '../../testing/services';

const MINUTE = 60_000;
let f: Fixture;

/** Moves the fake clock to `ms` after START. */
function at(ms: number): void {
  f.engine.advance(START + ms - f.clock.now());
}

const desired = () => describeService(f.engine, 'web').desiredCount;

function register(min: number, max: number, extra: object = {}) {
  return aas(f.engine, 'RegisterScalableTarget', { ...ecsTarget(), MinCapacity: min, MaxCapacity: max, ...extra });
}

beforeEach(() => {
  f = setup();
  runningService(f.engine, 'web', 2); // RUNNING by 30 s
  register(1, 10);
});

describe('target tracking on ECSServiceAverageCPUUtilization', () => {
  it('scales out to ceil(capacity × metric / target) after three minutes above the target, and ECS follows', () => {
    const { Alarms } = cpuPolicy(f.engine, 50);
    setCpu(f.engine, 90);
    at(3 * MINUTE + 5_000); // minutes 0-2 published at 1, 2, 3 min; alarms evaluated at :05
    const high = Alarms.find((a) => a.AlarmName.includes('-AlarmHigh-'));
    const alarm = cloudwatch<{ MetricAlarms: { StateValue: string; StateReason: string }[] }>(f.engine, 'DescribeAlarms', {
      AlarmNames: [high?.AlarmName],
    }).MetricAlarms[0];
    expect(alarm.StateValue).toBe('ALARM');
    expect(alarm.StateReason).toBe(
      'Threshold Crossed: 3 datapoints [90.0 (01/01/26 00:02:00), 90.0 (01/01/26 00:01:00), 90.0 (01/01/26 00:00:00)] were greater than the threshold (50.0).',
    );
    expect(desired()).toBe(2);

    at(3 * MINUTE + 10_000); // the target's evaluation
    expect(desired()).toBe(4); // ceil(2 × 90 / 50)
    const [scaleOut] = activities(f.engine);
    expect(scaleOut).toMatchObject({
      Description: 'Setting desired count to 4.',
      Cause: `monitor alarm ${high?.AlarmName} in state ALARM triggered policy cpu`,
      StatusCode: 'InProgress',
      StatusMessage: 'Successfully set desired count to 4. Waiting for change to be fulfilled by ecs.',
    });

    at(4 * MINUTE);
    const service = describeService(f.engine, 'web');
    expect(service.runningCount).toBe(4);
    expect(messages(service)).toContainEqual(expect.stringMatching(/^\(service web\) has started 2 tasks: /));
    expect(activities(f.engine)[0]).toMatchObject({
      ActivityId: scaleOut.ActivityId,
      StatusCode: 'Successful',
      StatusMessage: 'Successfully set desired count to 4. Change successfully fulfilled by ecs.',
    });
    expect(activities(f.engine)[0].EndTime).toBeGreaterThan(scaleOut.StartTime);
  });

  it('during the scale-out cooldown counts what the last scale-out added: only a larger one goes through', () => {
    cpuPolicy(f.engine, 50, { ScaleOutCooldown: 600 });
    setCpu(f.engine, 90);
    at(3 * MINUTE + 15_000);
    expect(desired()).toBe(4);
    at(6 * MINUTE + 15_000); // still 90 %: from the 2 before the cooldown that is 4 again, nothing to add
    expect(desired()).toBe(4);
    setCpu(f.engine, 200);
    at(7 * MINUTE + 15_000); // 200 %: from those 2 it is 8, larger than 4
    expect(desired()).toBe(8);
    at(12 * MINUTE + 15_000); // the cooldown (from 3:10) still runs: 2 × 200 / 50 = 8, no larger
    expect(desired()).toBe(8);
    at(13 * MINUTE + 15_000); // over at 13:10: from 8, capped at the maximum
    expect(desired()).toBe(10);
  });

  it('never goes above MaxCapacity, and records once that it could not (a not-scaled activity)', () => {
    register(1, 3);
    cpuPolicy(f.engine, 50, { ScaleOutCooldown: 0 });
    setCpu(f.engine, 95);
    at(3 * MINUTE + 15_000);
    expect(desired()).toBe(3);
    at(8 * MINUTE + 15_000);
    expect(desired()).toBe(3);
    expect(activities(f.engine).map((a) => a.Description)).toEqual(['Setting desired count to 3.']);
    const notScaled = activities(f.engine, 'web', true).filter((a) => a.NotScaledReasons);
    expect(notScaled).toHaveLength(1);
    expect(notScaled[0]).toMatchObject({
      StatusCode: 'Failed',
      NotScaledReasons: [{ Code: 'AlreadyAtMaxCapacity', MaxCapacity: 3, CurrentCapacity: 3 }],
    });
  });

  it('scales in gradually: only after fifteen minutes under 90 % of the target, then not again within the cooldown', () => {
    f.engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 8 });
    cpuPolicy(f.engine, 50);
    setCpu(f.engine, 20); // under 45 (90 % of 50) from the first minute
    at(14 * MINUTE + 15_000);
    expect(desired()).toBe(8); // fourteen minutes are not enough
    at(15 * MINUTE + 15_000);
    expect(desired()).toBe(4); // ceil(8 × 20 / 50)
    const low = activities(f.engine)[0];
    expect(low.Cause).toMatch(
      /^monitor alarm TargetTracking-service\/demo\/web-AlarmLow-[0-9a-f-]{36} in state ALARM triggered policy cpu$/,
    );
    at(19 * MINUTE + 15_000); // the low alarm stays in ALARM, but the 300 s scale-in cooldown runs until 20:10
    expect(desired()).toBe(4);
    at(20 * MINUTE + 15_000);
    expect(desired()).toBe(2); // ceil(4 × 20 / 50)
  });

  it('with DisableScaleIn creates only the high alarm and never scales in', () => {
    const { Alarms } = cpuPolicy(f.engine, 50, { DisableScaleIn: true });
    expect(Alarms.map((a) => a.AlarmName)).toEqual([expect.stringMatching(/^TargetTracking-service\/demo\/web-AlarmHigh-/)]);
    setCpu(f.engine, 1);
    at(30 * MINUTE);
    expect(desired()).toBe(2);
  });

  it('honours suspended dynamic scaling, and scales again once resumed', () => {
    register(1, 10, { SuspendedState: { DynamicScalingOutSuspended: true } });
    cpuPolicy(f.engine, 50);
    setCpu(f.engine, 90);
    at(5 * MINUTE);
    expect(desired()).toBe(2);
    register(1, 10, { SuspendedState: { DynamicScalingOutSuspended: false } });
    at(5 * MINUTE + 15_000);
    expect(desired()).toBe(4);
  });

  it('does not scale without data: no running task, no datapoint, the alarms stay INSUFFICIENT_DATA', () => {
    register(0, 10);
    f.engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 0 });
    const { Alarms } = cpuPolicy(f.engine, 50);
    at(20 * MINUTE);
    const states = cloudwatch<{ MetricAlarms: { StateValue: string; StateReason: string }[] }>(f.engine, 'DescribeAlarms', {
      AlarmNames: Alarms.map((a) => a.AlarmName),
    }).MetricAlarms;
    expect(states.map((a) => a.StateValue)).toEqual(['INSUFFICIENT_DATA', 'INSUFFICIENT_DATA']);
    expect(desired()).toBe(0);
  });
});

describe('bounds', () => {
  it('new bounds that exclude the desired count move it at once, with AWS’s cause', () => {
    register(5, 10);
    expect(desired()).toBe(5);
    expect(activities(f.engine)[0]).toMatchObject({
      Description: 'Setting desired count to 5.',
      Cause: 'minimum capacity was set to 5',
      StatusCode: 'InProgress',
    });
    register(1, 3);
    expect(desired()).toBe(3);
    expect(activities(f.engine)[0]).toMatchObject({ Cause: 'maximum capacity was set to 3', StatusCode: 'InProgress' });
    // The first change was overridden before ECS ran five tasks.
    expect(activities(f.engine)[1]).toMatchObject({ Cause: 'minimum capacity was set to 5', StatusCode: 'Overridden' });
  });
});

describe('deleting the service', () => {
  it('deregisters its target, policies and alarms at once', () => {
    const { Alarms } = cpuPolicy(f.engine, 50);
    f.engine.call('DeleteService', { cluster: 'demo', service: 'web', force: true });
    f.engine.tick();
    expect(aas(f.engine, 'DescribeScalableTargets', { ServiceNamespace: 'ecs' })).toEqual({ ScalableTargets: [] });
    expect(aas(f.engine, 'DescribeScalingPolicies', { ServiceNamespace: 'ecs' })).toEqual({ ScalingPolicies: [] });
    const alarms = cloudwatch<{ MetricAlarms: unknown[] }>(f.engine, 'DescribeAlarms', {
      AlarmNames: Alarms.map((a) => a.AlarmName),
    });
    expect(alarms.MetricAlarms).toEqual([]);
    expect(() => aas(f.engine, 'DeregisterScalableTarget', ecsTarget())).toThrow(
      'No scalable target found for service namespace: ecs, resource ID: service/demo/web, scalable dimension: ecs:service:DesiredCount',
    );
  });
});
