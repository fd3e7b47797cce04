// GetMetricStatistics: one metric (exact dimension set) in periods of a multiple of 60 s, with the statistics asked
// for; at most 1,440 datapoints per call (AWS's rule and wording). Datapoints come oldest first (AWS promises no order).
// Differs from CloudWatch: extended statistics (percentiles) are refused, because the engine keeps minute aggregates.
import type { GetMetricStatisticsInput, GetMetricStatisticsOutput, Statistic } from '@aws-sdk/client-cloudwatch';
import { operation } from '../../core/aws-service';
import type { Wire } from '../../protocol/serialize';
import { datapointOf, periods } from '../datapoints';
import { invalidCombination, invalidValue, MetricsError } from '../errors';
import { checkPeriod, timeRange } from '../query-checks';

const MAX_DATAPOINTS = 1_440;

export const getMetricStatistics = operation<Wire<GetMetricStatisticsInput>, Wire<GetMetricStatisticsOutput>>((ctx, input) => {
  const stats = input.Statistics as Statistic[] | undefined;
  if (input.ExtendedStatistics?.length && stats?.length)
    throw invalidCombination('Statistics and ExtendedStatistics are mutually exclusive: ask for one kind or the other.');
  if (input.ExtendedStatistics?.length)
    throw invalidValue(
      'The local engine keeps one-minute aggregates, not samples: ExtendedStatistics (percentiles) are not available.',
    );
  if (!stats?.length)
    throw new MetricsError(
      'MissingRequiredParameterException',
      'At least one of the parameters Statistics and ExtendedStatistics must be specified.',
    );
  const period = checkPeriod(input.Period as number, 'Period');
  const { start, end } = timeRange(input.StartTime as number, input.EndTime as number);
  const requested = Math.ceil((end - start) / (period * 1000));
  if (requested > MAX_DATAPOINTS)
    throw invalidCombination(
      `You have requested up to ${requested.toLocaleString('en-US')} datapoints, which exceeds the limit of ${MAX_DATAPOINTS.toLocaleString('en-US')}. You may reduce the datapoints requested by increasing Period, or decreasing the time range.`,
    );
  const data = periods(ctx, {
    namespace: input.Namespace as string,
    metric: input.MetricName as string,
    dimensions: input.Dimensions ?? [],
    start,
    end,
    periodMs: period * 1000,
    unit: input.Unit,
  });
  return { Label: input.MetricName, Datapoints: data.map((p) => datapointOf(p, stats)) };
});
