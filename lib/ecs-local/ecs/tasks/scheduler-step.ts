// The scheduler's step for a task document whose `due` time has come: apply every transition that was due
// (in a loop, so a task the engine was down for catches up), then store it or, past retention, delete it.
import type { OpContext } from '../../core/context';
import type { RuntimeEvent } from '../../runtime/container-runtime';
import { saveTask, type TaskRecord } from './model';
import { applyRuntimeEvents, catchUp } from './transitions';

export function taskDueHandler(ctx: OpContext, id: string): void {
  const task = ctx.store.get<TaskRecord>(ctx.region, 'task', id);
  if (!task) return;
  if (!task._plan) {
    // Not a task this scheduler launched (e.g. written by hand): nothing to move.
    ctx.store.setDue(ctx.region, 'task', id, undefined);
    return;
  }
  const before = { lastStatus: task.lastStatus, healthStatus: task.healthStatus };
  if (catchUp(ctx, task) === 'delete') {
    ctx.store.delete(ctx.region, 'task', id);
    return;
  }
  saveTask(ctx, task, before);
}

/** What the container runtime observed about a task (runtime/container-runtime.ts), applied and stored. */
export function applyRuntimeReport(ctx: OpContext, taskArn: string, events: RuntimeEvent[]): void {
  const id = taskArn.slice(taskArn.lastIndexOf('/') + 1);
  const task = ctx.store.get<TaskRecord>(ctx.region, 'task', id);
  if (!task?._plan || task.taskArn !== taskArn) return;
  const before = { lastStatus: task.lastStatus, healthStatus: task.healthStatus };
  if (applyRuntimeEvents(ctx, task, events) === 'delete') ctx.store.delete(ctx.region, 'task', id);
  else saveTask(ctx, task, before);
}
