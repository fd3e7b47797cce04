// Target tracking configurations: which metric a policy tracks (ECS's predefined CPU and memory utilization, an ALB
// target group's request count per target, or a customized metric), their checks, and the two CloudWatch alarms
// Application Auto Scaling creates for it: AlarmHigh (above the target for 3 minutes) and, unless scale-in is
// disabled, AlarmLow (below 90 % of it for 15 minutes), named and described as AWS names them.
// Differs from AWS: a customized metric with `Metrics` is accepted when it is one MetricStat (no metric math).
import type {
  CustomizedMetricSpecification,
  TargetTrackingScalingPolicyConfiguration,
} from '@aws-sdk/client-application-auto-scaling';
import type { Dimension, StandardUnit, Statistic } from '@aws-sdk/client-cloudwatch';
import { MAX_COOLDOWN_SECONDS } from '../../../ecs-rules/auto-scaling';
import { type OpContext, uuid } from '../../core/context';
import { getLoadBalancer } from '../../elbv2/load-balancers/model';
import { getTargetGroup } from '../../elbv2/target-groups/model';
import { type AlarmConfiguration, configuredAlarm, saveAlarm } from '../../metrics/alarms/model';
import type { Wire } from '../../protocol/serialize';
import type { EcsResource } from '../common/ecs-resource';
import { validation } from '../common/errors';

export type TrackingConfig = Wire<TargetTrackingScalingPolicyConfiguration> & { TargetValue: number };

/** The metric a policy follows, as an alarm names it. */
export interface TrackedMetric {
  Namespace: string;
  MetricName: string;
  Dimensions: Dimension[];
  Statistic: Statistic;
  Unit?: StandardUnit;
}

/** The low alarm's threshold as a share of the target (AWS: 70 → 63). */
export const LOW_ALARM_FACTOR = 0.9;
export const HIGH_ALARM_PERIODS = 3;
export const LOW_ALARM_PERIODS = 15;

const MIN_TARGET = 8.51592e-109;
const MAX_TARGET = 1.174271e108;

export function checkCooldown(value: number | undefined, member: string): void {
  if (value !== undefined && (value < 0 || value > MAX_COOLDOWN_SECONDS))
    throw validation(`${member} must be between 0 and ${MAX_COOLDOWN_SECONDS} seconds (got ${value}).`);
}

function albMetric(ctx: OpContext, label: string | undefined): TrackedMetric {
  const m = label ? /^(app\/[^/]+\/[^/]+)\/(targetgroup\/[^/]+\/[^/]+)$/.exec(label) : null;
  if (!m)
    throw validation(
      'ALBRequestCountPerTarget needs a ResourceLabel of the form app/<load-balancer-name>/<load-balancer-id>/targetgroup/<target-group-name>/<target-group-id>.',
    );
  const prefix = `arn:aws:elasticloadbalancing:${ctx.region}:${ctx.account}:`;
  const lb = getLoadBalancer(ctx, `${prefix}loadbalancer/${m[1]}`);
  const tg = getTargetGroup(ctx, `${prefix}${m[2]}`);
  if (!lb) throw validation(`Invalid ResourceLabel ${label}: no load balancer ${m[1]} in ${ctx.region}.`);
  if (!tg) throw validation(`Invalid ResourceLabel ${label}: no target group ${m[2]} in ${ctx.region}.`);
  if (!tg.LoadBalancerArns.includes(lb.LoadBalancerArn))
    throw validation(
      `Invalid ResourceLabel ${label}: target group ${tg.TargetGroupName} does not receive traffic from ${lb.LoadBalancerName}.`,
    );
  return {
    Namespace: 'AWS/ApplicationELB',
    MetricName: 'RequestCountPerTarget',
    Dimensions: [
      { Name: 'LoadBalancer', Value: m[1] },
      { Name: 'TargetGroup', Value: m[2] },
    ],
    Statistic: 'Sum',
  };
}

function ecsMetric(resource: EcsResource, metricName: string): TrackedMetric {
  return {
    Namespace: 'AWS/ECS',
    MetricName: metricName,
    Dimensions: [
      { Name: 'ClusterName', Value: resource.cluster },
      { Name: 'ServiceName', Value: resource.service },
    ],
    Statistic: 'Average',
    Unit: 'Percent',
  };
}

