// Container instance documents (kind `instance`, id = 32-hex container instance id, parent = cluster name,
// status ACTIVE | DRAINING | INACTIVE) and their API view. Task counts are computed from the task documents
// whose `containerInstanceArn` is the instance's ARN; `remainingResources` is stored and maintained by task
// placement (see register-container-instance.ts).
import type { ContainerInstance, Resource, Tag } from '@aws-sdk/client-ecs';
import { AGENT_ATTRIBUTE } from '../../../ecs-rules/agent';
import { type OpContext, scaled } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { PENDING_TASK_STATUSES } from '../clusters/view';
import { arn, nameFromIdentifier, parseArn } from '../common/arns';
import { invalidParameter } from '../common/errors';

export type ContainerInstanceDoc = Wire<ContainerInstance> & { containerInstanceArn: string; status: string; tags: Tag[] };

export const LIVE_TASK_STATUSES = ['RUNNING', ...PENDING_TASK_STATUSES] as const;

/** Private bookkeeping on the document: which cluster it belongs to (the serializer drops `_` keys). */
export type InstanceDoc = ContainerInstanceDoc & { _cluster: string } & AgentContact;

export interface TaskCounts {
  running: number;
  pending: number;
}

export function instanceArn(ctx: OpContext, cluster: string, id: string): string {
  return arn(ctx, `container-instance/${cluster}/${id}`);
}

/** The container instance id from an id or an ARN (long `container-instance/<cluster>/<id>` or legacy short form). */
export function instanceIdFrom(ctx: OpContext, identifier: string): string {
  return nameFromIdentifier(ctx, identifier, 'container-instance');
}

/** The cluster named in a long container instance ARN, if any. */
export function clusterFromInstanceArn(identifier: string): string | undefined {
  const parsed = parseArn(identifier);
  if (parsed?.type !== 'container-instance') return undefined;
  const parts = parsed.path.split('/');
  return parts.length === 2 ? parts[0] : undefined;
}

/** The instance document of a cluster, or undefined when it does not exist there. */
export function findInstance(ctx: OpContext, cluster: string, identifier: string): InstanceDoc | undefined {
  const inArn = clusterFromInstanceArn(identifier);
  if (inArn !== undefined && inArn !== cluster) return undefined;
  const doc = ctx.store.get<InstanceDoc>(ctx.region, 'instance', instanceIdFrom(ctx, identifier));
  return doc && doc._cluster === cluster ? doc : undefined;
}

/** Writes the instance with its index; an agent's instance is due when its heartbeat runs out (agentDue). */
export function saveInstance(ctx: OpContext, doc: InstanceDoc): void {
  const id = instanceIdFrom(ctx, doc.containerInstanceArn);
  ctx.store.put(ctx.region, 'instance', id, doc, { parent: doc._cluster, status: doc.status, due: agentDue(ctx, doc) });
}

/** How long an agent may stay silent before its instance shows it disconnected (ms, times the engine's time scale). */
export const AGENT_HEARTBEAT_TIMEOUT_MS = 30_000;
const MIN_HEARTBEAT_TIMEOUT_MS = 3000;

/** Private bookkeeping on an agent's instance document. */
export interface AgentContact {
  /** When the agent last called in (epoch ms). */
  _heartbeatAt?: number;
}

export function isAgentInstance(doc: Pick<InstanceDoc, 'attributes'>): boolean {
  return doc.attributes?.some((a) => a.name === AGENT_ATTRIBUTE) ?? false;
}

export function heartbeatTimeout(ctx: OpContext): number {
  return Math.max(MIN_HEARTBEAT_TIMEOUT_MS, scaled(ctx, AGENT_HEARTBEAT_TIMEOUT_MS));
}

/** When the scheduler must look at the instance next: when its connected agent's heartbeat runs out. */
export function agentDue(ctx: OpContext, doc: InstanceDoc): number | undefined {
  if (!isAgentInstance(doc) || doc.status === 'INACTIVE' || doc.agentConnected === false) return undefined;
  return (doc._heartbeatAt ?? ctx.now) + heartbeatTimeout(ctx);
}

/** Ports the ECS agent and Docker keep on every instance. */
const AGENT_PORTS = ['22', '2375', '2376', '51678', '51679'];

/** What an instance registers when it names no resources: 2048 CPU, 4096 MiB and the agent's ports. */
export function defaultResources(cpu = 2048, memory = 4096): Resource[] {
  return [
    { name: 'CPU', type: 'INTEGER', integerValue: cpu, doubleValue: 0, longValue: 0 },
    { name: 'MEMORY', type: 'INTEGER', integerValue: memory, doubleValue: 0, longValue: 0 },
    { name: 'PORTS', type: 'STRINGSET', stringSetValue: AGENT_PORTS, doubleValue: 0, longValue: 0, integerValue: 0 },
    { name: 'PORTS_UDP', type: 'STRINGSET', stringSetValue: [], doubleValue: 0, longValue: 0, integerValue: 0 },
  ];
}

/** CPU and MEMORY of a resource list as integers (for placement). */
export function resourceValue(resources: readonly Resource[] | undefined, name: string): number {
  const found = resources?.find((r) => r.name === name);
  return found?.integerValue ?? found?.longValue ?? found?.doubleValue ?? 0;
}

export function unknownInstance(identifier: string): Error {
  return invalidParameter(
    `The container instance ${identifier} was not found in the cluster. Check the container instance ID or ARN and the cluster.`,
  );
}
