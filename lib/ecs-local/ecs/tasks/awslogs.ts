// The awslogs log driver: where a container's output goes in CloudWatch Logs (group `awslogs-group` in
// `awslogs-region`, stream `<awslogs-stream-prefix>/<container>/<task id>`, or the container's runtime id without a
// prefix), the check at task start that the group exists (creating it with `awslogs-create-group: true`, otherwise
// failing the task with ECS's error), and writing lines there.
// Differs from ECS: a missing group stops the task unless `mode` is `non-blocking` (ECS's default mode became
// non-blocking in June 2025, where the container starts and its logs are lost); the engine keeps blocking as the
// default so the mistake shows. Lines are split at Docker's 262,118 bytes.
import type { OpContext } from '../../core/context';
import { appendEvents } from '../../logs/events';
import { createGroup, getGroup } from '../../logs/groups';
import { getStream, openStream } from '../../logs/streams';
import type { LogLine } from '../../runtime/container-runtime';
import { getRevision, type TaskDefinitionDoc } from '../task-definitions/model';

/** What the driver reads of a task definition. */
type Definitions = Pick<TaskDefinitionDoc, 'containerDefinitions'> | undefined;

import { type TaskDoc, taskIdOf } from './model';

export interface AwslogsConfig {
  container: string;
  group: string;
  region: string;
  prefix?: string;
  createGroup: boolean;
  blocking: boolean;
}

const MAX_MESSAGE_BYTES = 262_118;

export function awslogsConfigs(td: Definitions, defaultRegion: string): AwslogsConfig[] {
  return (td?.containerDefinitions ?? []).flatMap((def) => {
    const log = def.logConfiguration;
    const group = log?.options?.['awslogs-group'];
    if (log?.logDriver !== 'awslogs' || !group) return [];
    const options = log.options ?? {};
    return [
      {
        container: def.name ?? '',
        group,
        region: options['awslogs-region'] || defaultRegion,
        prefix: options['awslogs-stream-prefix'] || undefined,
        createGroup: options['awslogs-create-group']?.toLowerCase() === 'true',
        blocking: options.mode !== 'non-blocking',
      },
    ];
  });
}

export function streamNameFor(config: AwslogsConfig, task: TaskDoc): string {
  const taskId = taskIdOf(task);
  const name = config.prefix
    ? `${config.prefix}/${config.container}/${taskId}`
    : (task.containers?.find((c) => c.name === config.container)?.runtimeId ?? taskId);
  // Stream names may not hold ':' or '*' (a prefix could); Docker's driver would fail, the engine just replaces them.
  return name.replace(/[:*]/g, '_');
}

/** The same call's context, for the Region the group lives in. */
export function inRegion(ctx: OpContext, region: string): OpContext {
  return region === ctx.region ? ctx : { ...ctx, region };
}

export function taskDefinitionOf(ctx: OpContext, task: TaskDoc): TaskDefinitionDoc | undefined {
  const m = /task-definition\/([^:]+):(\d+)$/.exec(task.taskDefinitionArn ?? '');
  return m ? getRevision(ctx, m[1], Number(m[2])) : undefined;
}

/**
 * At task start: creates the groups that may be created and returns ECS's stop reason for the first blocking
 * container whose group does not exist (undefined when every container can log).
 */
export function missingLogGroupReason(ctx: OpContext, task: TaskDoc, td: Definitions): string | undefined {
  for (const config of awslogsConfigs(td, ctx.region)) {
    const where = inRegion(ctx, config.region);
    if (getGroup(where, config.group)) continue;
    if (config.createGroup) {
      createGroup(where, { name: config.group });
      continue;
    }
    if (!config.blocking) continue;
    return task.launchType === 'FARGATE'
      ? 'ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist. : exit status 1'
      : 'CannotStartContainerError: Error response from daemon: failed to initialize logging driver: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist.';
  }
  return undefined;
}

/** When the containers start: each awslogs container's stream (in a group that still exists). */
export function openLogStreams(ctx: OpContext, task: TaskDoc, td: Definitions): void {
  for (const config of awslogsConfigs(td, ctx.region)) {
    const where = inRegion(ctx, config.region);
    if (getGroup(where, config.group)) openStream(where, config.group, streamNameFor(config, task));
  }
}

function split(message: string): string[] {
  if (Buffer.byteLength(message, 'utf8') <= MAX_MESSAGE_BYTES) return [message];
  const bytes = Buffer.from(message, 'utf8');
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += MAX_MESSAGE_BYTES) parts.push(bytes.subarray(i, i + MAX_MESSAGE_BYTES).toString('utf8'));
  return parts;
}

/**
 * Writes lines a container printed to its awslogs stream (nothing when the container does not use awslogs or its
 * group is gone, as Docker's driver drops them). Lines are put in time order.
 */
export function writeContainerOutput(
  ctx: OpContext,
  task: TaskDoc,
  td: Definitions,
  container: string,
  lines: readonly LogLine[],
): void {
  const config = awslogsConfigs(td, ctx.region).find((c) => c.container === container);
  if (!config || lines.length === 0) return;
  const where = inRegion(ctx, config.region);
  if (!getGroup(where, config.group)) return;
  const stream = streamNameFor(config, task);
  openStream(where, config.group, stream);
  const events = [...lines]
    .sort((a, b) => a.at - b.at)
    .flatMap((l) => split(l.message).map((message) => ({ timestamp: Math.floor(l.at), message })))
    .filter((e) => e.message !== '');
  appendEvents(where, config.group, stream, events);
}

/** The newest event time in the container's stream (where the next simulated lines start). */
export function lastWritten(ctx: OpContext, task: TaskDoc, config: AwslogsConfig): number | undefined {
  return getStream(inRegion(ctx, config.region), config.group, streamNameFor(config, task))?.last_event ?? undefined;
}
