// GetMetricData: up to 500 queries of metrics by `MetricStat` (namespace, name, exact dimensions, period, statistic),
// each answered with its timestamps and values, newest first unless `ScanBy` is TimestampAscending.
// Differs from CloudWatch: metric math (`Expression`) and percentile statistics are refused; all datapoints come in
// one page (up to MaxDatapoints), so there is never a NextToken.
import type { GetMetricDataInput, GetMetricDataOutput, MetricDataResult } from '@aws-sdk/client-cloudwatch';
import { operation } from '../../core/aws-service';
import type { Wire } from '../../protocol/serialize';
import { periods, STATISTICS, statistic } from '../datapoints';
import { invalidValue } from '../errors';
import { checkPeriod, timeRange } from '../query-checks';

const ID = /^[a-z][a-zA-Z0-9_]*$/;

export const getMetricData = operation<Wire<GetMetricDataInput>, Wire<GetMetricDataOutput>>((ctx, input) => {
  const queries = input.MetricDataQueries ?? [];
  if (queries.length > 500) throw invalidValue('GetMetricData takes at most 500 MetricDataQueries.');
  const { start, end } = timeRange(input.StartTime as number, input.EndTime as number);
  const seen = new Set<string>();
  const results: Wire<MetricDataResult>[] = [];
  let budget = input.MaxDatapoints ?? 100_800;
  const ascending = input.ScanBy === 'TimestampAscending';
  // Average and Maximum of one metric read the same minutes: fold them once per call.
  const folded = new Map<string, ReturnType<typeof periods>>();
  queries.forEach((q, i) => {
    const member = `MetricDataQueries.member.${i + 1}`;
    const id = q.Id as string;
    if (!ID.test(id))
      throw invalidValue(
        `The value ${id} for parameter ${member}.Id is invalid: it must start with a lowercase letter and contain only letters, digits and underscores.`,
      );
    if (seen.has(id)) throw invalidValue(`The value ${id} for parameter ${member}.Id is not unique.`);
    seen.add(id);
    if (q.Expression !== undefined)
      throw invalidValue(`${member}.Expression: the local engine does not evaluate metric math; query a MetricStat.`);
    const stat = q.MetricStat;
    if (!stat) throw invalidValue(`${member} needs exactly one of MetricStat and Expression.`);
    if (!(STATISTICS as readonly string[]).includes(stat.Stat as string))
      throw invalidValue(
        `The value ${stat.Stat} for parameter ${member}.MetricStat.Stat is not supported by the local engine: use ${STATISTICS.join(', ')}.`,
      );
    const period = checkPeriod(stat.Period as number, `${member}.MetricStat.Period`);
    const metric = stat.Metric ?? {};
    const query = {
      namespace: metric.Namespace ?? '',
      metric: metric.MetricName ?? '',
      dimensions: metric.Dimensions ?? [],
      start,
      end,
      periodMs: period * 1000,
      unit: stat.Unit,
    };
    const key = JSON.stringify(query);
    const data = folded.get(key) ?? periods(ctx, query);
    folded.set(key, data);
    const ordered = ascending ? data : [...data].reverse();
    const kept = ordered.slice(0, Math.max(0, budget));
    budget -= kept.length;
    if (q.ReturnData === false) return;
    results.push({
      Id: id,
      Label: q.Label ?? metric.MetricName,
      Timestamps: kept.map((p) => p.at / 1000),
      Values: kept.map((p) => statistic(p, stat.Stat as string)),
      StatusCode: kept.length < ordered.length ? 'PartialData' : 'Complete',
      Messages: [],
    });
  });
  return { MetricDataResults: results, Messages: [] };
});
