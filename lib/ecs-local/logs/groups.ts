// Log groups: their rows in `log_groups` (store/telemetry-schema.ts), names, ARNs and the API view. ECS uses this
// file too: the awslogs driver checks (and with `awslogs-create-group`, creates) the group a container logs to.
import type { LogGroup } from '@aws-sdk/client-cloudwatch-logs';
import type { OpContext } from '../core/context';
import { statement } from '../store/statements';
import { groupNotFound, invalidParameter, LogsError } from './errors';
import { scheduleRetention } from './retention';

export interface LogGroupRow {
  name: string;
  created: number;
  retention_days: number | null;
  log_group_class: string;
  kms_key_id: string | null;
  deletion_protection: number;
  tags: string | null;
  stored_bytes: number;
}

/** The retention periods PutRetentionPolicy accepts (days). */
export const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

const GROUP_NAME = /^[.\-_/#A-Za-z0-9]+$/;

/** The model's pattern and AWS's reserved prefix, which the generic validation does not check. */
export function checkGroupName(name: string, member = 'logGroupName'): void {
  if (!GROUP_NAME.test(name))
    throw invalidParameter(
      `1 validation error detected: Value '${name.slice(0, 64)}' at '${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+`,
    );
  if (name.startsWith('aws/')) throw invalidParameter(`Log group names cannot start with 'aws/': ${name}.`);
}

export function groupArn(ctx: Pick<OpContext, 'region' | 'account'>, name: string): string {
  return `arn:aws:logs:${ctx.region}:${ctx.account}:log-group:${name}`;
}

export function getGroup(ctx: OpContext, name: string): LogGroupRow | undefined {
  return statement<LogGroupRow>(ctx.store.db, 'SELECT * FROM log_groups WHERE region = ? AND name = ?').get(ctx.region, name);
}

export function requireGroup(ctx: OpContext, name: string): LogGroupRow {
  const row = getGroup(ctx, name);
  if (!row) throw groupNotFound();
  return row;
}

/**
 * The group an input names: `logGroupName` or `logGroupIdentifier` (a name or an ARN, with or without `:*`), exactly
 * one of them, as GetLogEvents, FilterLogEvents and DescribeLogStreams take them.
 */
export function namedGroup(ctx: OpContext, input: { logGroupName?: string; logGroupIdentifier?: string }): string {
  const { logGroupName, logGroupIdentifier } = input;
  if (logGroupName !== undefined && logGroupIdentifier !== undefined)
    throw invalidParameter('LogGroupName and LogGroupIdentifier are mutually exclusive parameters.');
  if (logGroupName !== undefined) return logGroupName;
  if (logGroupIdentifier === undefined) throw invalidParameter('Either LogGroupName or LogGroupIdentifier is required.');
  const m = /^arn:aws[\w-]*:logs:([a-z0-9-]+):(\d{12}):log-group:([^:]+)(?::\*)?$/.exec(logGroupIdentifier);
  if (!m) return logGroupIdentifier;
  if (m[1] !== ctx.region || m[2] !== ctx.account)
    throw invalidParameter(`The log group ARN ${logGroupIdentifier} is not in this account and Region (${ctx.region}).`);
  return m[3];
}

export interface NewGroup {
  name: string;
  logGroupClass?: string;
  kmsKeyId?: string;
  tags?: Record<string, string>;
  deletionProtection?: boolean;
}

export function createGroup(ctx: OpContext, group: NewGroup): void {
  checkGroupName(group.name);
  if (getGroup(ctx, group.name)) throw new LogsError('ResourceAlreadyExistsException', 'The specified log group already exists');
  statement(
    ctx.store.db,
    `INSERT INTO log_groups (region, name, created, retention_days, log_group_class, kms_key_id, deletion_protection, tags)
     VALUES (?, ?, ?, NULL, ?, ?, ?, ?)`,
  ).run(
    ctx.region,
    group.name,
    Math.floor(ctx.now),
    group.logGroupClass ?? 'STANDARD',
    group.kmsKeyId ?? null,
    group.deletionProtection ? 1 : 0,
    group.tags && Object.keys(group.tags).length > 0 ? JSON.stringify(group.tags) : null,
  );
  scheduleRetention(ctx);
}

/** Deletes the group with its streams and events. */
export function deleteGroup(ctx: OpContext, name: string): void {
  const row = requireGroup(ctx, name);
  if (row.deletion_protection)
    throw new LogsError(
      'ValidationException',
      `Log group ${name} has deletion protection enabled. Turn it off with PutLogGroupDeletionProtection first.`,
    );
  const db = ctx.store.db;
  statement(db, 'DELETE FROM log_events WHERE region = ? AND log_group = ?').run(ctx.region, name);
  statement(db, 'DELETE FROM log_streams WHERE region = ? AND log_group = ?').run(ctx.region, name);
  statement(db, 'DELETE FROM log_groups WHERE region = ? AND name = ?').run(ctx.region, name);
}

export function setRetention(ctx: OpContext, name: string, days: number | undefined): void {
  requireGroup(ctx, name);
  statement(ctx.store.db, 'UPDATE log_groups SET retention_days = ? WHERE region = ? AND name = ?').run(
    days ?? null,
    ctx.region,
    name,
  );
}

/** The group as DescribeLogGroups shows it; `brief` is the shape a `logGroupNamePattern` search returns. */
export function groupView(ctx: OpContext, row: LogGroupRow, brief = false): LogGroup {
  const arn = groupArn(ctx, row.name);
  if (brief) return { logGroupName: row.name, creationTime: row.created, arn: `${arn}:*` };
  return {
    logGroupName: row.name,
    creationTime: row.created,
    retentionInDays: row.retention_days ?? undefined,
    metricFilterCount: 0,
    arn: `${arn}:*`,
    storedBytes: row.stored_bytes,
    kmsKeyId: row.kms_key_id ?? undefined,
    logGroupClass: row.log_group_class as LogGroup['logGroupClass'],
    logGroupArn: arn,
    deletionProtectionEnabled: row.deletion_protection === 1,
  };
}
