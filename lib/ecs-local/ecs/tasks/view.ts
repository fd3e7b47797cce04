// Tasks as the API returns them, and how operations find a task from an id or an ARN.
import type { Task } from '@aws-sdk/client-ecs';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { arn, isLocalArn, parseArn } from '../common/arns';
import type { TaskDoc } from './model';
import { TASK_ID_PATTERN, type TaskRecord } from './model';

/** The API Task: private bookkeeping is dropped by the serializer; tags only when asked for. */
export function taskView(task: TaskDoc, includeTags = false): Wire<Task> {
  const { tags, ...rest } = task as TaskRecord;
  return includeTags ? { ...rest, tags } : rest;
}

/** The task id an identifier names, and the full ARN it resolves to in the cluster (for failures). */
export function resolveTaskIdentifier(
  ctx: OpContext,
  cluster: string,
  identifier: string,
): { id: string; arn: string; clusterMatches: boolean } {
  const parsed = parseArn(identifier);
  if (parsed?.type === 'task') {
    const parts = parsed.path.split('/');
    const id = parts[parts.length - 1];
    const inCluster = parts.length === 2 ? parts[0] : cluster;
    // An ARN of another region or account names no task here, whatever its id.
    return { id, arn: identifier, clusterMatches: inCluster === cluster && isLocalArn(ctx, parsed) };
  }
  return { id: identifier, arn: arn(ctx, `task/${cluster}/${identifier}`), clusterMatches: true };
}

/** A task of the cluster from its id or ARN, or undefined. */
export function findTask(ctx: OpContext, cluster: string, identifier: string): TaskRecord | undefined {
  const { id, clusterMatches } = resolveTaskIdentifier(ctx, cluster, identifier);
  if (!clusterMatches || !TASK_ID_PATTERN.test(id)) return undefined;
  const task = ctx.store.get<TaskRecord>(ctx.region, 'task', id);
  return task && task.clusterArn === arn(ctx, `cluster/${cluster}`) ? task : undefined;
}
