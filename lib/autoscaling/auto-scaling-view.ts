// Auto scaling view models: a service's scalable target, its policies, scheduled actions and recent scaling
// activities (timestamps as ISO strings, like every view model), reshaped once from the Application Auto Scaling SDK's objects for the service page's panel and chart.
import type { ScalableTarget, ScalingActivity, ScalingPolicy, ScheduledAction } from '@aws-sdk/client-application-auto-scaling';
import { DEFAULT_COOLDOWN_SECONDS } from '../ecs-rules/auto-scaling';

export interface ScalableTargetView {
  min: number;
  max: number;
  /** The suspended processes, in the console's words (empty when none is). */
  suspended: string[];
}

export interface ScalingPolicyView {
  name: string;
  type: 'Target tracking' | 'Step scaling' | string;
  /** Target tracking: metric and target value, e.g. "ECSServiceAverageCPUUtilization = 60". */
  summary: string;
  metric?: string;
  targetValue?: number;
  scaleOutCooldown?: number;
  scaleInCooldown?: number;
  disableScaleIn?: boolean;
  alarms: string[];
}

export interface ScheduledActionView {
  name: string;
  schedule: string;
  timezone: string;
  min?: number;
  max?: number;
  startTime?: string;
  endTime?: string;
}

export interface ScalingActivityView {
  id: string;
  description: string;
  cause: string;
  /** AWS's StatusCode: Pending, InProgress, Successful, Overridden, Unfulfilled, Failed. */
  status: string;
  statusMessage?: string;
  startTime: string;
  endTime?: string;
  /** The desired count the activity set, when it set one ("Setting desired count to 4."). */
  desired?: number;
}

export interface ServiceAutoScaling {
  /** Undefined when the service's desired count is not registered as a scalable target. */
  target?: ScalableTargetView;
  policies: ScalingPolicyView[];
  scheduledActions: ScheduledActionView[];
  activities: ScalingActivityView[];
}

/** AWS console words for the activity statuses, and the badge status that colours them. */
export const ACTIVITY_STATUS: Record<string, { label: string; badge: string }> = {
  Pending: { label: 'Pending', badge: 'PENDING' },
  InProgress: { label: 'In progress', badge: 'IN_PROGRESS' },
  Successful: { label: 'Successful', badge: 'SUCCESSFUL' },
  Overridden: { label: 'Overridden', badge: 'STOPPED' },
  Unfulfilled: { label: 'Unfulfilled', badge: 'FAILED' },
  Failed: { label: 'Failed', badge: 'FAILED' },
};

export function toTargetView(t: ScalableTarget): ScalableTargetView {
  const s = t.SuspendedState ?? {};
  return {
    min: t.MinCapacity ?? 0,
    max: t.MaxCapacity ?? 0,
    suspended: [
      s.DynamicScalingInSuspended ? 'Dynamic scale-in' : '',
      s.DynamicScalingOutSuspended ? 'Dynamic scale-out' : '',
      s.ScheduledScalingSuspended ? 'Scheduled scaling' : '',
    ].filter(Boolean),
  };
}

export function toPolicyView(p: ScalingPolicy): ScalingPolicyView {
  const alarms = (p.Alarms ?? []).map((a) => a.AlarmName ?? '');
  const tracking = p.TargetTrackingScalingPolicyConfiguration;
  if (tracking) {
    const metric =
      tracking.PredefinedMetricSpecification?.PredefinedMetricType ??
      tracking.CustomizedMetricSpecification?.MetricName ??
      'custom metric';
    return {
      name: p.PolicyName ?? '',
      type: 'Target tracking',
      summary: `${metric} = ${tracking.TargetValue}`,
      metric,
      targetValue: tracking.TargetValue,
      scaleOutCooldown: tracking.ScaleOutCooldown,
      scaleInCooldown: tracking.ScaleInCooldown,
      disableScaleIn: tracking.DisableScaleIn ?? false,
      alarms,
    };
  }
  const step = p.StepScalingPolicyConfiguration;
  const steps = (step?.StepAdjustments ?? []).map((s) => {
    const sign = (s.ScalingAdjustment ?? 0) > 0 ? '+' : '';
    return `${s.MetricIntervalLowerBound ?? '-∞'}…${s.MetricIntervalUpperBound ?? '+∞'}: ${sign}${s.ScalingAdjustment}`;
  });
  return {
    name: p.PolicyName ?? '',
    type: p.PolicyType === 'StepScaling' ? 'Step scaling' : (p.PolicyType ?? ''),
    summary: `${step?.AdjustmentType ?? ''} ${steps.join(', ')}`.trim(),
    scaleOutCooldown: step?.Cooldown,
    alarms,
  };
}

