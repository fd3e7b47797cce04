// DescribeAlarms: metric alarms by name, name prefix, state or action prefix, in name order, MaxRecords (1-100,
// default 50) per page. Differs from CloudWatch: there are no composite alarms (asking for them returns none).
import type { DescribeAlarmsInput, DescribeAlarmsOutput } from '@aws-sdk/client-cloudwatch';
import { operation } from '../../core/aws-service';
import type { Wire } from '../../protocol/serialize';
import type { AlarmDoc } from '../alarms/model';
import { invalidCombination, MetricsError } from '../errors';

export const describeAlarms = operation<Wire<DescribeAlarmsInput>, Wire<DescribeAlarmsOutput>>((ctx, input) => {
  if (input.AlarmNames?.length && input.AlarmNamePrefix !== undefined)
    throw invalidCombination('AlarmNames and AlarmNamePrefix cannot be specified together.');
  const limit = input.MaxRecords ?? 50;
  const after = input.NextToken === undefined ? undefined : Buffer.from(input.NextToken, 'base64url').toString('utf8');
  if (input.NextToken !== undefined && (!after || Buffer.from(after, 'utf8').toString('base64url') !== input.NextToken))
    throw new MetricsError('InvalidNextToken', 'The NextToken is invalid.');
  const wantsMetric = !input.AlarmTypes?.length || input.AlarmTypes.includes('MetricAlarm');
  const candidates = !wantsMetric
    ? []
    : input.AlarmNames?.length
      ? ctx.store
          .getMany<AlarmDoc>(ctx.region, 'alarm', [...new Set(input.AlarmNames)].sort())
          .filter((a): a is AlarmDoc => a !== undefined && (after === undefined || a.AlarmName > after))
      : ctx.store.list<AlarmDoc>(ctx.region, 'alarm', {
          after,
          status: input.StateValue,
        });
  const matching = candidates.filter(
    (a) =>
      (input.AlarmNamePrefix === undefined || a.AlarmName.startsWith(input.AlarmNamePrefix)) &&
      (input.StateValue === undefined || a.StateValue === input.StateValue) &&
      (input.ActionPrefix === undefined ||
        [...(a.AlarmActions ?? []), ...(a.OKActions ?? []), ...(a.InsufficientDataActions ?? [])].some((x) =>
          x.startsWith(input.ActionPrefix as string),
        )),
  );
  const page = matching.slice(0, limit);
  return {
    MetricAlarms: page,
    CompositeAlarms: input.AlarmTypes?.includes('CompositeAlarm') ? [] : undefined,
    NextToken: matching.length > limit ? Buffer.from(page[page.length - 1].AlarmName, 'utf8').toString('base64url') : undefined,
  };
});
