// Task scale-in protection (UpdateTaskProtection): a protected task of a service is not stopped by scale-in
// or by a deployment until its protection expires or is removed. It is kept on the task document as the
// epoch ms it ends (`_protectedUntil`); the service scheduler looks again when it ends.
import type { Failure, ProtectedTask } from '@aws-sdk/client-ecs';
import type { OpContext } from '../../core/context';
import { epochSeconds, type Wire } from '../../protocol/serialize';
import { invalidParameter } from '../common/errors';
import type { TaskDoc, TaskRecord } from './model';
import { findTask, resolveTaskIdentifier } from './view';

/** Default and bounds of expiresInMinutes (ECS: 2 hours by default, 1 minute to 48 hours). */
export const PROTECTION_DEFAULT_MINUTES = 120;
export const PROTECTION_MAX_MINUTES = 2880;
/** Tasks in one Get/UpdateTaskProtection call. */
export const PROTECTION_TASKS_MAX = 10;

/** When the task's protection ends (epoch ms), if it is protected at `now`. */
export function protectedUntil(task: TaskDoc, now: number): number | undefined {
  const until = (task as TaskRecord)._protectedUntil;
  return until !== undefined && until > now ? until : undefined;
}

export function isProtected(task: TaskDoc, now: number): boolean {
  return protectedUntil(task, now) !== undefined;
}

export interface ProtectionTargets {
  tasks: TaskRecord[];
  failures: Wire<Failure>[];
}

/** The service tasks named (ids or ARNs); unknown ones are MISSING, others that cannot be protected TASK_NOT_VALID. */
export function protectionTargets(ctx: OpContext, cluster: string, identifiers: readonly string[]): ProtectionTargets {
  if (identifiers.length === 0) throw invalidParameter('tasks must name at least one task (its ID or ARN).');
  if (identifiers.length > PROTECTION_TASKS_MAX)
    throw invalidParameter(`tasks can name at most ${PROTECTION_TASKS_MAX} tasks; got ${identifiers.length}.`);
  const tasks: TaskRecord[] = [];
  const failures: Wire<Failure>[] = [];
  for (const identifier of identifiers) {
    const task = findTask(ctx, cluster, identifier);
    if (!task) {
      failures.push({ arn: resolveTaskIdentifier(ctx, cluster, identifier).arn, reason: 'MISSING' });
      continue;
    }
    if (!task.group?.startsWith('service:')) {
      failures.push({
        arn: task.taskArn,
        reason: 'TASK_NOT_VALID',
        detail: 'The task is not part of a service. Only tasks of a service can be protected from scale-in.',
      });
      continue;
    }
    tasks.push(task);
  }
  return { tasks, failures };
}

export function protectedTaskView(ctx: OpContext, task: TaskRecord): Wire<ProtectedTask> {
  const until = protectedUntil(task, ctx.now);
  return {
    taskArn: task.taskArn,
    protectionEnabled: until !== undefined,
    expirationDate: until === undefined ? undefined : epochSeconds(until),
  };
}
