// Shared by the task definition operations: saving a revision with its index, the per-family summary that
// ListTaskDefinitionFamilies reads, and parsing `family:revision` / ARN identifiers.

import type { Tag, TaskDefinition } from '@aws-sdk/client-ecs';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { arn, isLocalArn, parseArn } from '../common/arns';
import { taskDefinitionId } from '../common/documents';
import { EcsError } from '../common/errors';

export type TaskDefinitionDoc = Wire<TaskDefinition> & {
  family: string;
  revision: number;
  taskDefinitionArn: string;
  status: string;
  tags: Tag[];
};

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

/**
 * One `family` document per family that still has ACTIVE or INACTIVE revisions (status ACTIVE when any
 * revision is ACTIVE, else INACTIVE). A family whose revisions are all deleted has none, so it drops out
 * of ListTaskDefinitionFamilies; its revision counter (`family:<name>`) lives on, so numbers are never reused.
 */
export interface FamilyDoc {
  family: string;
  status: 'ACTIVE' | 'INACTIVE';
}

export function saveTaskDefinition(ctx: OpContext, doc: TaskDefinitionDoc): void {
  ctx.store.put(ctx.region, 'taskdef', taskDefinitionId(doc.family, doc.revision), doc, {
    parent: doc.family,
    status: doc.status,
  });
  // An ACTIVE revision makes its family ACTIVE without looking at the others (every RegisterTaskDefinition).
  if (doc.status === 'ACTIVE') setFamilyStatus(ctx, doc.family, 'ACTIVE');
  else refreshFamily(ctx, doc.family);
}

/**
 * Recomputes a family's summary from its revisions; call after any revision changes status. Two index seeks
 * (is there an ACTIVE revision? an INACTIVE one?), so it costs the same however many revisions the family has.
 */
export function refreshFamily(ctx: OpContext, family: string): void {
  const has = (status: string) => ctx.store.ids(ctx.region, 'taskdef', { parent: family, status, limit: 1 }).length > 0;
  setFamilyStatus(ctx, family, has('ACTIVE') ? 'ACTIVE' : has('INACTIVE') ? 'INACTIVE' : undefined);
}

function setFamilyStatus(ctx: OpContext, family: string, status: FamilyDoc['status'] | undefined): void {
  if (!status) {
    ctx.store.delete(ctx.region, 'family', family);
    return;
  }
  if (ctx.store.get<FamilyDoc>(ctx.region, 'family', family)?.status === status) return;
  const doc: FamilyDoc = { family, status };
  ctx.store.put(ctx.region, 'family', family, doc, { status });
}

/** The ARN of a stored revision from its document id (`family:0000042`). */
export function taskDefinitionArnOfId(ctx: OpContext, id: string): string {
  const colon = id.lastIndexOf(':');
  return arn(ctx, `task-definition/${id.slice(0, colon)}:${Number(id.slice(colon + 1))}`);
}

export type RevisionRef =
  | { kind: 'revision'; family: string; revision: number }
  | { kind: 'family'; family: string }
  | { kind: 'invalid' }
  /** A well-formed ARN of another region or account: no such revision exists here. */
  | { kind: 'elsewhere' };

/** Parses `family:revision`, a bare `family`, or a task definition ARN of the caller's region and account. */
export function parseRevisionRef(ctx: OpContext, identifier: string): RevisionRef {
  const parsed = parseArn(identifier);
  if (parsed && parsed.type !== 'task-definition') return { kind: 'invalid' };
  const m = /^([a-zA-Z0-9_-]{1,255})(?::(\d{1,9}))?$/.exec(parsed ? parsed.path : identifier);
  if (!m) return { kind: 'invalid' };
  if (parsed && !isLocalArn(ctx, parsed)) return { kind: 'elsewhere' };
  return m[2] === undefined ? { kind: 'family', family: m[1] } : { kind: 'revision', family: m[1], revision: Number(m[2]) };
}

export function getRevision(ctx: OpContext, family: string, revision: number): TaskDefinitionDoc | undefined {
  return ctx.store.get<TaskDefinitionDoc>(ctx.region, 'taskdef', taskDefinitionId(family, revision));
}