function customizedMetric(spec: Wire<CustomizedMetricSpecification>): TrackedMetric {
  if (spec.Metrics?.length) {
    if (spec.MetricName || spec.Namespace || spec.Statistic || spec.Dimensions)
      throw validation('A CustomizedMetricSpecification takes either Metrics or MetricName, Namespace and Statistic, not both.');
    const returned = spec.Metrics.filter((q) => q.ReturnData !== false);
    const stat = returned.length === 1 && spec.Metrics.length === 1 ? returned[0].MetricStat : undefined;
    if (!stat || returned[0].Expression)
      throw validation(
        'The local engine tracks one metric: give Metrics a single MetricStat query (metric math is not evaluated).',
      );
    const statistic = stat.Stat as Statistic;
    if (!['Average', 'Minimum', 'Maximum', 'SampleCount', 'Sum'].includes(statistic))
      throw validation(
        `The local engine keeps one-minute aggregates: Stat must be Average, Minimum, Maximum, SampleCount or Sum, not ${stat.Stat}.`,
      );
    if (!stat.Metric?.MetricName || !stat.Metric.Namespace)
      throw validation('The MetricStat of a customized metric needs a Metric with MetricName and Namespace.');
    return {
      Namespace: stat.Metric.Namespace,
      MetricName: stat.Metric.MetricName,
      Dimensions: (stat.Metric.Dimensions ?? []).map((d) => ({ Name: d.Name, Value: d.Value })),
      Statistic: statistic,
      Unit: stat.Unit as StandardUnit | undefined,
    };
  }
  if (!spec.MetricName || !spec.Namespace || !spec.Statistic)
    throw validation('A CustomizedMetricSpecification needs MetricName, Namespace and Statistic (or Metrics).');
  return {
    Namespace: spec.Namespace,
    MetricName: spec.MetricName,
    Dimensions: (spec.Dimensions ?? []).map((d) => ({ Name: d.Name, Value: d.Value })),
    Statistic: spec.Statistic as Statistic,
    Unit: spec.Unit as StandardUnit | undefined,
  };
}

/** Checks a target tracking configuration for an ECS service and returns the metric it tracks. */
export function trackedMetric(ctx: OpContext, resource: EcsResource, config: TrackingConfig): TrackedMetric {
  if (!(config.TargetValue >= MIN_TARGET && config.TargetValue <= MAX_TARGET))
    throw validation(`TargetValue must be between ${MIN_TARGET} and ${MAX_TARGET} (got ${config.TargetValue}).`);
  checkCooldown(config.ScaleOutCooldown, 'ScaleOutCooldown');
  checkCooldown(config.ScaleInCooldown, 'ScaleInCooldown');
  const predefined = config.PredefinedMetricSpecification;
  const customized = config.CustomizedMetricSpecification;
  if (!predefined === !customized)
    throw validation(
      'A target tracking configuration needs exactly one of PredefinedMetricSpecification and CustomizedMetricSpecification.',
    );
  if (customized) return customizedMetric(customized);
  const type = predefined?.PredefinedMetricType;
  if (type !== 'ALBRequestCountPerTarget' && predefined?.ResourceLabel !== undefined)
    throw validation(`ResourceLabel applies only to ALBRequestCountPerTarget, not to ${type}.`);
  switch (type) {
    case 'ECSServiceAverageCPUUtilization':
      return ecsMetric(resource, 'CPUUtilization');
    case 'ECSServiceAverageMemoryUtilization':
      return ecsMetric(resource, 'MemoryUtilization');
    case 'ALBRequestCountPerTarget':
      return albMetric(ctx, predefined?.ResourceLabel);
    default:
      throw validation(
        `Unsupported metric type ${type} for service namespace ecs: use ECSServiceAverageCPUUtilization, ECSServiceAverageMemoryUtilization or ALBRequestCountPerTarget.`,
      );
  }
}

/** Creates the policy's alarms (new names each time, as AWS replaces them when a policy is updated). */
export function createTrackingAlarms(
  ctx: OpContext,
  policyArn: string,
  resourceId: string,
  metric: TrackedMetric,
  config: TrackingConfig,
): { AlarmName: string; AlarmARN: string }[] {
  const sides: { name: string; op: 'GreaterThanThreshold' | 'LessThanThreshold'; threshold: number; periods: number }[] = [
    { name: 'AlarmHigh', op: 'GreaterThanThreshold', threshold: config.TargetValue, periods: HIGH_ALARM_PERIODS },
  ];
  if (!config.DisableScaleIn)
    sides.push({
      name: 'AlarmLow',
      op: 'LessThanThreshold',
      threshold: config.TargetValue * LOW_ALARM_FACTOR,
      periods: LOW_ALARM_PERIODS,
    });
  return sides.map((side) => {
    const createdBy = uuid();
    const config: AlarmConfiguration = {
      AlarmName: `TargetTracking-${resourceId}-${side.name}-${uuid()}`,
      AlarmDescription: `DO NOT EDIT OR DELETE. For TargetTrackingScaling policy ${policyArn}:createdBy/${createdBy}.`,
      ActionsEnabled: true,
      AlarmActions: [`${policyArn}:createdBy/${createdBy}`],
      OKActions: [],
      InsufficientDataActions: [],
      ...metric,
      Period: 60,
      EvaluationPeriods: side.periods,
      DatapointsToAlarm: side.periods,
      Threshold: side.threshold,
      ComparisonOperator: side.op,
      TreatMissingData: 'missing',
    };
    const alarm = configuredAlarm(ctx, config);
    saveAlarm(ctx, alarm);
    return { AlarmName: alarm.AlarmName, AlarmARN: alarm.AlarmArn };
  });
}
