// PutMetricAlarm: creates or replaces a metric alarm on one metric and statistic. A new alarm starts in
// INSUFFICIENT_DATA and is evaluated each minute (alarms/evaluate.ts); an update keeps the state. Its actions are
// recorded; an Application Auto Scaling policy ARN among AlarmActions makes the alarm trigger that step scaling policy.
// Differs from CloudWatch: metric math (`Metrics`), anomaly detection bands and extended statistics are refused (the
// engine keeps one-minute aggregates), SNS and EC2 actions are recorded but nothing is sent.
import type { PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import { operation } from '../../core/aws-service';
import type { Wire } from '../../protocol/serialize';
import { type AlarmDoc, configuredAlarm, getAlarm, saveAlarm } from '../alarms/model';
import { invalidCombination, invalidValue, MetricsError } from '../errors';
import { checkPeriod } from '../query-checks';

const STATIC_OPERATORS = [
  'GreaterThanOrEqualToThreshold',
  'GreaterThanThreshold',
  'LessThanThreshold',
  'LessThanOrEqualToThreshold',
];
const MISSING_DATA = ['missing', 'ignore', 'breaching', 'notBreaching'];

const missing = (member: string) => new MetricsError('MissingRequiredParameterException', `The parameter ${member} is required.`);

export const putMetricAlarm = operation<Wire<PutMetricAlarmInput>, object>((ctx, input) => {
  if (input.Metrics?.length)
    throw invalidValue(
      'The local engine evaluates alarms on one metric: give MetricName, Namespace and Statistic instead of Metrics.',
    );
  if (input.ExtendedStatistic !== undefined)
    throw invalidValue('The local engine keeps one-minute aggregates, not samples: use Statistic instead of ExtendedStatistic.');
  if (!input.MetricName) throw missing('MetricName');
  if (!input.Namespace) throw missing('Namespace');
  if (!input.Statistic) throw missing('Statistic');
  if (input.Period === undefined) throw missing('Period');
  if (input.EvaluationPeriods === undefined) throw missing('EvaluationPeriods');
  if (input.ComparisonOperator === undefined) throw missing('ComparisonOperator');
  if (!STATIC_OPERATORS.includes(input.ComparisonOperator))
    throw invalidValue(
      `The local engine does not evaluate anomaly detection bands: ComparisonOperator must be one of ${STATIC_OPERATORS.join(', ')}.`,
    );
  if (input.Threshold === undefined) throw missing('Threshold');
  const period = checkPeriod(input.Period, 'Period');
  if (period * input.EvaluationPeriods > 86_400)
    throw invalidValue('Metrics cannot be checked across more than a day (EvaluationPeriods * Period must be <= 86400).');
  if (input.DatapointsToAlarm !== undefined && input.DatapointsToAlarm > input.EvaluationPeriods)
    throw invalidCombination('DatapointsToAlarm must be less than or equal to EvaluationPeriods.');
  if (input.TreatMissingData !== undefined && !MISSING_DATA.includes(input.TreatMissingData))
    throw invalidValue(`The parameter TreatMissingData must be one of ${MISSING_DATA.join(', ')}.`);
  for (const [member, actions] of [
    ['AlarmActions', input.AlarmActions],
    ['OKActions', input.OKActions],
    ['InsufficientDataActions', input.InsufficientDataActions],
  ] as const)
    for (const action of actions ?? [])
      if (!action.startsWith('arn:')) throw invalidValue(`Invalid arn syntax: ${action} (in ${member}).`);
  const existing = getAlarm(ctx, input.AlarmName as string);
  const alarm: AlarmDoc = configuredAlarm(
    ctx,
    {
      AlarmName: input.AlarmName as string,
      AlarmDescription: input.AlarmDescription,
      ActionsEnabled: input.ActionsEnabled ?? true,
      OKActions: input.OKActions ?? [],
      AlarmActions: input.AlarmActions ?? [],
      InsufficientDataActions: input.InsufficientDataActions ?? [],
      MetricName: input.MetricName,
      Namespace: input.Namespace,
      Statistic: input.Statistic,
      Dimensions: input.Dimensions ?? [],
      Period: period,
      Unit: input.Unit,
      EvaluationPeriods: input.EvaluationPeriods,
      DatapointsToAlarm: input.DatapointsToAlarm,
      Threshold: input.Threshold,
      ComparisonOperator: input.ComparisonOperator,
      TreatMissingData: input.TreatMissingData,
      _tags: existing?._tags ?? input.Tags,
    },
    existing,
  );
  saveAlarm(ctx, alarm);
  return {};
});
