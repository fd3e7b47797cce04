import { describe, expect, it } from 'vitest';
import { ASG_SIZE_LIMIT, ASG_TAGS, asgName, asgSettings, asgTagsError, DEFAULT_ASG_MAX_SIZE } from './simulated-asg';

type Tag = { key?: string; value?: string };
const tags = (values: Partial<Record<keyof typeof ASG_TAGS, string>>): Tag[] =>
  Object.entries(values).map(([k, value]) => ({ key: ASG_TAGS[k as keyof typeof ASG_TAGS], value }));

describe('simulated Auto Scaling group tags', () => {
  it('are named ecs-local.*, with sizes up to 100 and a default maximum of 10', () => {
    expect(ASG_TAGS).toEqual({
      minSize: 'ecs-local.asg-min-size',
      maxSize: 'ecs-local.asg-max-size',
      desiredCapacity: 'ecs-local.asg-desired-capacity',
      instanceType: 'ecs-local.instance-type',
    });
    expect([ASG_SIZE_LIMIT, DEFAULT_ASG_MAX_SIZE]).toEqual([100, 10]);
  });

  it('default to 0 to 10 instances of t3.medium, none wanted', () => {
    const defaults = { minSize: 0, maxSize: 10, desiredCapacity: 0, instanceType: 't3.medium' };
    expect(asgSettings(undefined)).toEqual(defaults);
    expect(asgSettings([{ key: 'team', value: 'web' }])).toEqual(defaults);
    expect(asgTagsError(undefined)).toBeUndefined();
    expect(asgTagsError([])).toBeUndefined();
    // A tag with no value is no setting.
    expect(asgSettings([{ key: ASG_TAGS.minSize }, { key: ASG_TAGS.instanceType }])).toEqual(defaults);
    expect(asgTagsError([{ key: ASG_TAGS.minSize }, { key: ASG_TAGS.maxSize }])).toBeUndefined();
  });

  it('read the sizes and the instance type, trimmed', () => {
    expect(asgSettings(tags({ minSize: '2', maxSize: '100', desiredCapacity: '3', instanceType: 'c5.large' }))).toEqual({
      minSize: 2,
      maxSize: 100,
      desiredCapacity: 3,
      instanceType: 'c5.large',
    });
    expect(asgSettings(tags({ minSize: ' 1 ', maxSize: ' 4 ', desiredCapacity: ' 2 ', instanceType: ' m5.large ' }))).toEqual({
      minSize: 1,
      maxSize: 4,
      desiredCapacity: 2,
      instanceType: 'm5.large',
    });
    expect(
      asgTagsError(tags({ minSize: ' 1 ', maxSize: '100', desiredCapacity: '100', instanceType: ' m5.large ' })),
    ).toBeUndefined();
  });

  it('want the desired capacity at the minimum and the maximum at least 10 when not given', () => {
    expect(asgSettings(tags({ minSize: '3' }))).toMatchObject({ minSize: 3, maxSize: 10, desiredCapacity: 3 });
    expect(asgSettings(tags({ minSize: '20' }))).toMatchObject({ minSize: 20, maxSize: 20, desiredCapacity: 20 });
    expect(asgTagsError(tags({ minSize: '20' }))).toBeUndefined();
  });

  it('fall back to the defaults for values that do not parse', () => {
    expect(asgSettings(tags({ minSize: 'two', maxSize: '101', desiredCapacity: '1000', instanceType: 'p4d.24xlarge' }))).toEqual({
      minSize: 0,
      maxSize: 10,
      desiredCapacity: 0,
      instanceType: 't3.medium',
    });
    expect(asgSettings(tags({ instanceType: '' })).instanceType).toBe('t3.medium');
  });

  it('refuse a size that is not a whole number from 0 to 100, min first', () => {
    for (const value of ['101', '1000', '-1', '1.5', 'ten', '', '5x', 'x5']) {
      expect(asgTagsError(tags({ maxSize: value })), value).toBe(
        `Tag ecs-local.asg-max-size must be a number of instances from 0 to 100; got '${value}'.`,
      );
    }
    expect(asgTagsError(tags({ minSize: 'x', desiredCapacity: 'y' }))).toBe(
      "Tag ecs-local.asg-min-size must be a number of instances from 0 to 100; got 'x'.",
    );
    expect(asgTagsError(tags({ desiredCapacity: 'y', instanceType: 'big' }))).toBe(
      "Tag ecs-local.asg-desired-capacity must be a number of instances from 0 to 100; got 'y'.",
    );
  });

  it('refuse an instance type the engine does not simulate, listing those it does', () => {
    expect(asgTagsError(tags({ instanceType: 'p4d.24xlarge' }))).toBe(
      "Tag ecs-local.instance-type must be one of t3.micro, t3.small, t3.medium, t3.large, t3.xlarge, m5.large, m5.xlarge, m5.2xlarge, c5.large, c5.xlarge, c5.2xlarge, r5.large, r5.xlarge; got 'p4d.24xlarge'.",
    );
  });

  it('want a maximum of at least 1, the minimum not above it, the desired capacity between them', () => {
    expect(asgTagsError(tags({ maxSize: '0' }))).toBe('Tag ecs-local.asg-max-size must be at least 1.');
    expect(asgTagsError(tags({ maxSize: '1' }))).toBeUndefined();
    expect(asgTagsError(tags({ minSize: '5', maxSize: '3' }))).toBe(
      'Tag ecs-local.asg-min-size (5) must not exceed ecs-local.asg-max-size (3).',
    );
    expect(asgTagsError(tags({ minSize: '3', maxSize: '3' }))).toBeUndefined();
    const between = (desired: number) =>
      `Tag ecs-local.asg-desired-capacity (${desired}) must be between the minimum (2) and maximum (4) sizes.`;
    expect(asgTagsError(tags({ minSize: '2', maxSize: '4', desiredCapacity: '1' }))).toBe(between(1));
    expect(asgTagsError(tags({ minSize: '2', maxSize: '4', desiredCapacity: '5' }))).toBe(between(5));
    expect(asgTagsError(tags({ minSize: '2', maxSize: '4', desiredCapacity: '2' }))).toBeUndefined();
    expect(asgTagsError(tags({ minSize: '2', maxSize: '4', desiredCapacity: '4' }))).toBeUndefined();
  });
});

describe('asgName', () => {
  it('takes the name from an Auto Scaling group ARN, or the name as given', () => {
    expect(
      asgName(
        'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:8e1a2b3c-1111-2222-3333-444455556666:autoScalingGroupName/web-asg',
      ),
    ).toBe('web-asg');
    expect(asgName('web-asg')).toBe('web-asg');
    expect(asgName(':autoScalingGroupName/web-asg')).toBe('web-asg');
  });
});
