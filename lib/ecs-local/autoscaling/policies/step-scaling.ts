// Step scaling configurations: their checks (steps that neither overlap nor leave gaps, at most one open end on
// each side) and what a triggered policy asks for. The step is chosen by how far the alarm's metric is from the
// alarm's threshold (above it the lower bound is inclusive, below it the upper bound is); the adjustment is then
// applied as AWS applies it: a percentage that is not whole rounds toward zero, but never below a change of one,
// and MinAdjustmentMagnitude sets a floor on it.
import type { StepAdjustment, StepScalingPolicyConfiguration } from '@aws-sdk/client-application-auto-scaling';
import type { Wire } from '../../protocol/serialize';
import { validation } from '../common/errors';
import { checkCooldown } from './target-tracking';

export type StepConfig = Wire<StepScalingPolicyConfiguration>;

const lower = (s: Wire<StepAdjustment>) => s.MetricIntervalLowerBound ?? Number.NEGATIVE_INFINITY;
const upper = (s: Wire<StepAdjustment>) => s.MetricIntervalUpperBound ?? Number.POSITIVE_INFINITY;

export function checkStepScaling(config: StepConfig): void {
  if (!config.AdjustmentType) throw validation('A step scaling configuration needs an AdjustmentType.');
  const steps = config.StepAdjustments ?? [];
  if (steps.length === 0) throw validation('A step scaling configuration needs at least one StepAdjustment.');
  checkCooldown(config.Cooldown, 'Cooldown');
  if (config.MinAdjustmentMagnitude !== undefined) {
    if (config.AdjustmentType !== 'PercentChangeInCapacity')
      throw validation('MinAdjustmentMagnitude applies only when AdjustmentType is PercentChangeInCapacity.');
    if (config.MinAdjustmentMagnitude < 1) throw validation('MinAdjustmentMagnitude must be at least 1.');
  }
  if (steps.filter((s) => s.MetricIntervalLowerBound === undefined).length > 1)
    throw validation('At most one step adjustment can have a null lower bound.');
  if (steps.filter((s) => s.MetricIntervalUpperBound === undefined).length > 1)
    throw validation('At most one step adjustment can have a null upper bound.');
  const sorted = [...steps].sort((a, b) => lower(a) - lower(b));
  sorted.forEach((s, i) => {
    if (!(lower(s) < upper(s)))
      throw validation(`The lower bound of a step adjustment (${lower(s)}) must be less than its upper bound (${upper(s)}).`);
    const next = sorted[i + 1];
    if (next && upper(s) !== lower(next))
      throw validation(
        `Step adjustments must neither overlap nor leave gaps: one ends at ${upper(s)}, the next starts at ${lower(next)}.`,
      );
  });
  if (config.AdjustmentType === 'ExactCapacity' && steps.some((s) => (s.ScalingAdjustment ?? 0) < 0))
    throw validation('With ExactCapacity a ScalingAdjustment is a capacity, so it cannot be negative.');
}

/** The step for a metric `difference` away from the alarm's threshold (undefined when no step covers it). */
export function stepFor(config: StepConfig, difference: number): Wire<StepAdjustment> | undefined {
  return (config.StepAdjustments ?? []).find((s) =>
    difference >= 0 ? lower(s) <= difference && difference < upper(s) : lower(s) < difference && difference <= upper(s),
  );
}

/** The capacity the step asks for, from `current`. */
export function adjustedCapacity(config: StepConfig, current: number, adjustment: number): number {
  switch (config.AdjustmentType) {
    case 'ExactCapacity':
      return adjustment;
    case 'PercentChangeInCapacity': {
      const raw = (current * adjustment) / 100;
      let change = raw === 0 ? 0 : Math.abs(raw) < 1 ? Math.sign(raw) : Math.trunc(raw);
      const floor = config.MinAdjustmentMagnitude;
      if (floor !== undefined && change !== 0 && Math.abs(change) < floor) change = Math.sign(change) * floor;
      return current + change;
    }
    default:
      return current + adjustment;
  }
}
