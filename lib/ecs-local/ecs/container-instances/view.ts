// A container instance as the API shows it: its document with the running and pending task counts computed
// from the task documents (never stored), so they always agree with ListTasks.
import type { ContainerInstance } from '@aws-sdk/client-ecs';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { type InstanceDoc, LIVE_TASK_STATUSES, type TaskCounts } from './model';

/** What instance task counts read of a task document (written by tasks/). */
type PlacedTask = { lastStatus: string; containerInstanceArn?: string };

/** Running / pending task counts per container instance ARN, from one scan of the cluster's live tasks. */
export function instanceTaskCounts(ctx: OpContext, cluster: string): Map<string, TaskCounts> {
  const counts = new Map<string, TaskCounts>();
  const tasks = ctx.store.list<PlacedTask>(ctx.region, 'task', { parent: cluster, status: LIVE_TASK_STATUSES });
  for (const task of tasks) {
    if (!task.containerInstanceArn) continue;
    const entry = counts.get(task.containerInstanceArn) ?? { running: 0, pending: 0 };
    if (task.lastStatus === 'RUNNING') entry.running++;
    else entry.pending++;
    counts.set(task.containerInstanceArn, entry);
  }
  return counts;
}

export interface InstanceViewOptions {
  /** From instanceTaskCounts(); computed for this one instance when omitted. */
  counts?: Map<string, TaskCounts>;
  tags?: boolean;
  health?: boolean;
}

/** The API ContainerInstance for a document. */
export function instanceView(ctx: OpContext, doc: InstanceDoc, options: InstanceViewOptions = {}): Wire<ContainerInstance> {
  const counts = (options.counts ?? instanceTaskCounts(ctx, doc._cluster)).get(doc.containerInstanceArn);
  const { _cluster, tags, ...body } = doc;
  return {
    ...body,
    runningTasksCount: counts?.running ?? 0,
    pendingTasksCount: counts?.pending ?? 0,
    tags: options.tags ? tags : undefined,
    healthStatus: options.health ? { overallStatus: 'OK', details: [] } : undefined,
  };
}
