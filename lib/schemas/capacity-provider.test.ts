import { describe, expect, it } from 'vitest';
import { createCapacityProviderSchema, deleteCapacityProviderSchema, updateCapacityProviderSchema } from './capacity-provider';
import { errorsOf } from './testing';

const create = { cluster: 'web', name: 'asg-cp', autoScalingGroup: 'my-asg' };
const update = { cluster: 'web', name: 'asg-cp' };

describe('createCapacityProviderSchema', () => {
  it('defaults to a t3.medium group of 0 to 10 instances, managed scaling off, target 100 %', () => {
    expect(createCapacityProviderSchema.parse({ cluster: ' web ', name: ' asg-cp ', autoScalingGroup: ' my-asg ' })).toEqual({
      cluster: 'web',
      name: 'asg-cp',
      autoScalingGroup: 'my-asg',
      instanceType: 't3.medium',
      minSize: 0,
      desiredCapacity: 0,
      maxSize: 10,
      managedScaling: false,
      targetCapacity: 100,
      managedTerminationProtection: false,
      managedDraining: false,
    });
  });

  it('reads the switches as checkboxes and takes any simulated instance type', () => {
    expect(
      createCapacityProviderSchema.parse({
        ...create,
        instanceType: 'c5.xlarge',
        managedScaling: 'on',
        targetCapacity: '80',
        managedTerminationProtection: 'true',
        managedDraining: 'on',
      }),
    ).toMatchObject({
      instanceType: 'c5.xlarge',
      managedScaling: true,
      targetCapacity: 80,
      managedTerminationProtection: true,
      managedDraining: true,
    });
    expect(createCapacityProviderSchema.parse({ ...create, managedDraining: 'yes' }).managedDraining).toBe(false);
    expect(errorsOf(createCapacityProviderSchema, { ...create, instanceType: 'x1.huge' }).instanceType).toHaveLength(1);
  });

  it('needs a cluster, a valid name and the Auto Scaling group', () => {
    expect(errorsOf(createCapacityProviderSchema, { cluster: ' ', name: ' ', autoScalingGroup: ' ' })).toEqual({
      cluster: ['Too small: expected string to have >=1 characters'],
      name: [
        'The capacity provider name can contain up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens.',
      ],
      autoScalingGroup: ['Enter the Auto Scaling group name or ARN.'],
    });
    expect(errorsOf(createCapacityProviderSchema, { ...create, name: 'FARGATE_X' })).toEqual({
      name: ["The capacity provider name cannot begin with 'fargate'. Names beginning with aws, ecs or fargate are reserved."],
    });
  });

  it('takes sizes from 0 to 100, whole numbers, with at least 1 as the maximum', () => {
    expect(
      createCapacityProviderSchema.parse({ ...create, minSize: '100', desiredCapacity: '100', maxSize: '100' }),
    ).toMatchObject({
      minSize: 100,
      desiredCapacity: 100,
      maxSize: 100,
    });
    expect(createCapacityProviderSchema.parse({ ...create, minSize: '0', desiredCapacity: '0', maxSize: '1' })).toMatchObject({
      minSize: 0,
      desiredCapacity: 0,
      maxSize: 1,
    });
    expect(errorsOf(createCapacityProviderSchema, { ...create, minSize: '101', desiredCapacity: '101', maxSize: '101' })).toEqual(
      {
        minSize: ['Minimum capacity must be between 0 and 100.'],
        desiredCapacity: ['Desired capacity must be between 0 and 100.'],
        maxSize: ['Maximum capacity must be between 0 and 100.'],
      },
    );
    expect(errorsOf(createCapacityProviderSchema, { ...create, minSize: '-1', desiredCapacity: '-1' })).toEqual({
      minSize: ['Minimum capacity must be between 0 and 100.'],
      desiredCapacity: ['Desired capacity must be between 0 and 100.'],
    });
    expect(errorsOf(createCapacityProviderSchema, { ...create, maxSize: '0' })).toEqual({
      maxSize: ['Maximum capacity must be at least 1.'],
    });
    expect(errorsOf(createCapacityProviderSchema, { ...create, minSize: 'one', desiredCapacity: '0.5' })).toMatchObject({
      minSize: ['Minimum capacity must be a number.'],
      desiredCapacity: ['Desired capacity must be a whole number.'],
    });
  });

  it('keeps the desired capacity between the minimum and the maximum, the bounds included', () => {
    expect(createCapacityProviderSchema.safeParse({ ...create, minSize: '3', desiredCapacity: '3', maxSize: '3' }).success).toBe(
      true,
    );
    expect(createCapacityProviderSchema.safeParse({ ...create, minSize: '2', desiredCapacity: '5', maxSize: '5' }).success).toBe(
      true,
    );
    expect(errorsOf(createCapacityProviderSchema, { ...create, minSize: '4', desiredCapacity: '4', maxSize: '3' })).toEqual({
      minSize: ['Minimum capacity must not exceed maximum capacity.'],
      desiredCapacity: ['Desired capacity must be between the minimum and maximum capacity.'],
    });
    expect(errorsOf(createCapacityProviderSchema, { ...create, minSize: '2', desiredCapacity: '1', maxSize: '5' })).toEqual({
      desiredCapacity: ['Desired capacity must be between the minimum and maximum capacity.'],
    });
    expect(errorsOf(createCapacityProviderSchema, { ...create, minSize: '2', desiredCapacity: '6', maxSize: '5' })).toEqual({
      desiredCapacity: ['Desired capacity must be between the minimum and maximum capacity.'],
    });
  });

  it('allows managed termination protection only with managed scaling', () => {
    expect(errorsOf(createCapacityProviderSchema, { ...create, managedTerminationProtection: 'on' })).toEqual({
      managedTerminationProtection: ['Managed termination protection needs managed scaling turned on.'],
    });
    expect(
      createCapacityProviderSchema.safeParse({ ...create, managedTerminationProtection: 'on', managedScaling: 'on' }).success,
    ).toBe(true);
  });
});

