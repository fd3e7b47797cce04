// CloudWatch metric alarms as the engine keeps them: the API's MetricAlarm shape, one `alarm` document per name.
//
// | kind  | id        | ref                                                      | status     | due                 |
// |-------|-----------|----------------------------------------------------------|------------|---------------------|
// | alarm | AlarmName | the first Application Auto Scaling policy ARN it acts on | StateValue | its next evaluation |
//
// `ref` lets Application Auto Scaling find the alarms that trigger one of its step scaling policies without scanning
// every alarm; an alarm whose actions name no scaling policy has none.
import type { MetricAlarm, StateValue } from '@aws-sdk/client-cloudwatch';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { MINUTE } from '../datapoints';

export type AlarmDoc = Wire<MetricAlarm> & {
  AlarmName: string;
  AlarmArn: string;
  StateValue: StateValue;
  MetricName: string;
  Namespace: string;
  Period: number;
  EvaluationPeriods: number;
  Threshold: number;
  ComparisonOperator: NonNullable<MetricAlarm['ComparisonOperator']>;
  /** Tags as PutMetricAlarm took them (ListTagsForResource is not served yet). */
  _tags?: { Key?: string; Value?: string }[];
};

/** Alarms are evaluated every minute, a few seconds after the minute's metrics are published (ECS at :00). */
export const EVALUATION_OFFSET_MS = 5_000;

export function alarmArn(ctx: Pick<OpContext, 'region' | 'account'>, name: string): string {
  return `arn:aws:cloudwatch:${ctx.region}:${ctx.account}:alarm:${name}`;
}

/** The first evaluation time after `now`: each minute, EVALUATION_OFFSET_MS past it. */
export function nextEvaluation(now: number): number {
  const candidate = Math.floor(now / MINUTE) * MINUTE + EVALUATION_OFFSET_MS;
  return candidate > now ? candidate : candidate + MINUTE;
}

const SCALING_POLICY_ARN =
  /^(arn:aws[a-z-]*:autoscaling:[^:]*:[^:]*:scalingPolicy:[^:]+:resource\/.+?:policyName\/.+?)(?::createdBy\/[^:]+)?$/;

/** The scaling policy an action ARN invokes (Application Auto Scaling's own alarms add `:createdBy/<uuid>`). */
export function scalingPolicyOfAction(action: string): string | undefined {
  return SCALING_POLICY_ARN.exec(action)?.[1];
}

function policyKey(alarm: AlarmDoc): string | undefined {
  for (const action of alarm.AlarmActions ?? []) {
    const policy = scalingPolicyOfAction(action);
    if (policy) return policy;
  }
  return undefined;
}

export function getAlarm(ctx: OpContext, name: string): AlarmDoc | undefined {
  return ctx.store.get<AlarmDoc>(ctx.region, 'alarm', name);
}

/** Writes the alarm; `due` is its next evaluation (kept as stored when omitted). */
export function saveAlarm(ctx: OpContext, alarm: AlarmDoc, due: number = nextEvaluation(ctx.now)): void {
  ctx.store.put(ctx.region, 'alarm', alarm.AlarmName, alarm, { ref: policyKey(alarm), status: alarm.StateValue, due });
}

export function deleteAlarm(ctx: OpContext, name: string): void {
  ctx.store.delete(ctx.region, 'alarm', name);
}

/** The alarms whose first scaling action is `policyArn` (see the ref column above). */
export function alarmsActingOn(ctx: OpContext, policyArn: string): AlarmDoc[] {
  return ctx.store.list<AlarmDoc>(ctx.region, 'alarm', { ref: policyArn });
}

/** What an alarm is configured with (PutMetricAlarm's members the engine evaluates). */
export type AlarmConfiguration = Omit<
  AlarmDoc,
  | 'AlarmArn'
  | 'StateValue'
  | 'StateReason'
  | 'StateReasonData'
  | 'StateUpdatedTimestamp'
  | 'StateTransitionedTimestamp'
  | 'AlarmConfigurationUpdatedTimestamp'
>;

/**
 * The alarm `config` describes, as PutMetricAlarm leaves it: a new alarm starts in INSUFFICIENT_DATA; an update
 * replaces the configuration and keeps the state (CloudWatch's rule).
 */
export function configuredAlarm(ctx: OpContext, config: AlarmConfiguration, existing?: AlarmDoc): AlarmDoc {
  const now = Math.round(ctx.now) / 1000;
  const state = existing
    ? {
        StateValue: existing.StateValue,
        StateReason: existing.StateReason,
        StateReasonData: existing.StateReasonData,
        StateUpdatedTimestamp: existing.StateUpdatedTimestamp,
        StateTransitionedTimestamp: existing.StateTransitionedTimestamp,
      }
    : {
        StateValue: 'INSUFFICIENT_DATA' as const,
        StateReason: 'Unchecked: Initial alarm creation',
        StateUpdatedTimestamp: now,
        StateTransitionedTimestamp: now,
      };
  return {
    ActionsEnabled: true,
    OKActions: [],
    AlarmActions: [],
    InsufficientDataActions: [],
    Dimensions: [],
    ...config,
    AlarmArn: alarmArn(ctx, config.AlarmName),
    AlarmConfigurationUpdatedTimestamp: now,
    ...state,
  };
}
