import { describe, expect, it } from 'vitest';
import {
  chartScaling,
  formDefaults,
  NEW_AUTO_SCALING,
  type ServiceAutoScaling,
  toActivityView,
  toPolicyView,
} from './auto-scaling-view';

const T = (iso: string) => new Date(iso);

const tracking = toPolicyView({
  PolicyName: 'cpu',
  PolicyType: 'TargetTrackingScaling',
  TargetTrackingScalingPolicyConfiguration: {
    TargetValue: 60,
    PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
    ScaleOutCooldown: 60,
    DisableScaleIn: true,
  },
  Alarms: [{ AlarmName: 'high', AlarmARN: 'arn:high' }],
} as never);

const scaling: ServiceAutoScaling = {
  target: { min: 1, max: 5, suspended: [] },
  policies: [tracking],
  scheduledActions: [],
  activities: [
    toActivityView({
      ActivityId: 'a2',
      Description: 'Setting desired count to 3.',
      Cause: 'monitor alarm high in state ALARM triggered policy cpu',
      StatusCode: 'InProgress',
      StartTime: T('2026-01-01T10:05:00Z'),
    } as never),
    toActivityView({
      ActivityId: 'a1',
      Description: 'Setting min capacity to 1 and max capacity to 5',
      Cause: 'scheduled action name night was triggered',
      StatusCode: 'Successful',
      StartTime: T('2026-01-01T10:01:00Z'),
    } as never),
    toActivityView({
      ActivityId: 'a0',
      Description: 'Setting desired count to 2.',
      Cause: 'monitor alarm high in state ALARM triggered policy cpu',
      StatusCode: 'Successful',
      StartTime: T('2026-01-01T09:00:00Z'),
    } as never),
  ],
};

describe('auto scaling view models', () => {
  it('reads a target tracking policy and the desired count an activity set', () => {
    expect(tracking).toMatchObject({
      type: 'Target tracking',
      summary: 'ECSServiceAverageCPUUtilization = 60',
      metric: 'ECSServiceAverageCPUUtilization',
      scaleOutCooldown: 60,
      disableScaleIn: true,
      alarms: ['high'],
    });
    expect(scaling.activities.map((a) => a.desired)).toEqual([3, undefined, 2]);
  });

  it('gives each chart its metric’s target line and the desired-count changes in its range, oldest first', () => {
    const start = Date.parse('2026-01-01T09:30:00Z') / 1000;
    const end = Date.parse('2026-01-01T10:30:00Z') / 1000;
    expect(chartScaling(scaling, 'ECSServiceAverageCPUUtilization', start, end)).toEqual({
      target: 60,
      activities: [
        {
          at: Date.parse('2026-01-01T10:05:00Z') / 1000,
          label: 'Setting desired count to 3. monitor alarm high in state ALARM triggered policy cpu',
        },
      ],
    });
    expect(chartScaling(scaling, 'ECSServiceAverageMemoryUtilization', start, end).target).toBeUndefined();
    expect(chartScaling({ ...scaling, target: undefined }, 'ECSServiceAverageCPUUtilization', start, end)).toEqual({
      activities: [],
    });
  });

  it('starts the update form from the service’s target and policy, or from the console’s defaults', () => {
    expect(formDefaults(scaling)).toEqual({
      enabled: true,
      minTasks: 1,
      maxTasks: 5,
      policyName: 'cpu',
      metric: 'ECSServiceAverageCPUUtilization',
      targetValue: 60,
      scaleOutCooldown: 60,
      scaleInCooldown: 300,
      disableScaleIn: true,
    });
    expect(formDefaults(undefined)).toBe(NEW_AUTO_SCALING);
  });
});
