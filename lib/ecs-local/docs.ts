// The documents the engine stores, and how they are keyed and indexed. Bodies are the wire shapes of
// the API (timestamps as epoch seconds); private bookkeeping lives under keys starting with `_`, which
// the serializer never sends. These conventions are the contract between operation groups:
//
// | kind     | id                          | parent       | key                 | ref        | status       |
// |----------|-----------------------------|--------------|---------------------|------------|--------------|
// | cluster  | clusterName                 |              |                     |            | status       |
// | taskdef  | family:0000042 (padded)     | family       |                     |            | status       |
// | family   | family                      |              |                     |            | ACTIVE/INACTIVE (see task-definitions-shared.ts) |
// | service  | clusterName/serviceName     | clusterName  | schedulingStrategy  | launchType | status       |
// | task     | task id (32 hex)            | clusterName  | group               | startedBy  | lastStatus   |
// | instance | container instance id       | clusterName  |                     |            | status       |
// | setting  | <principal>#<name>          | principal ('*' = account default) | name |  |              |
// | deployment | service deployment ARN    | clusterName/serviceName |          |            | status       |
//
// Taggable documents keep their tags in a top-level `tags` array.
import type { Cluster, ContainerInstance, Service, ServiceDeployment, Tag, Task, TaskDefinition } from '@aws-sdk/client-ecs';
import { isLocalArn, nameFromIdentifier, type OpContext, parseArn, type Wire } from './context';
import { clusterNotFound, EcsError } from './errors';

export type ClusterDoc = Wire<Cluster> & { clusterName: string; clusterArn: string; status: string; tags: Tag[] };
export type TaskDefinitionDoc = Wire<TaskDefinition> & {
  family: string;
  revision: number;
  taskDefinitionArn: string;
  status: string;
  tags: Tag[];
};
export type ServiceDoc = Wire<Service> & {
  serviceName: string;
  serviceArn: string;
  clusterArn: string;
  status: string;
  tags: Tag[];
};
export type TaskDoc = Wire<Task> & {
  taskArn: string;
  clusterArn: string;
  lastStatus: string;
  desiredStatus: string;
  tags: Tag[];
};
export type ContainerInstanceDoc = Wire<ContainerInstance> & { containerInstanceArn: string; status: string; tags: Tag[] };
export type ServiceDeploymentDoc = Wire<ServiceDeployment> & { serviceDeploymentArn: string };

export function taskDefinitionId(family: string, revision: number): string {
  return `${family}:${String(revision).padStart(7, '0')}`;
}

export function serviceId(clusterName: string, serviceName: string): string {
  return `${clusterName}/${serviceName}`;
}

/** A cluster name from a name or ARN; omitted means `default`, as in ECS. See nameFromIdentifier for foreign ARNs. */
export function clusterName(ctx: OpContext, identifier: string | undefined): string {
  return identifier ? nameFromIdentifier(ctx, identifier, 'cluster') : 'default';
}

/** The ACTIVE cluster an operation acts on, or ClusterNotFoundException. */
export function activeCluster(ctx: OpContext, identifier: string | undefined): ClusterDoc {
  const doc = ctx.store.get<ClusterDoc>(ctx.region, 'cluster', clusterName(ctx, identifier));
  if (doc?.status !== 'ACTIVE') throw clusterNotFound();
  return doc;
}

/**
 * A task definition from `family`, `family:revision` or its ARN. A bare family means its latest ACTIVE
 * revision. Unknown ones get ECS's `Unable to describe task definition.`, and so do revisions being deleted
 * (DELETE_IN_PROGRESS) unless `includeDeleting` is set (DescribeTaskDefinition still shows them), and ARNs
 * of another region or account (nothing of theirs exists here).
 */
export function findTaskDefinition(
  ctx: OpContext,
  identifier: string,
  options: { includeDeleting?: boolean } = {},
): TaskDefinitionDoc {
  const parsed = parseArn(identifier);
  const ref = parsed?.type === 'task-definition' ? parsed.path : identifier;
  const m = /^([a-zA-Z0-9_-]{1,255})(?::(\d{1,9}))?$/.exec(ref);
  const notFound = () => new EcsError('ClientException', 'Unable to describe task definition.');
  if (!m || (parsed && !isLocalArn(ctx, parsed))) throw notFound();
  const [, family, revision] = m;
  const doc = revision
    ? ctx.store.get<TaskDefinitionDoc>(ctx.region, 'taskdef', taskDefinitionId(family, Number(revision)))
    : ctx.store.list<TaskDefinitionDoc>(ctx.region, 'taskdef', { parent: family, status: 'ACTIVE', order: 'desc', limit: 1 })[0];
  if (!doc || (doc.status === 'DELETE_IN_PROGRESS' && !options.includeDeleting)) throw notFound();
  return doc;
}
