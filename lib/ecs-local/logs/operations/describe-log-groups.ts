// DescribeLogGroups: ASCII order by name, pages of `limit` (1-50, default 50). `logGroupNamePattern` is a
// case-sensitive substring and, as on AWS, answers only each group's name, ARN and creation time.
// Differs from CloudWatch Logs: `accountIdentifiers` / `includeLinkedAccounts` are accepted and ignored (one account).
import type { DescribeLogGroupsRequest, DescribeLogGroupsResponse } from '@aws-sdk/client-cloudwatch-logs';
import { operation } from '../../core/aws-service';
import { statement } from '../../store/statements';
import { invalidParameter } from '../errors';
import { groupView, type LogGroupRow, namedGroup } from '../groups';
import { decodeToken, encodeToken } from '../tokens';

export const describeLogGroups = operation<DescribeLogGroupsRequest, DescribeLogGroupsResponse>((ctx, input) => {
  const { logGroupNamePrefix: prefix, logGroupNamePattern: pattern, logGroupIdentifiers: identifiers } = input;
  if (prefix !== undefined && pattern !== undefined)
    throw invalidParameter('LogGroupNamePrefix and LogGroupNamePattern are mutually exclusive parameters.');
  if (identifiers !== undefined && (prefix !== undefined || pattern !== undefined))
    throw invalidParameter('LogGroupIdentifiers cannot be combined with LogGroupNamePrefix or LogGroupNamePattern.');
  const limit = input.limit ?? 50;
  const clauses = ['region = ?'];
  const params: unknown[] = [ctx.region];
  if (prefix !== undefined) {
    clauses.push('substr(name, 1, ?) = ?');
    params.push(prefix.length, prefix);
  }
  if (pattern) {
    clauses.push('instr(name, ?) > 0');
    params.push(pattern);
  }
  if (identifiers) {
    const names = identifiers.map((id) => namedGroup(ctx, { logGroupIdentifier: id }));
    clauses.push(`name IN (${names.map(() => '?').join(', ') || 'NULL'})`);
    params.push(...names);
  }
  if (input.logGroupClass) {
    clauses.push('log_group_class = ?');
    params.push(input.logGroupClass);
  }
  if (input.nextToken) {
    const { n } = decodeToken(input.nextToken, 'groups');
    if (typeof n !== 'string') throw invalidParameter('The specified nextToken is invalid.');
    clauses.push('name > ?');
    params.push(n);
  }
  const rows = statement<LogGroupRow>(
    ctx.store.db,
    `SELECT * FROM log_groups WHERE ${clauses.join(' AND ')} ORDER BY name LIMIT ?`,
  ).all(...params, limit + 1);
  const page = rows.slice(0, limit);
  return {
    logGroups: page.map((row) => groupView(ctx, row, pattern !== undefined)),
    nextToken: rows.length > limit ? encodeToken({ s: 'groups', n: page[page.length - 1].name }) : undefined,
  };
});
