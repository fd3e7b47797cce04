// Evaluating a metric alarm, as its `alarm` document's scheduler step does each minute: the alarm's last
// EvaluationPeriods periods of its metric and statistic, compared with its threshold. ALARM when at least
// DatapointsToAlarm of them breach; missing periods count as TreatMissingData says (`missing`: not counted, and
// INSUFFICIENT_DATA when all are missing; `ignore`: the state is kept then). The state and its reason (CloudWatch's
// "Threshold Crossed: …" wording) are written only when the state changes, so a steady alarm costs no write.
// Differs from CloudWatch: under ECS_LOCAL_TIME_SCALE the periods an alarm needs are scaled too (at least one), so a
// scaled engine reacts as much sooner as its tasks start sooner; metric math and anomaly bands are not evaluated.
import type { StateValue } from '@aws-sdk/client-cloudwatch';
import { nowSeconds, type OpContext } from '../../core/context';
import { periods, statistic } from '../datapoints';
import { type AlarmDoc, getAlarm, nextEvaluation, saveAlarm } from './model';

export interface Datapoint {
  /** Start of the period, epoch ms. */
  at: number;
  value?: number;
}

export interface Evaluation {
  state: StateValue;
  reason: string;
  reasonData: string;
}

/** How many periods an alarm looks at under the engine's time scale (the configured count at scale 1). */
export function scaledPeriods(ctx: OpContext, periods: number): number {
  return Math.max(1, Math.ceil(periods * ctx.settings.timeScale));
}

export function breaches(alarm: Pick<AlarmDoc, 'ComparisonOperator' | 'Threshold'>, value: number): boolean {
  switch (alarm.ComparisonOperator) {
    case 'GreaterThanOrEqualToThreshold':
      return value >= alarm.Threshold;
    case 'GreaterThanThreshold':
      return value > alarm.Threshold;
    case 'LessThanThreshold':
      return value < alarm.Threshold;
    case 'LessThanOrEqualToThreshold':
      return value <= alarm.Threshold;
    default:
      return false;
  }
}

/** The alarm's statistic for each of its last `count` complete periods before `end`, newest first. */
export function recentDatapoints(ctx: OpContext, alarm: AlarmDoc, count: number, end = ctx.now): Datapoint[] {
  const periodMs = alarm.Period * 1000;
  const last = Math.floor(end / periodMs) * periodMs;
  const start = last - count * periodMs;
  const found = new Map<number, number>();
  for (const p of periods(ctx, {
    namespace: alarm.Namespace,
    metric: alarm.MetricName,
    dimensions: alarm.Dimensions ?? [],
    start,
    end: last,
    periodMs,
    unit: alarm.Unit,
  }))
    found.set(p.at, statistic(p, alarm.Statistic ?? 'Average'));
  return Array.from({ length: count }, (_, i) => {
    const at = last - (i + 1) * periodMs;
    return { at, value: found.get(at) };
  });
}

/** The alarm's metric over its most recent complete period, if it has data. */
export function latestValue(ctx: OpContext, alarm: AlarmDoc): number | undefined {
  return recentDatapoints(ctx, alarm, 1)[0].value;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** As CloudWatch writes datapoints in a state reason: `85.0 (01/01/26 00:02:00)`. */
function shown(p: Datapoint): string {
  const d = new Date(p.at);
  const value = p.value ?? 0;
  const number = Number.isInteger(value) ? value.toFixed(1) : String(value);
  return `${number} (${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCFullYear() % 100)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())})`;
}

const RELATION: Record<string, string> = {
  GreaterThanOrEqualToThreshold: 'greater than or equal to',
  GreaterThanThreshold: 'greater than',
  LessThanThreshold: 'less than',
  LessThanOrEqualToThreshold: 'less than or equal to',
};

function thresholdReason(alarm: AlarmDoc, all: Datapoint[], breaching: boolean, missing: number): string {
  const points = all.filter((p) => p.value !== undefined);
  if (points.length === 0)
    return `Threshold Crossed: no datapoints were received for ${missing} period${missing === 1 ? '' : 's'} and ${missing} missing datapoint${missing === 1 ? ' was' : 's were'} treated as [${breaching ? 'Breaching' : 'NonBreaching'}].`;
  const n = points.length;
  const verb = n === 1 ? 'was' : 'were';
  const relation = `${breaching ? '' : 'not '}${RELATION[alarm.ComparisonOperator] ?? alarm.ComparisonOperator}`;
  const threshold = Number.isInteger(alarm.Threshold) ? alarm.Threshold.toFixed(1) : String(alarm.Threshold);
  return `Threshold Crossed: ${n} datapoint${n === 1 ? '' : 's'} [${points.map(shown).join(', ')}] ${verb} ${relation} the threshold (${threshold}).`;
}

export function evaluateAlarm(ctx: OpContext, alarm: AlarmDoc): Evaluation {
  const evaluated = scaledPeriods(ctx, alarm.EvaluationPeriods);
  const needed = Math.min(evaluated, scaledPeriods(ctx, alarm.DatapointsToAlarm ?? alarm.EvaluationPeriods));
  const points = recentDatapoints(ctx, alarm, evaluated);
  const treat = alarm.TreatMissingData ?? 'missing';
  const breaching: Datapoint[] = [];
  const fine: Datapoint[] = [];
  for (const p of points) {
    if (p.value === undefined) {
      if (treat === 'breaching') breaching.push(p);
      else if (treat === 'notBreaching') fine.push(p);
    } else (breaches(alarm, p.value) ? breaching : fine).push(p);
  }
  const reasonData = JSON.stringify({
    version: '1.0',
    queryDate: new Date(ctx.now).toISOString(),
    startDate: new Date(points[points.length - 1].at).toISOString(),
    statistic: alarm.Statistic ?? 'Average',
    period: alarm.Period,
    recentDatapoints: points.filter((p) => p.value !== undefined).map((p) => p.value),
    threshold: alarm.Threshold,
  });
  const missing = points.filter((p) => p.value === undefined).length;
  if (breaching.length >= needed)
    return { state: 'ALARM', reason: thresholdReason(alarm, breaching.slice(0, needed), true, missing), reasonData };
  if (breaching.length + fine.length === 0) {
    if (treat === 'ignore') return { state: alarm.StateValue, reason: alarm.StateReason ?? '', reasonData };
    const n = points.length;
    return {
      state: 'INSUFFICIENT_DATA',
      reason: `Insufficient Data: ${n} datapoint${n === 1 ? ' was' : 's were'} unknown.`,
      reasonData,
    };
  }
  return { state: 'OK', reason: thresholdReason(alarm, fine.slice(0, needed), false, missing), reasonData };
}

/** The `alarm` scheduler step: evaluate, record a change of state, come back next minute. */
export function evaluateAlarmStep(ctx: OpContext, name: string): void {
  const alarm = getAlarm(ctx, name);
  if (!alarm) return;
  const next = nextEvaluation(ctx.now);
  const result = evaluateAlarm(ctx, alarm);
  if (result.state === alarm.StateValue) {
    ctx.store.setDue(ctx.region, 'alarm', name, next);
    return;
  }
  alarm.StateValue = result.state;
  alarm.StateReason = result.reason;
  alarm.StateReasonData = result.reasonData;
  alarm.StateUpdatedTimestamp = nowSeconds(ctx);
  alarm.StateTransitionedTimestamp = alarm.StateUpdatedTimestamp;
  saveAlarm(ctx, alarm, next);
}
