// Task set documents (kind `taskset`, id `<cluster>/<service>/<ecs-svc/…>`, parent `<cluster>/<service>`,
// status PRIMARY | ACTIVE | DRAINING) of services with the EXTERNAL or CODE_DEPLOY deployment controller. A
// task set runs ceil(service desiredCount × scale %) tasks, started with its id as startedBy (as a rolling
// deployment's tasks carry the deployment id); the service scheduler keeps it at that count and records its
// stability (services/scheduler/task-sets.ts). Counts are read from the task index, like a service's.
import type { Scale, Tag, TaskSet } from '@aws-sdk/client-ecs';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { arn, isLocalArn, parseArn } from '../common/arns';

export type TaskSetDoc = Wire<TaskSet> & {
  id: string;
  taskSetArn: string;
  serviceArn: string;
  clusterArn: string;
  status: 'PRIMARY' | 'ACTIVE' | 'DRAINING';
  scale: Wire<Scale>;
  tags: Tag[];
};

export const DEFAULT_SCALE: Wire<Scale> = { value: 100, unit: 'PERCENT' };

export function taskSetParent(cluster: string, service: string): string {
  return `${cluster}/${service}`;
}

export function taskSetArn(ctx: OpContext, cluster: string, service: string, id: string): string {
  return arn(ctx, `task-set/${cluster}/${service}/${id}`);
}

/** The task set's tasks, as a share of the service's desired count, always rounded up (ECS's computedDesiredCount). */
export function computedDesiredCount(desiredCount: number, scale: Wire<Scale> | undefined): number {
  const percent = scale?.value ?? 100;
  return Math.ceil((desiredCount * percent) / 100 - 1e-9);
}

export function saveTaskSet(ctx: OpContext, cluster: string, service: string, doc: TaskSetDoc): void {
  ctx.store.put(ctx.region, 'taskset', `${taskSetParent(cluster, service)}/${doc.id}`, doc, {
    parent: taskSetParent(cluster, service),
    status: doc.status,
  });
}

export function deleteTaskSet(ctx: OpContext, cluster: string, service: string, id: string): void {
  ctx.store.delete(ctx.region, 'taskset', `${taskSetParent(cluster, service)}/${id}`);
}

/** The service's task sets, oldest first. */
export function serviceTaskSets(ctx: OpContext, cluster: string, service: string): TaskSetDoc[] {
  return ctx.store
    .list<TaskSetDoc>(ctx.region, 'taskset', { parent: taskSetParent(cluster, service) })
    .sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0) || a.id.localeCompare(b.id));
}

/** The task set id an identifier names: its full ARN, a partial one (`ecs-svc/…`), or the id itself. */
export function taskSetIdFrom(ctx: OpContext, identifier: string): string {
  const parsed = parseArn(identifier);
  if (parsed?.type === 'task-set' && isLocalArn(ctx, parsed)) {
    const parts = parsed.path.split('/');
    return parts.slice(-2).join('/');
  }
  return identifier;
}

export function findTaskSet(ctx: OpContext, cluster: string, service: string, identifier: string): TaskSetDoc | undefined {
  const id = taskSetIdFrom(ctx, identifier);
  return ctx.store.get<TaskSetDoc>(ctx.region, 'taskset', `${taskSetParent(cluster, service)}/${id}`);
}

/** The API TaskSet: tags only when asked for. */
export function taskSetView(doc: TaskSetDoc, withTags: boolean): Wire<TaskSet> {
  const { tags, ...rest } = doc;
  return withTags ? { ...rest, tags } : rest;
}