describe('updateCapacityProviderSchema', () => {
  it('takes a target capacity from 1 to 100 % and the same protection rule', () => {
    expect(updateCapacityProviderSchema.parse({ ...update, managedScaling: 'on', targetCapacity: '1' })).toEqual({
      cluster: 'web',
      name: 'asg-cp',
      managedScaling: true,
      targetCapacity: 1,
      managedTerminationProtection: false,
      managedDraining: false,
    });
    expect(updateCapacityProviderSchema.parse({ cluster: ' web ', name: ' asg-cp ', targetCapacity: '100' })).toMatchObject({
      cluster: 'web',
      name: 'asg-cp',
      targetCapacity: 100,
    });
    for (const targetCapacity of ['0', '101'])
      expect(errorsOf(updateCapacityProviderSchema, { ...update, targetCapacity }), targetCapacity).toEqual({
        targetCapacity: ['Target capacity must be between 1 and 100 %.'],
      });
    expect(errorsOf(updateCapacityProviderSchema, { ...update, targetCapacity: '50.5' })).toEqual({
      targetCapacity: ['Target capacity must be a whole number.'],
    });
    expect(errorsOf(updateCapacityProviderSchema, { ...update, managedTerminationProtection: 'on' })).toEqual({
      managedTerminationProtection: ['Managed termination protection needs managed scaling turned on.'],
    });
    expect(errorsOf(updateCapacityProviderSchema, { cluster: '', name: 'bad name' })).toEqual({
      cluster: ['Too small: expected string to have >=1 characters'],
      name: [
        'The capacity provider name can contain up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens.',
      ],
    });
  });
});

describe('deleteCapacityProviderSchema', () => {
  it('deletes only when the confirmation is the provider name, exactly', () => {
    expect(deleteCapacityProviderSchema.parse({ ...update, name: ' asg-cp ', confirmation: 'asg-cp' })).toEqual({
      cluster: 'web',
      name: 'asg-cp',
      confirmation: 'asg-cp',
    });
    for (const confirmation of ['', 'asg', 'ASG-CP', 'asg-cp ', 'delete'])
      expect(errorsOf(deleteCapacityProviderSchema, { ...update, confirmation }), confirmation).toEqual({
        confirmation: ['Type the capacity provider name to confirm.'],
      });
    expect(errorsOf(deleteCapacityProviderSchema, update)).toEqual({
      confirmation: ['Type the capacity provider name to confirm.'],
    });
    expect(errorsOf(deleteCapacityProviderSchema, { cluster: ' ', name: 'x y', confirmation: 'x y' })).toEqual({
      cluster: ['Too small: expected string to have >=1 characters'],
      name: [
        'The capacity provider name can contain up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens.',
      ],
    });
  });
});
