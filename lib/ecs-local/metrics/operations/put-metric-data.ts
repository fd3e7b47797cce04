// PutMetricData: up to 1,000 values or statistic sets per call into one namespace (not `AWS/`, which only AWS
// services publish), each at most two weeks old and two hours ahead. `Values`/`Counts` arrays count each value
// `Counts[i]` times. Differs from CloudWatch: `StorageResolution` 1 (high resolution) is kept at one minute.
import type { MetricDatum, PutMetricDataInput } from '@aws-sdk/client-cloudwatch';
import { operation } from '../../core/aws-service';
import type { Wire } from '../../protocol/serialize';
import { type Aggregate, addSamples, sampleOf } from '../datapoints';
import { invalidCombination, invalidValue } from '../errors';
import { scheduleMetricsSweep } from '../retention';

const HOUR = 3_600_000;

function samplesOf(d: Wire<MetricDatum>, member: string): Aggregate {
  const given = [d.Value !== undefined, d.StatisticValues !== undefined, d.Values !== undefined].filter(Boolean).length;
  if (given !== 1) throw invalidCombination(`${member} needs exactly one of Value, StatisticValues and Values.`);
  if (d.Value !== undefined) return sampleOf(d.Value);
  if (d.StatisticValues) {
    const s = d.StatisticValues;
    return { count: s.SampleCount ?? 0, sum: s.Sum ?? 0, min: s.Minimum ?? 0, max: s.Maximum ?? 0 };
  }
  const values = d.Values ?? [];
  const counts = d.Counts ?? values.map(() => 1);
  if (counts.length !== values.length) throw invalidCombination(`${member}: Values and Counts must have the same length.`);
  const out: Aggregate = { count: 0, sum: 0, min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY };
  values.forEach((v, i) => {
    out.count += counts[i];
    out.sum += v * counts[i];
    out.min = Math.min(out.min, v);
    out.max = Math.max(out.max, v);
  });
  return out;
}

export const putMetricData = operation<Wire<PutMetricDataInput>, object>((ctx, input) => {
  const namespace = input.Namespace as string;
  if (namespace.startsWith('AWS/')) throw invalidValue(`The value ${namespace} for parameter Namespace is invalid.`);
  const data = input.MetricData ?? [];
  if (data.length > 1000) throw invalidValue('PutMetricData takes at most 1000 MetricData items per call.');
  data.forEach((d, i) => {
    const member = `MetricData.member.${i + 1}`;
    const at = d.Timestamp === undefined ? ctx.now : d.Timestamp * 1000;
    if (at < ctx.now - 14 * 24 * HOUR || at > ctx.now + 2 * HOUR)
      throw invalidValue(`The parameter ${member}.Timestamp must be within the last two weeks and at most two hours ahead.`);
    const samples = samplesOf(d, member);
    if (samples.count <= 0) return;
    addSamples(ctx, { namespace, metric: d.MetricName as string, dimensions: d.Dimensions ?? [] }, at, d.Unit ?? 'None', samples);
  });
  scheduleMetricsSweep(ctx);
  return {};
});
