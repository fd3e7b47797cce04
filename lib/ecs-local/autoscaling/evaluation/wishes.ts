// What each policy of a target asks for this minute, from the state of its alarms (evaluated a few seconds earlier
// by metrics/alarms/evaluate.ts) and the latest value of their metric:
// - target tracking: AlarmHigh in ALARM → ceil(capacity × metric / target); AlarmLow in ALARM → the same formula, for
//   scale-in (the low alarm needs 15 minutes under 90 % of the target, which is what makes scale-in gradual);
// - step scaling: each alarm in ALARM that names the policy → the step its distance from the threshold falls in.
// While a scale-out cooldown runs, a scale-out is computed from the capacity before the scale-out that started it
// (what that one added counts), so only a larger scale-out goes through (AWS's rule for both policy types).
import { DEFAULT_COOLDOWN_SECONDS } from '../../../ecs-rules/auto-scaling';
import type { OpContext } from '../../core/context';
import { latestValue } from '../../metrics/alarms/evaluate';
import { type AlarmDoc, alarmsActingOn, getAlarm } from '../../metrics/alarms/model';
import type { PolicyDoc } from '../policies/model';
import { adjustedCapacity, stepFor } from '../policies/step-scaling';
import type { TrackingConfig } from '../policies/target-tracking';
import type { TargetDoc } from '../scalable-targets/model';

export interface Wish {
  direction: 'out' | 'in';
  capacity: number;
  cause: string;
  /** Target tracking scale-ins go through only if every target tracking policy that may scale in wants to. */
  tracking: boolean;
  /** The policy's cooldown for this direction, ms (already scaled). */
  cooldownMs: number;
}

export interface Wishes {
  wishes: Wish[];
  /** Target tracking policies that may scale in (DisableScaleIn false): each must wish to scale in for any to. */
  trackingScaleInVoters: number;
}

const causeOf = (alarm: AlarmDoc, policy: PolicyDoc) =>
  `monitor alarm ${alarm.AlarmName} in state ALARM triggered policy ${policy.PolicyName}`;

function cooldownMs(ctx: OpContext, seconds: number | undefined): number {
  return (seconds ?? DEFAULT_COOLDOWN_SECONDS) * 1000 * ctx.settings.timeScale;
}

/** The capacity a scale-out starts from: during the scale-out cooldown, the capacity before the last scale-out. */
function outBase(ctx: OpContext, target: TargetDoc, current: number, cooldown: number): number {
  const last = target._lastOut;
  return last && ctx.now < last.at + cooldown ? last.from : current;
}

const ceil = (x: number) => Math.ceil(x - 1e-9);

function trackingWishes(ctx: OpContext, target: TargetDoc, policy: PolicyDoc, current: number, out: Wishes): void {
  const config = policy.TargetTrackingScalingPolicyConfiguration as TrackingConfig;
  if (!config.DisableScaleIn) out.trackingScaleInVoters++;
  for (const ref of policy.Alarms ?? []) {
    const alarm = getAlarm(ctx, ref.AlarmName ?? '');
    if (alarm?.StateValue !== 'ALARM') continue;
    const value = latestValue(ctx, alarm);
    if (value === undefined) continue;
    if (alarm.ComparisonOperator === 'GreaterThanThreshold') {
      const cooldown = cooldownMs(ctx, config.ScaleOutCooldown);
      const capacity = ceil((outBase(ctx, target, current, cooldown) * value) / config.TargetValue);
      out.wishes.push({ direction: 'out', capacity, cause: causeOf(alarm, policy), tracking: true, cooldownMs: cooldown });
    } else if (!config.DisableScaleIn) {
      const capacity = ceil((current * value) / config.TargetValue);
      const cooldown = cooldownMs(ctx, config.ScaleInCooldown);
      out.wishes.push({ direction: 'in', capacity, cause: causeOf(alarm, policy), tracking: true, cooldownMs: cooldown });
    }
  }
}

function stepWishes(ctx: OpContext, target: TargetDoc, policy: PolicyDoc, current: number, out: Wishes): void {
  const config = policy.StepScalingPolicyConfiguration ?? {};
  const cooldown = cooldownMs(ctx, config.Cooldown);
  for (const alarm of alarmsActingOn(ctx, policy.PolicyARN)) {
    if (alarm.StateValue !== 'ALARM' || alarm.ActionsEnabled === false) continue;
    const value = latestValue(ctx, alarm);
    if (value === undefined) continue;
    const step = stepFor(config, value - alarm.Threshold);
    if (!step) continue;
    const adjustment = step.ScalingAdjustment ?? 0;
    const grows = config.AdjustmentType === 'ExactCapacity' ? adjustment > current : adjustment > 0;
    const from = grows ? outBase(ctx, target, current, cooldown) : current;
    const capacity = adjustedCapacity(config, from, adjustment);
    out.wishes.push({
      direction: grows ? 'out' : 'in',
      capacity,
      cause: causeOf(alarm, policy),
      tracking: false,
      cooldownMs: cooldown,
    });
  }
}

export function wishesOf(ctx: OpContext, target: TargetDoc, policies: readonly PolicyDoc[], current: number): Wishes {
  const out: Wishes = { wishes: [], trackingScaleInVoters: 0 };
  for (const policy of policies) {
    if (policy.PolicyType === 'TargetTrackingScaling') trackingWishes(ctx, target, policy, current, out);
    else if (policy.PolicyType === 'StepScaling') stepWishes(ctx, target, policy, current, out);
  }
  return out;
}
