// What happens to the tasks of a container instance whose agent is gone: the instance's scheduler step marks
// the agent disconnected once its heartbeat runs out, and every task on it is stopped (services then place
// replacements on instances whose agents answer). Deregistering an agent's instance stops its tasks too.
//
// Differs from ECS: ECS leaves tasks of a disconnected agent RUNNING in its API until the agent comes back or
// the instance is terminated; here an agent that stops answering is treated as a terminated instance (stopCode
// TerminationNotice), so its services recover without waiting. A returning agent stops the containers of those
// tasks, as the ECS agent does for tasks whose desired status is STOPPED.
import { nowSeconds, type OpContext } from '../../core/context';
import { wakeDaemonServices } from '../common/documents';
import {
  agentDue,
  heartbeatTimeout,
  type InstanceDoc,
  isAgentInstance,
  LIVE_TASK_STATUSES,
  saveInstance,
} from '../container-instances/model';
import { stopTask } from './lifecycle';
import type { TaskDoc } from './model';

const LIVE = [...LIVE_TASK_STATUSES, 'DEACTIVATING', 'STOPPING', 'DEPROVISIONING'];

/** Stops every task on the instance (the instance document must already say why its runtime is gone). */
export function stopInstanceTasks(ctx: OpContext, instance: InstanceDoc, reason: string): number {
  const tasks = ctx.store
    .list<TaskDoc>(ctx.region, 'task', { parent: instance._cluster, status: LIVE })
    .filter((t) => t.containerInstanceArn === instance.containerInstanceArn && t.desiredStatus !== 'STOPPED');
  for (const task of tasks) stopTask(ctx, task, 'TerminationNotice', reason);
  return tasks.length;
}

/** The scheduler step of an `instance` document: its agent's heartbeat ran out. */
export function instanceDueHandler(ctx: OpContext, id: string): void {
  const doc = ctx.store.get<InstanceDoc>(ctx.region, 'instance', id);
  if (!doc) return;
  const due = agentDue(ctx, doc);
  if (due !== undefined && due > ctx.now) {
    ctx.store.setDue(ctx.region, 'instance', id, due);
    return;
  }
  if (isAgentInstance(doc) && doc.status !== 'INACTIVE' && doc.agentConnected !== false) {
    doc.agentConnected = false;
    doc.version = (doc.version ?? 1) + 1;
    saveInstance(ctx, doc);
    const silent = Math.round(heartbeatTimeout(ctx) / 1000);
    stopInstanceTasks(
      ctx,
      doc,
      `Container instance ${id} lost contact with its agent (no heartbeat for ${silent} s at ${new Date(nowSeconds(ctx) * 1000).toISOString()}).`,
    );
    wakeDaemonServices(ctx, doc._cluster);
    return;
  }
  ctx.store.setDue(ctx.region, 'instance', id, undefined);
}
