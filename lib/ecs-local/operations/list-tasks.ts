// ListTasks. Differs from ECS: startedBy combined with family, serviceName, containerInstance or launchType is
// refused (ECS documents that startedBy must be the only filter); daemonName matches tasks of group `daemon:<name>`.
import type { ListTasksRequest, ListTasksResponse } from '@aws-sdk/client-ecs';
import { DEFAULT_PAGE_SIZE, LIST_MAX_RESULTS } from '../../ecs-rules/limits';
import { nameFromIdentifier, type Wire } from '../context';
import { activeCluster, serviceId, type TaskDoc } from '../docs';
import { invalidParameter, serviceNotFound } from '../errors';
import { taskIdOf } from '../tasks/task-record';
import { findInstance } from './container-instances-shared';
import { paginate } from './pagination';
import { operation } from './registry';

/** lastStatus values of tasks whose desiredStatus is RUNNING / STOPPED (the stop path sets both together). */
const BY_DESIRED: Record<string, readonly string[]> = {
  RUNNING: ['PROVISIONING', 'PENDING', 'ACTIVATING', 'RUNNING'],
  STOPPED: ['DEACTIVATING', 'STOPPING', 'DEPROVISIONING', 'STOPPED', 'RUNNING', 'PENDING', 'PROVISIONING', 'ACTIVATING'],
  PENDING: [],
};

export const listTasks = operation<ListTasksRequest, Wire<ListTasksResponse>>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster).clusterName;
  if (input.startedBy !== undefined && (input.family || input.serviceName || input.containerInstance || input.launchType))
    throw invalidParameter(
      'startedBy must be the only filter of ListTasks (besides cluster and desiredStatus). Remove family, serviceName, containerInstance and launchType.',
    );
  let key: string | undefined;
  if (input.serviceName !== undefined) {
    const name = nameFromIdentifier(input.serviceName, 'service');
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
  const tasks = ctx.store
    .list<TaskDoc>(ctx.region, 'task', { parent: cluster, key, ref: input.startedBy, status: BY_DESIRED[desired] ?? [] })
    .filter(
      (t) =>
        t.desiredStatus === desired &&
        (!input.family || t.taskDefinitionArn?.split('/').pop()?.split(':')[0] === input.family) &&
        (!input.launchType || t.launchType === input.launchType) &&
        (!instanceArn || t.containerInstanceArn === instanceArn),
    );
  const { page, nextToken } = paginate(tasks, input, { defaultPage: DEFAULT_PAGE_SIZE, maxPage: LIST_MAX_RESULTS }, taskIdOf);
  return { taskArns: page.map((t) => t.taskArn), nextToken };
});
