// DescribeLogStreams: by name (default) or by last event time, ascending unless `descending`; pages of `limit`
// (1-50, default 50). A prefix cannot be combined with ordering by LastEventTime (AWS's rule and wording).
// Differs from CloudWatch Logs: lastEventTimestamp is exact at once (AWS updates it within an hour).
import type { DescribeLogStreamsRequest, DescribeLogStreamsResponse } from '@aws-sdk/client-cloudwatch-logs';
import { operation } from '../../core/aws-service';
import { statement } from '../../store/statements';
import { invalidParameter } from '../errors';
import { namedGroup, requireGroup } from '../groups';
import { type LogStreamRow, streamView } from '../streams';
import { decodeToken, encodeToken } from '../tokens';

export const describeLogStreams = operation<DescribeLogStreamsRequest, DescribeLogStreamsResponse>((ctx, input) => {
  const group = requireGroup(ctx, namedGroup(ctx, input)).name;
  const byTime = input.orderBy === 'LastEventTime';
  const prefix = input.logStreamNamePrefix;
  if (byTime && prefix !== undefined) throw invalidParameter('Cannot order by LastEventTime with a logStreamNamePrefix.');
  const desc = input.descending === true;
  const limit = input.limit ?? 50;
  const clauses = ['region = ?', 'log_group = ?'];
  const params: unknown[] = [ctx.region, group];
  if (prefix !== undefined) {
    clauses.push('substr(name, 1, ?) = ?');
    params.push(prefix.length, prefix);
  }
  // Streams without events sort first when ascending by time, as if their last event were at 0.
  const timeKey = 'COALESCE(last_event, 0)';
  if (input.nextToken) {
    const { n, t } = decodeToken(input.nextToken, `streams:${group}`);
    if (typeof n !== 'string' || (byTime && typeof t !== 'number')) throw invalidParameter('The specified nextToken is invalid.');
    const cmp = desc ? '<' : '>';
    if (byTime) {
      clauses.push(`(${timeKey} ${cmp} ? OR (${timeKey} = ? AND name ${cmp} ?))`);
      params.push(t, t, n);
    } else {
      clauses.push(`name ${cmp} ?`);
      params.push(n);
    }
  }
  const dir = desc ? 'DESC' : 'ASC';
  const order = byTime ? `${timeKey} ${dir}, name ${dir}` : `name ${dir}`;
  const rows = statement<LogStreamRow>(
    ctx.store.db,
    `SELECT name, created, first_event, last_event, last_ingestion FROM log_streams WHERE ${clauses.join(' AND ')} ORDER BY ${order} LIMIT ?`,
  ).all(...params, limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    logStreams: page.map((row) => streamView(ctx, group, row)),
    nextToken: rows.length > limit ? encodeToken({ s: `streams:${group}`, n: last.name, t: last.last_event ?? 0 }) : undefined,
  };
});
