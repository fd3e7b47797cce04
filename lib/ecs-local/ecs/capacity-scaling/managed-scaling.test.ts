import { describe, expect, it } from 'vitest';
import { desiredInstances, instancesForWaiting, type ScalingInput } from './managed-scaling';

const capacity = { cpu: 2048, memory: 3840 };
const task = (cpu: number, memory: number) => ({ cpu, memory, ports: [], portsUdp: [] });

function input(over: Partial<ScalingInput>): ScalingInput {
  return {
    current: 0,
    busy: 0,
    booting: 0,
    waiting: [],
    capacity,
    targetCapacity: 100,
    minimumScalingStepSize: 1,
    maximumScalingStepSize: 10000,
    minSize: 0,
    maxSize: 10,
    ...over,
  };
}

describe('instancesForWaiting', () => {
  it('bin-packs waiting tasks, largest first, into booting instances and then new ones', () => {
    expect(instancesForWaiting([task(1024, 2048), task(1024, 2048), task(1024, 2048)], 0, capacity)).toBe(3);
    expect(instancesForWaiting([task(512, 1024), task(512, 1024), task(512, 1024)], 0, capacity)).toBe(1);
    expect(instancesForWaiting([task(512, 1024), task(1024, 3000)], 1, capacity)).toBe(1);
    expect(instancesForWaiting([task(512, 1024)], 1, capacity)).toBe(0);
    // Larger than any instance: never placeable, so no instance is launched for it.
    expect(instancesForWaiting([task(4096, 512)], 0, capacity)).toBe(0);
  });
});

describe('desiredInstances', () => {
  it('sizes the group to M × 100 / targetCapacity within the group limits and steps', () => {
    expect(desiredInstances(input({ waiting: [task(1024, 2048), task(1024, 2048)] }))).toBe(2);
    expect(desiredInstances(input({ current: 4, busy: 3 }))).toBe(3);
    expect(desiredInstances(input({ current: 4, busy: 3, targetCapacity: 50 }))).toBe(6);
    expect(desiredInstances(input({ current: 2, busy: 2, minSize: 3 }))).toBe(3);
    expect(desiredInstances(input({ waiting: Array.from({ length: 20 }, () => task(1024, 2048)) }))).toBe(10);
    expect(
      desiredInstances(input({ waiting: Array.from({ length: 5 }, () => task(1024, 2048)), maximumScalingStepSize: 2 })),
    ).toBe(2);
    expect(desiredInstances(input({ current: 10, busy: 0, maximumScalingStepSize: 3 }))).toBe(7);
  });

  it('grows by at least the minimum step while tasks wait, and to nothing when idle', () => {
    expect(desiredInstances(input({ current: 2, busy: 2, waiting: [task(256, 512)], minimumScalingStepSize: 3 }))).toBe(5);
    expect(desiredInstances(input({ current: 3, busy: 0 }))).toBe(0);
    expect(desiredInstances(input({ current: 1, booting: 1 }))).toBe(1);
  });
});
