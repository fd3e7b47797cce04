// Managed scaling of an Auto Scaling group provider, as ECS documents it: M is the number of instances the
// provider's tasks need (instances running tasks, instances still booting, and new ones for the tasks
// waiting in PROVISIONING, bin-packed by CPU and memory), N the group's size, and the group is sized so that
// M / N meets the target capacity: N = ceil(M × 100 / targetCapacity), within the group's minimum and
// maximum and the step sizes. While tasks wait, the group grows by at least the minimum step. Differs from
// ECS: the metric is computed on every look (no one-minute CloudWatch periods); scale-in waits 15 minutes of
// lower demand (see scheduler-step.ts), as ECS's target tracking does.
import type { ResourceNeed } from '../tasks/model';

export interface ScalingInput {
  /** Instances in the group now (booting and registered). */
  current: number;
  /** Registered instances running at least one task that is not a daemon's. */
  busy: number;
  /** Instances launched but not registered yet. */
  booting: number;
  /** What each task waiting for this provider needs. */
  waiting: readonly ResourceNeed[];
  /** What one instance of the group's type registers. */
  capacity: { cpu: number; memory: number };
  targetCapacity: number;
  minimumScalingStepSize: number;
  maximumScalingStepSize: number;
  minSize: number;
  maxSize: number;
}

/**
 * How many new instances the waiting tasks need beyond the booting ones: first fit, largest first, into the
 * booting instances and then into new ones. Tasks larger than an instance can never be placed and need none.
 */
export function instancesForWaiting(
  waiting: readonly ResourceNeed[],
  booting: number,
  capacity: ScalingInput['capacity'],
): number {
  const bins: { cpu: number; memory: number }[] = Array.from({ length: booting }, () => ({ ...capacity }));
  const fresh = bins.length;
  const sorted = [...waiting].sort((a, b) => b.memory - a.memory || b.cpu - a.cpu);
  for (const need of sorted) {
    if (need.cpu > capacity.cpu || need.memory > capacity.memory) continue;
    let bin = bins.find((b) => b.cpu >= need.cpu && b.memory >= need.memory);
    if (!bin) {
      bin = { ...capacity };
      bins.push(bin);
    }
    bin.cpu -= need.cpu;
    bin.memory -= need.memory;
  }
  return bins.length - fresh;
}

/** The group size managed scaling asks for now (before the scale-in delay). */
export function desiredInstances(input: ScalingInput): number {
  const extra = instancesForWaiting(input.waiting, input.booting, input.capacity);
  let needed = input.busy + input.booting + extra;
  if (extra > 0) needed = Math.max(needed, input.current + input.minimumScalingStepSize);
  let desired = needed === 0 ? 0 : Math.ceil((needed * 100) / input.targetCapacity);
  desired = Math.min(input.maxSize, Math.max(input.minSize, desired));
  if (desired > input.current) desired = Math.min(desired, input.current + input.maximumScalingStepSize);
  if (desired < input.current) desired = Math.max(desired, input.current - input.maximumScalingStepSize);
  return desired;
}
