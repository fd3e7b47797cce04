import { describe, expect, it } from 'vitest';
import { updateTaskProtectionSchema } from './task-protection';
import { errorsOf } from './testing';

const task = { cluster: 'web', task: 'abc' };

describe('updateTaskProtectionSchema', () => {
  it('turns protection on for 2 hours unless told otherwise, or off', () => {
    expect(updateTaskProtectionSchema.parse({ cluster: ' web ', task: ' abc ', protectionEnabled: 'on' })).toEqual({
      ...task,
      protectionEnabled: true,
      expiresInMinutes: 120,
    });
    expect(updateTaskProtectionSchema.parse({ ...task, protectionEnabled: 'true' }).protectionEnabled).toBe(true);
    expect(updateTaskProtectionSchema.parse(task).protectionEnabled).toBe(false);
    expect(updateTaskProtectionSchema.parse({ ...task, protectionEnabled: 'off' }).protectionEnabled).toBe(false);
  });

  it('protects for 1 to 2880 minutes, whole ones', () => {
    for (const [minutes, parsed] of [
      ['1', 1],
      ['2880', 2880],
    ] as const)
      expect(updateTaskProtectionSchema.parse({ ...task, expiresInMinutes: minutes }).expiresInMinutes).toBe(parsed);
    for (const expiresInMinutes of ['0', '2881'])
      expect(errorsOf(updateTaskProtectionSchema, { ...task, expiresInMinutes }), expiresInMinutes).toEqual({
        expiresInMinutes: ['Protection period must be between 1 and 2880 minutes.'],
      });
    expect(errorsOf(updateTaskProtectionSchema, { ...task, expiresInMinutes: '1.5' })).toEqual({
      expiresInMinutes: ['Protection period must be a whole number.'],
    });
    expect(errorsOf(updateTaskProtectionSchema, { ...task, expiresInMinutes: 'soon' })).toEqual({
      expiresInMinutes: ['Protection period must be a number.'],
    });
  });

  it('needs the cluster and the task', () => {
    expect(errorsOf(updateTaskProtectionSchema, { cluster: ' ', task: '' })).toEqual({
      cluster: ['Too small: expected string to have >=1 characters'],
      task: ['Too small: expected string to have >=1 characters'],
    });
  });
});
