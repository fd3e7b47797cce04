// Daemon task definitions (kind `daemontaskdef`, id `family:0000042`, parent family, status ACTIVE |
// DELETE_IN_PROGRESS | DELETED): revisions numbered per family from 1, never reused, with their own counter
// (`daemon-family:<family>`) apart from task definitions. ARN: `daemon-task-definition/<family>:<revision>`.
import type { DaemonContainerDefinition, DaemonTaskDefinition, Tag } from '@aws-sdk/client-ecs';
import { parseCpu, parseMemory } from '../../../ecs-rules/fargate';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { arn, isLocalArn, parseArn } from '../common/arns';
import { taskDefinitionId } from '../common/documents';
import { clientError } from '../common/errors';
import type { TaskDefinitionDoc } from '../task-definitions/model';

export type DaemonTaskDefinitionDoc = Wire<DaemonTaskDefinition> & {
  family: string;
  revision: number;
  daemonTaskDefinitionArn: string;
  status: 'ACTIVE' | 'DELETE_IN_PROGRESS' | 'DELETED';
  tags: Tag[];
};

export function daemonTaskDefinitionArn(ctx: OpContext, family: string, revision: number): string {
  return arn(ctx, `daemon-task-definition/${family}:${revision}`);
}

export function saveDaemonTaskDefinition(ctx: OpContext, doc: DaemonTaskDefinitionDoc): void {
  ctx.store.put(ctx.region, 'daemontaskdef', taskDefinitionId(doc.family, doc.revision), doc, {
    parent: doc.family,
    status: doc.status,
  });
}

/** `family` (its latest ACTIVE revision), `family:revision` or an ARN; ClientException when there is none. */
export function findDaemonTaskDefinition(ctx: OpContext, identifier: string): DaemonTaskDefinitionDoc {
  const parsed = parseArn(identifier);
  const ref = parsed?.type === 'daemon-task-definition' ? parsed.path : identifier;
  const m = /^([a-zA-Z0-9_-]{1,255})(?::(\d{1,9}))?$/.exec(ref);
  const notFound = () => clientError('Unable to describe daemon task definition.');
  if (!m || (parsed && (parsed.type !== 'daemon-task-definition' || !isLocalArn(ctx, parsed)))) throw notFound();
  const [, family, revision] = m;
  const doc = revision
    ? ctx.store.get<DaemonTaskDefinitionDoc>(ctx.region, 'daemontaskdef', taskDefinitionId(family, Number(revision)))
    : ctx.store.list<DaemonTaskDefinitionDoc>(ctx.region, 'daemontaskdef', {
        parent: family,
        status: 'ACTIVE',
        order: 'desc',
        limit: 1,
      })[0];
  if (!doc || doc.status === 'DELETED') throw notFound();
  return doc;
}

/** A daemon task definition seen as the task definition its tasks launch from (host network, EC2 only). */
export function asTaskDefinition(doc: DaemonTaskDefinitionDoc): TaskDefinitionDoc {
  return {
    taskDefinitionArn: doc.daemonTaskDefinitionArn,
    family: doc.family,
    revision: doc.revision,
    status: 'ACTIVE',
    networkMode: 'host',
    compatibilities: ['EC2'],
    cpu: doc.cpu,
    memory: doc.memory,
    taskRoleArn: doc.taskRoleArn,
    executionRoleArn: doc.executionRoleArn,
    containerDefinitions: (doc.containerDefinitions ?? []).map((c: Wire<DaemonContainerDefinition>) => ({
      ...c,
      essential: c.essential ?? true,
    })) as TaskDefinitionDoc['containerDefinitions'],
    tags: [],
  };
}

/** The first problem with a daemon task definition, or undefined. */
export function daemonTaskDefinitionProblem(input: {
  family?: string;
  cpu?: string;
  memory?: string;
  containerDefinitions?: Wire<DaemonContainerDefinition>[];
}): string | undefined {
  if (!/^[a-zA-Z0-9_-]{1,255}$/.test(input.family ?? ''))
    return 'The family can contain up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores.';
  const containers = input.containerDefinitions ?? [];
  if (containers.length === 0) return 'containerDefinitions must contain at least one container.';
  if (containers.length > 10) return `A daemon task definition can have at most 10 containers; got ${containers.length}.`;
  const names = new Set<string>();
  for (const [i, c] of containers.entries()) {
    if (!c.name) return `Container.name should not be null or empty (containerDefinitions[${i}]).`;
    if (!c.image?.trim()) return 'Container.image should not be null or empty.';
    if (names.has(c.name)) return `Container names must be unique; ${c.name} is used more than once.`;
    names.add(c.name);
  }
  if (!containers.some((c) => c.essential !== false)) return 'A daemon task definition needs at least one essential container.';
  if (input.cpu !== undefined && parseCpu(input.cpu) === undefined)
    return `Invalid 'cpu' setting for the daemon task: '${input.cpu}'. Give CPU units (e.g. 256) or vCPUs (e.g. 0.25 vCPU).`;
  if (input.memory !== undefined && parseMemory(input.memory) === undefined)
    return `Invalid 'memory' setting for the daemon task: '${input.memory}'. Give MiB (e.g. 512) or GB (e.g. 0.5 GB).`;
  return undefined;
}
