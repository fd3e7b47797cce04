// ListMetrics: the metrics that have data, filtered by namespace, name and dimensions (a dimension without a
// value matches any value), 500 per page. Differs from CloudWatch: a metric is listed while any of its data is
// kept (15 days), not for two weeks after its last datapoint; `RecentlyActive` (PT3H) is honoured.
import type { ListMetricsInput, ListMetricsOutput } from '@aws-sdk/client-cloudwatch';
import { operation } from '../../core/aws-service';
import type { Wire } from '../../protocol/serialize';
import { statement } from '../../store/statements';
import { dimensionsOf } from '../datapoints';
import { MetricsError } from '../errors';

const PAGE = 500;

function tokenOf(row: { namespace: string; metric: string; dimensions: string }): string {
  return Buffer.from(JSON.stringify([row.namespace, row.metric, row.dimensions])).toString('base64url');
}

export const listMetrics = operation<Wire<ListMetricsInput>, Wire<ListMetricsOutput>>((ctx, input) => {
  const clauses = ['region = ?'];
  const params: unknown[] = [ctx.region];
  if (input.Namespace) {
    clauses.push('namespace = ?');
    params.push(input.Namespace);
  }
  if (input.MetricName) {
    clauses.push('metric = ?');
    params.push(input.MetricName);
  }
  if (input.RecentlyActive === 'PT3H') {
    clauses.push('minute >= ?');
    params.push(ctx.now - 3 * 3_600_000);
  }
  if (input.NextToken) {
    let after: unknown;
    try {
      after = JSON.parse(Buffer.from(input.NextToken, 'base64url').toString('utf8'));
    } catch {
      after = undefined;
    }
    if (!Array.isArray(after) || after.length !== 3) throw new MetricsError('InvalidNextToken', 'The NextToken is invalid.');
    clauses.push('(namespace, metric, dimensions) > (?, ?, ?)');
    params.push(...after);
  }
  const rows = statement<{ namespace: string; metric: string; dimensions: string }>(
    ctx.store.db,
    `SELECT DISTINCT namespace, metric, dimensions FROM metric_data WHERE ${clauses.join(' AND ')}
     ORDER BY namespace, metric, dimensions`,
  ).all(...params);
  const wanted = input.Dimensions ?? [];
  const matching = rows.filter((r) => {
    const dims = dimensionsOf(r.dimensions);
    return wanted.every((w) => dims.some((d) => d.Name === w.Name && (w.Value === undefined || d.Value === w.Value)));
  });
  const page = matching.slice(0, PAGE);
  return {
    Metrics: page.map((r) => ({ Namespace: r.namespace, MetricName: r.metric, Dimensions: dimensionsOf(r.dimensions) })),
    NextToken: matching.length > PAGE ? tokenOf(page[page.length - 1]) : undefined,
  };
});
