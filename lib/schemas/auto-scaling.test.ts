import { describe, expect, it } from 'vitest';
import { createServiceSchema, updateServiceSchema } from './service';
import { errorsOf, form } from './testing';

const base = { cluster: 'c', taskDefinition: 'web:1', serviceName: 'api', networkMode: 'awsvpc', subnets: 'subnet-a' };
const update = {
  cluster: 'c',
  service: 'api',
  taskDefinition: 'web:2',
  desiredCount: '2',
  minimumHealthyPercent: '100',
  maximumPercent: '200',
};
const scaling = { useAutoScaling: 'on', minTasks: '1', maxTasks: '4', scalingPolicyName: 'cpu', scalingTargetValue: '60' };

describe('the Service auto scaling section', () => {
  it('parses a target tracking policy with AWS’s default cooldowns, and ignores the section when it is off', () => {
    const out = createServiceSchema.parse(form({ ...base, desiredCount: '2', ...scaling }));
    expect(out).toMatchObject({
      useAutoScaling: true,
      minTasks: 1,
      maxTasks: 4,
      scalingPolicyName: 'cpu',
      scalingMetric: 'ECSServiceAverageCPUUtilization',
      scalingTargetValue: 60,
      scaleOutCooldown: 300,
      scaleInCooldown: 300,
      disableScaleIn: false,
    });
    const off = createServiceSchema.parse(form({ ...base, desiredCount: '9', maxTasks: '1', scalingPolicyName: '' }));
    expect(off.useAutoScaling).toBe(false);
  });

  it('names the field to change: bounds, desired tasks outside them, the policy name, the target value', () => {
    expect(errorsOf(createServiceSchema, form({ ...base, desiredCount: '2', ...scaling, minTasks: '5', maxTasks: '3' }))).toEqual(
      {
        maxTasks: ['Maximum number of tasks must be greater than or equal to the minimum number of tasks.'],
      },
    );
    expect(errorsOf(updateServiceSchema, form({ ...update, ...scaling, desiredCount: '6' }))).toEqual({
      desiredCount: ['Desired tasks must be between the minimum (1) and the maximum (4) number of tasks.'],
    });
    expect(
      errorsOf(
        createServiceSchema,
        form({ ...base, ...scaling, scalingPolicyName: '', scalingTargetValue: '0', scaleInCooldown: '-1' }),
      ),
    ).toEqual({
      scalingPolicyName: ['Enter a policy name.'],
      scalingTargetValue: ['Target value must be greater than 0.'],
      scaleInCooldown: ['Scale-in cooldown period must be 0 or more.'],
    });
  });

  it('refuses auto scaling for a Daemon service', () => {
    expect(
      errorsOf(
        createServiceSchema,
        form({ ...base, ...scaling, schedulingStrategy: 'DAEMON', computeOption: 'launchType', launchType: 'EC2' }),
      ),
    ).toEqual({
      useAutoScaling: ['Service auto scaling needs the Replica service type: a Daemon service runs one task per instance.'],
    });
  });
});
