// The Fargate size table, written out from the ECS developer guide (task-cpu-memory-error) rather than computed,
// so a slip in a step or a bound of FARGATE_SIZES shows as a difference here.
import { describe, expect, it } from 'vitest';
import {
  FARGATE_SIZES,
  fargateMemoryOptions,
  fargatePairError,
  formatMemory,
  isValidFargatePair,
  parseCpu,
  parseMemory,
} from './fargate';

const GB = 1024;
const gb = (...values: number[]) => values.map((v) => v * GB);

const VALID: Record<number, number[]> = {
  256: [512, 1024, 2048],
  512: gb(1, 2, 3, 4),
  1024: gb(2, 3, 4, 5, 6, 7, 8),
  2048: gb(4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16),
  4096: gb(8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30),
  8192: gb(16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60),
  16384: gb(32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120),
};

describe('Fargate task sizes', () => {
  it('offers exactly the documented memory values for each CPU value', () => {
    expect(FARGATE_SIZES.map((s) => s.cpu)).toEqual([256, 512, 1024, 2048, 4096, 8192, 16384]);
    for (const [cpu, memory] of Object.entries(VALID)) expect(fargateMemoryOptions(Number(cpu)), `cpu ${cpu}`).toEqual(memory);
    expect(fargateMemoryOptions(128)).toEqual([]);
  });

  it('accepts the largest pair of each size and refuses one step past it or between steps', () => {
    expect(isValidFargatePair(4096, 30720)).toBe(true);
    expect(isValidFargatePair(4096, 31744)).toBe(false);
    expect(isValidFargatePair(8192, 20480)).toBe(true);
    expect(isValidFargatePair(8192, 17408)).toBe(false);
    expect(isValidFargatePair(8192, 61440)).toBe(true);
    expect(isValidFargatePair(16384, 122880)).toBe(true);
    expect(isValidFargatePair(16384, 36864)).toBe(false);
    expect(isValidFargatePair(256, 3072)).toBe(false);
    expect(isValidFargatePair(300, 512)).toBe(false);
  });

  it('names the vCPUs and says which sizes run Windows containers', () => {
    expect(FARGATE_SIZES.map((s) => s.vcpu)).toEqual(['.25 vCPU', '.5 vCPU', '1 vCPU', '2 vCPU', '4 vCPU', '8 vCPU', '16 vCPU']);
    expect(FARGATE_SIZES.filter((s) => s.windows).map((s) => s.cpu)).toEqual([1024, 2048, 4096]);
  });

  it("refuses an invalid pair in ECS's words", () => {
    expect(fargatePairError(256, 4096)).toBe(
      'No Fargate configuration exists for given values: 256 CPU, 4096 memory. See the Amazon ECS documentation for the valid values.',
    );
  });
});

describe('task size text', () => {
  it('reads CPU units or vCPUs', () => {
    expect(parseCpu('1024')).toBe(1024);
    expect(parseCpu(' 256 ')).toBe(256);
    expect(parseCpu('1 vCPU')).toBe(1024);
    expect(parseCpu('.5 vcpu')).toBeUndefined();
    expect(parseCpu('0.5 vcpu')).toBe(512);
    expect(parseCpu('2vCPU')).toBe(2048);
    expect(parseCpu('1.25 VCPU')).toBe(1280);
    expect(parseCpu('16 vCPU')).toBe(16384);
    expect(parseCpu('1 vCPUs')).toBeUndefined();
    expect(parseCpu('x1 vCPU')).toBeUndefined();
    expect(parseCpu('1 GB')).toBeUndefined();
    expect(parseCpu('12a')).toBeUndefined();
    expect(parseCpu('a12')).toBeUndefined();
  });

  it('reads MiB or GB', () => {
    expect(parseMemory('2048')).toBe(2048);
    expect(parseMemory(' 512 ')).toBe(512);
    expect(parseMemory('2 GB')).toBe(2048);
    expect(parseMemory('0.5gb')).toBe(512);
    expect(parseMemory('1.5 Gb')).toBe(1536);
    expect(parseMemory('1.25 GB')).toBe(1280);
    expect(parseMemory('120 GB')).toBe(122880);
    expect(parseMemory('2 GBs')).toBeUndefined();
    expect(parseMemory('x2 GB')).toBeUndefined();
    expect(parseMemory('2 vCPU')).toBeUndefined();
    expect(parseMemory('12a')).toBeUndefined();
    expect(parseMemory('a12')).toBeUndefined();
  });

  it('shows sizes from 1 GB in GB, below in MiB', () => {
    expect(formatMemory(512)).toBe('512 MiB');
    expect(formatMemory(1023)).toBe('1023 MiB');
    expect(formatMemory(1024)).toBe('1 GB');
    expect(formatMemory(30720)).toBe('30 GB');
    expect(formatMemory(1536)).toBe('1.5 GB');
  });
});
