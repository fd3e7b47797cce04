import { describe, expect, it } from 'vitest';
import { familyRevision, parseFamilyRevision, resourceName } from './arn';

describe('ARN helpers', () => {
  it('takes the name or id after the last slash, and leaves plain names alone', () => {
    expect(resourceName('arn:aws:ecs:us-east-1:123456789012:service/prod/web')).toBe('web');
    expect(resourceName('arn:aws:ecs:us-east-1:123456789012:task/prod/0a1b2c')).toBe('0a1b2c');
    expect(resourceName('arn:aws:ecs:us-east-1:123456789012:cluster/prod')).toBe('prod');
    expect(resourceName('web')).toBe('web');
    expect(resourceName(undefined)).toBeUndefined();
  });

  it('reads family and revision from a task definition ARN or reference', () => {
    const arn = 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3';
    expect(familyRevision(arn)).toBe('web:3');
    expect(familyRevision('web:3')).toBe('web:3');
    expect(familyRevision(undefined)).toBe('-');
    expect(parseFamilyRevision(arn)).toEqual({ family: 'web', revision: 3 });
    expect(parseFamilyRevision('my_app-2:12')).toEqual({ family: 'my_app-2', revision: 12 });
  });
});