export function toScheduledActionView(a: ScheduledAction): ScheduledActionView {
  return {
    name: a.ScheduledActionName ?? '',
    schedule: a.Schedule ?? '',
    timezone: a.Timezone ?? 'UTC',
    min: a.ScalableTargetAction?.MinCapacity,
    max: a.ScalableTargetAction?.MaxCapacity,
    startTime: a.StartTime?.toISOString(),
    endTime: a.EndTime?.toISOString(),
  };
}

export function toActivityView(a: ScalingActivity): ScalingActivityView {
  const desired = /^Setting desired count to (\d+)\.$/.exec(a.Description ?? '');
  return {
    id: a.ActivityId ?? '',
    description: a.Description ?? '',
    cause: a.Cause ?? '',
    status: a.StatusCode ?? 'Pending',
    statusMessage: a.StatusMessage,
    startTime: (a.StartTime ?? new Date(0)).toISOString(),
    endTime: a.EndTime?.toISOString(),
    desired: desired ? Number(desired[1]) : undefined,
  };
}

/** What the forms' "Service auto scaling" section starts from. */
export interface AutoScalingDefaults {
  enabled: boolean;
  minTasks: number;
  maxTasks: number;
  policyName: string;
  metric: string;
  targetValue: number;
  scaleOutCooldown: number;
  scaleInCooldown: number;
  disableScaleIn: boolean;
}

export const NEW_AUTO_SCALING: AutoScalingDefaults = {
  enabled: false,
  minTasks: 1,
  maxTasks: 4,
  policyName: 'cpu-target-tracking',
  metric: 'ECSServiceAverageCPUUtilization',
  targetValue: 70,
  scaleOutCooldown: DEFAULT_COOLDOWN_SECONDS,
  scaleInCooldown: DEFAULT_COOLDOWN_SECONDS,
  disableScaleIn: false,
};

/** The update form's section: the service's target and its first target tracking policy, if it has them. */
export function formDefaults(scaling: ServiceAutoScaling | undefined): AutoScalingDefaults {
  if (!scaling?.target) return NEW_AUTO_SCALING;
  const tracking = scaling.policies.find((p) => p.type === 'Target tracking');
  return {
    enabled: true,
    minTasks: scaling.target.min,
    maxTasks: scaling.target.max,
    policyName: tracking?.name ?? NEW_AUTO_SCALING.policyName,
    metric: tracking?.metric ?? NEW_AUTO_SCALING.metric,
    targetValue: tracking?.targetValue ?? NEW_AUTO_SCALING.targetValue,
    scaleOutCooldown: tracking?.scaleOutCooldown ?? DEFAULT_COOLDOWN_SECONDS,
    scaleInCooldown: tracking?.scaleInCooldown ?? DEFAULT_COOLDOWN_SECONDS,
    disableScaleIn: tracking?.disableScaleIn ?? false,
  };
}

/** What the Health and metrics charts draw of auto scaling: a chart's target line and the range's scaling activities. */
export interface ChartScaling {
  /** The target value of the target tracking policy on this chart's metric, percent. */
  target?: number;
  /** Activities that set the desired count, in the chart's range (epoch seconds, like deployment markers). */
  activities: { at: number; label: string }[];
}

/** The scaling a chart of `metric` shows between `start` and `end` (epoch seconds). */
export function chartScaling(scaling: ServiceAutoScaling | undefined, metric: string, start: number, end: number): ChartScaling {
  if (!scaling?.target) return { activities: [] };
  const tracking = scaling.policies.find((p) => p.type === 'Target tracking' && p.metric === metric);
  const activities = scaling.activities
    .filter((a) => a.desired !== undefined)
    .map((a) => ({ at: Math.floor(Date.parse(a.startTime) / 1000), label: `${a.description} ${a.cause}` }))
    .filter((a) => a.at >= start && a.at <= end)
    .sort((a, b) => a.at - b.at);
  return { target: tracking?.targetValue, activities };
}
