import { describe, expect, it } from 'vitest';
import { DEFAULT_INSTANCE_TYPE, INSTANCE_TYPES, isKnownInstanceType } from './instance-types';

describe('simulated EC2 instance types', () => {
  it('registers 1024 CPU units per vCPU and the instance memory less 256 MiB', () => {
    expect(INSTANCE_TYPES).toEqual({
      't3.micro': { vcpu: 2, memory: 768 },
      't3.small': { vcpu: 2, memory: 1792 },
      't3.medium': { vcpu: 2, memory: 3840 },
      't3.large': { vcpu: 2, memory: 7936 },
      't3.xlarge': { vcpu: 4, memory: 16128 },
      'm5.large': { vcpu: 2, memory: 7936 },
      'm5.xlarge': { vcpu: 4, memory: 16128 },
      'm5.2xlarge': { vcpu: 8, memory: 32512 },
      'c5.large': { vcpu: 2, memory: 3840 },
      'c5.xlarge': { vcpu: 4, memory: 7936 },
      'c5.2xlarge': { vcpu: 8, memory: 16128 },
      'r5.large': { vcpu: 2, memory: 16128 },
      'r5.xlarge': { vcpu: 4, memory: 32512 },
    });
  });

  it('defaults to t3.medium', () => {
    expect(DEFAULT_INSTANCE_TYPE).toBe('t3.medium');
    expect(isKnownInstanceType(DEFAULT_INSTANCE_TYPE)).toBe(true);
  });

  it('knows only the listed types (not the properties every object has)', () => {
    expect(isKnownInstanceType('m5.2xlarge')).toBe(true);
    for (const name of ['t3.nano', 'T3.MEDIUM', '', 'toString', 'constructor', '__proto__']) {
      expect(isKnownInstanceType(name), name).toBe(false);
    }
  });
});
