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

describe('the Service auto scaling fields', () => {
  it('defaults to 1 to 1 tasks, the CPU metric at 70 %, 300 s cooldowns and scale-in on', () => {
    expect(
      updateServiceSchema.parse(form({ ...update, desiredCount: '1', useAutoScaling: 'on', scalingPolicyName: ' cpu ' })),
    ).toMatchObject({
      useAutoScaling: true,
      minTasks: 1,
      maxTasks: 1,
      scalingPolicyName: 'cpu',
      scalingMetric: 'ECSServiceAverageCPUUtilization',
      scalingTargetValue: 70,
      scaleOutCooldown: 300,
      scaleInCooldown: 300,
      disableScaleIn: false,
    });
  });

  it('offers the CPU and memory metrics only', () => {
    for (const scalingMetric of ['ECSServiceAverageCPUUtilization', 'ECSServiceAverageMemoryUtilization'])
      expect(updateServiceSchema.parse(form({ ...update, ...scaling, scalingMetric })).scalingMetric).toBe(scalingMetric);
    expect(errorsOf(updateServiceSchema, form({ ...update, ...scaling, scalingMetric: 'ALBRequestCountPerTarget' }))).toEqual({
      scalingMetric: ['Invalid option: expected one of "ECSServiceAverageCPUUtilization"|"ECSServiceAverageMemoryUtilization"'],
    });
  });

  it('reads the scale-in switch as a checkbox', () => {
    expect(updateServiceSchema.parse(form({ ...update, ...scaling, disableScaleIn: 'on' })).disableScaleIn).toBe(true);
    expect(updateServiceSchema.parse(form({ ...update, ...scaling, disableScaleIn: 'true' })).disableScaleIn).toBe(true);
    expect(updateServiceSchema.parse(form({ ...update, ...scaling, useAutoScaling: 'yes' })).useAutoScaling).toBe(false);
  });

  it('takes a target value above 0 and up to 100, decimals included', () => {
    for (const [value, parsed] of [
      ['100', 100],
      ['0.5', 0.5],
      ['99.9', 99.9],
    ] as const)
      expect(updateServiceSchema.parse(form({ ...update, ...scaling, scalingTargetValue: value })).scalingTargetValue).toBe(
        parsed,
      );
    expect(errorsOf(updateServiceSchema, form({ ...update, ...scaling, scalingTargetValue: '100.5' }))).toEqual({
      scalingTargetValue: ['Target value is a percentage: at most 100.'],
    });
    expect(errorsOf(updateServiceSchema, form({ ...update, ...scaling, scalingTargetValue: '-1' }))).toEqual({
      scalingTargetValue: ['Target value must be greater than 0.'],
    });
    expect(errorsOf(updateServiceSchema, form({ ...update, ...scaling, scalingTargetValue: 'high' }))).toEqual({
      scalingTargetValue: ['Target value must be a number.'],
    });
  });

  it('takes cooldowns from 0 to a year of seconds, whole numbers', () => {
    const year = '31536000';
    expect(
      updateServiceSchema.parse(form({ ...update, ...scaling, scaleOutCooldown: '0', scaleInCooldown: year })),
    ).toMatchObject({ scaleOutCooldown: 0, scaleInCooldown: 31_536_000 });
    expect(
      errorsOf(updateServiceSchema, form({ ...update, ...scaling, scaleOutCooldown: '31536001', scaleInCooldown: '31536001' })),
    ).toEqual({
      scaleOutCooldown: ['Scale-out cooldown period must be at most 31536000 seconds.'],
      scaleInCooldown: ['Scale-in cooldown period must be at most 31536000 seconds.'],
    });
    expect(
      errorsOf(updateServiceSchema, form({ ...update, ...scaling, scaleOutCooldown: '-1', scaleInCooldown: '1.5' })),
    ).toEqual({
      scaleOutCooldown: ['Scale-out cooldown period must be 0 or more.'],
      scaleInCooldown: ['Scale-in cooldown period must be a whole number.'],
    });
    expect(errorsOf(updateServiceSchema, form({ ...update, ...scaling, scaleOutCooldown: 'x' }))).toEqual({
      scaleOutCooldown: ['Scale-out cooldown period must be a number.'],
    });
  });

  it('takes 0 or more tasks as bounds, with desired tasks within them, the bounds included', () => {
    const at = (minTasks: string, maxTasks: string, desiredCount: string) =>
      updateServiceSchema.safeParse(form({ ...update, ...scaling, minTasks, maxTasks, desiredCount })).success;
    expect(at('0', '0', '0')).toBe(true);
    expect(at('2', '2', '2')).toBe(true);
    expect(at('2', '4', '2')).toBe(true);
    expect(at('2', '4', '4')).toBe(true);
    expect(
      errorsOf(updateServiceSchema, form({ ...update, ...scaling, minTasks: '2', maxTasks: '4', desiredCount: '1' })),
    ).toEqual({
      desiredCount: ['Desired tasks must be between the minimum (2) and the maximum (4) number of tasks.'],
    });
    expect(
      errorsOf(updateServiceSchema, form({ ...update, ...scaling, minTasks: '2', maxTasks: '4', desiredCount: '5' })),
    ).toEqual({
      desiredCount: ['Desired tasks must be between the minimum (2) and the maximum (4) number of tasks.'],
    });
    expect(
      errorsOf(updateServiceSchema, form({ ...update, ...scaling, minTasks: '3', maxTasks: '2', desiredCount: '9' })),
    ).toEqual({
      maxTasks: ['Maximum number of tasks must be greater than or equal to the minimum number of tasks.'],
    });
    // The cross-field check still runs on the refused bounds (zod goes on after a failed number check).
    expect(errorsOf(updateServiceSchema, form({ ...update, ...scaling, minTasks: '-1', maxTasks: '-1' }))).toMatchObject({
      minTasks: ['Minimum number of tasks must be 0 or more.'],
      maxTasks: ['Maximum number of tasks must be 0 or more.'],
    });
    expect(errorsOf(updateServiceSchema, form({ ...update, ...scaling, minTasks: 'a', maxTasks: '1.5' }))).toEqual({
      minTasks: ['Minimum number of tasks must be a number.'],
      maxTasks: ['Maximum number of tasks must be a whole number.'],
    });
  });

  it('checks the policy name by the Application Auto Scaling rule, trimmed and at most 256 characters', () => {
    expect(
      updateServiceSchema.parse(form({ ...update, ...scaling, scalingPolicyName: 'p'.repeat(256) })).scalingPolicyName,
    ).toHaveLength(256);
    expect(errorsOf(updateServiceSchema, form({ ...update, ...scaling, scalingPolicyName: 'p'.repeat(257) }))).toEqual({
      scalingPolicyName: ['Policy name must be 1 to 256 characters.'],
    });
    expect(errorsOf(updateServiceSchema, form({ ...update, ...scaling, scalingPolicyName: 'cpu\u0007' }))).toEqual({
      scalingPolicyName: ['Policy name must contain printable characters only.'],
    });
    expect(errorsOf(updateServiceSchema, form({ ...update, ...scaling, scalingPolicyName: '   ' }))).toEqual({
      scalingPolicyName: ['Enter a policy name.'],
    });
    // A form without the name input: no name either.
    const { scalingPolicyName: _, ...unnamed } = scaling;
    expect(errorsOf(updateServiceSchema, form({ ...update, ...unnamed }))).toEqual({
      scalingPolicyName: ['Enter a policy name.'],
    });
    expect(updateServiceSchema.parse(form(update)).scalingPolicyName).toBe('');
    expect(updateServiceSchema.parse(form({ ...update, desiredCount: '9', minTasks: '5', maxTasks: '3' })).useAutoScaling).toBe(
      false,
    );
  });
});
