import { describe, expect, it } from 'vitest';
import { containerInstanceStateSchema, deregisterContainerInstanceSchema } from './container-instance';
import { errorsOf } from './testing';

const id = '0123456789abcdef0123456789abcdef';
const arn = `arn:aws:ecs:us-east-1:123456789012:container-instance/web/${id}`;

describe('containerInstanceStateSchema', () => {
  it('sets an instance, by id or ARN, to ACTIVE or DRAINING', () => {
    expect(containerInstanceStateSchema.parse({ cluster: ' web ', containerInstance: ` ${id} `, status: 'DRAINING' })).toEqual({
      cluster: 'web',
      containerInstance: id,
      status: 'DRAINING',
    });
    for (const containerInstance of [
      arn,
      'arn:aws-cn:ecs:cn-north-1:123456789012:container-instance/x',
      'arn:aws-us-gov:ecs:a1:123456789012:container-instance/1',
    ])
      expect(containerInstanceStateSchema.parse({ cluster: 'web', containerInstance, status: 'ACTIVE' }).containerInstance).toBe(
        containerInstance,
      );
    expect(errorsOf(containerInstanceStateSchema, { cluster: 'web', containerInstance: id, status: 'INACTIVE' })).toEqual({
      status: ['A container instance can be set to ACTIVE or DRAINING.'],
    });
    expect(errorsOf(containerInstanceStateSchema, { cluster: 'bad name', containerInstance: id, status: 'ACTIVE' })).toEqual({
      cluster: ['Cluster name can only contain letters, numbers, hyphens (-) and underscores (_).'],
    });
  });

  it('refuses anything else as the instance', () => {
    for (const containerInstance of [
      '',
      id.slice(1),
      `${id}0`,
      id.toUpperCase(),
      `x${id}`,
      `${id.slice(1)}g`,
      'arn:aws:ecs:us-east-1:123456789012:container-instance/',
      'arn:aws:ecs:us-east-1:12345678901:container-instance/x',
      'arn:aws:ecs:us-east-1:1234567890123:container-instance/x',
      'arn:aws:ecs::123456789012:container-instance/x',
      'arn:aws:ecs:US-EAST-1:123456789012:container-instance/x',
      'arn:aws:ec2:us-east-1:123456789012:container-instance/x',
      'arn:aws:ecs:us-east-1:123456789012:task/x',
      'arn:aws1:ecs:us-east-1:123456789012:container-instance/x',
      `x${arn}`,
    ])
      expect(
        errorsOf(containerInstanceStateSchema, { cluster: 'web', containerInstance, status: 'ACTIVE' }),
        containerInstance,
      ).toEqual({ containerInstance: ['Choose a container instance.'] });
  });
});

describe('deregisterContainerInstanceSchema', () => {
  it('deregisters only when the user typed deregister, and reads force as a checkbox', () => {
    expect(
      deregisterContainerInstanceSchema.parse({ cluster: 'web', containerInstance: id, confirmation: 'deregister' }),
    ).toEqual({
      cluster: 'web',
      containerInstance: id,
      force: false,
      confirmation: 'deregister',
    });
    for (const [force, parsed] of [
      ['on', true],
      ['true', true],
      ['yes', false],
      ['', false],
    ] as const)
      expect(
        deregisterContainerInstanceSchema.parse({ cluster: 'web', containerInstance: id, force, confirmation: 'deregister' })
          .force,
        force,
      ).toBe(parsed);
    for (const confirmation of ['', 'Deregister', 'deregister ', 'delete'])
      expect(
        errorsOf(deregisterContainerInstanceSchema, { cluster: 'web', containerInstance: id, confirmation }),
        confirmation,
      ).toEqual({
        confirmation: ['Type deregister to confirm.'],
      });
    expect(errorsOf(deregisterContainerInstanceSchema, { cluster: 'web', containerInstance: arn })).toEqual({
      confirmation: ['Type deregister to confirm.'],
    });
    expect(
      errorsOf(deregisterContainerInstanceSchema, { cluster: 'web', containerInstance: 'i-1', confirmation: 'deregister' }),
    ).toEqual({
      containerInstance: ['Choose a container instance.'],
    });
  });
});
