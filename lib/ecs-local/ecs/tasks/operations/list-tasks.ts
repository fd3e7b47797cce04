// ListTasks. Differs from ECS: startedBy combined with family, serviceName, containerInstance or launchType is
// refused (ECS documents that startedBy must be the only filter); daemonName matches tasks of group `daemon:<name>`.
import type { ListTasksRequest, ListTasksResponse } from '@aws-sdk/client-ecs';
import { DEFAULT_PAGE_SIZE, LIST_MAX_RESULTS } from '../../../../ecs-rules/limits';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { activeCluster } from '../../clusters/model';
import { nameFromIdentifier } from '../../common/arns';
import { serviceId } from '../../common/documents';
import { invalidParameter, serviceNotFound } from '../../common/errors';
import { pageAfter } from '../../common/pagination';
import { findInstance } from '../../container-instances/model';
import { type TaskDoc, taskIdOf } from '../model';

/** lastStatus values of tasks whose desiredStatus is RUNNING / STOPPED (the stop path sets both together). */
const BY_DESIRED: Record<string, readonly string[]> = {
  RUNNING: ['PROVISIONING', 'PENDING', 'ACTIVATING', 'RUNNING'],
  STOPPED: ['DEACTIVATING', 'STOPPING', 'DEPROVISIONING', 'STOPPED', 'RUNNING', 'PENDING', 'PROVISIONING', 'ACTIVATING'],
  PENDING: [],
};

/** Tasks read per store query while filling a page (filters on the body may skip some). */
const SCAN_BATCH = 200;

export const listTasks = operation<ListTasksRequest, Wire<ListTasksResponse>>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster).clusterName;
  if (input.startedBy !== undefined && (input.family || input.serviceName || input.containerInstance || input.launchType))
    throw invalidParameter(
      'startedBy must be the only filter of ListTasks (besides cluster and desiredStatus). Remove family, serviceName, containerInstance and launchType.',
    );
  let key: string | undefined;
  if (input.serviceName !== undefined) {
    const name = nameFromIdentifier(ctx, input.serviceName, 'service');
    if (!ctx.store.get(ctx.region, 'service', serviceId(cluster, name))) throw serviceNotFound();
    key = `service:${name}`;
  }
  if (input.daemonName !== undefined) key = `daemon:${input.daemonName}`;
  let instanceArn: string | undefined;
  if (input.containerInstance !== undefined) {
    const instance = findInstance(ctx, cluster, input.containerInstance);
    if (!instance) throw invalidParameter(`The container instance ${input.containerInstance} was not found in the cluster.`);
    instanceArn = instance.containerInstanceArn;
  }
  const desired = input.desiredStatus ?? 'RUNNING';
  const filter = { parent: cluster, key, ref: input.startedBy, status: BY_DESIRED[desired] ?? [] };
  const matches = (t: TaskDoc) =>
    t.desiredStatus === desired &&
    (!input.family || t.taskDefinitionArn?.split('/').pop()?.split(':')[0] === input.family) &&
    (!input.launchType || t.launchType === input.launchType) &&
    (!instanceArn || t.containerInstanceArn === instanceArn);
  // Pages through the index in id order, reading bodies a batch at a time, until the page (plus one, to know
  // whether there is a next page) is full: never the whole cluster for one page.
  const fetch = (after: string | undefined, limit: number): TaskDoc[] => {
    const out: TaskDoc[] = [];
    let cursor = after;
    for (;;) {
      const batch = ctx.store.list<TaskDoc>(ctx.region, 'task', { ...filter, after: cursor, limit: SCAN_BATCH });
      for (const t of batch) {
        if (matches(t)) out.push(t);
        if (out.length >= limit) return out;
      }
      if (batch.length < SCAN_BATCH) return out;
      cursor = taskIdOf(batch[batch.length - 1]);
    }
  };
  const limits = { defaultPage: DEFAULT_PAGE_SIZE, maxPage: LIST_MAX_RESULTS };
  const { page, nextToken } = pageAfter(input, limits, fetch, taskIdOf);
  return { taskArns: page.map((t) => t.taskArn), nextToken };
});
