// Resolving a resource ARN to the document that holds its tags (TagResource, UntagResource,
// ListTagsForResource), following the key conventions of docs.ts.
import type { Tag } from '@aws-sdk/client-ecs';
import { isFargateCapacityProvider } from '../../../ecs-rules';
import type { OpContext } from '../../core/context';
import type { Kind } from '../../store/types';
import type { ClusterDoc } from '../clusters/model';
import { parseArn } from '../common/arns';
import { serviceId, taskDefinitionId } from '../common/documents';
import { clusterNotFound, EcsError, invalidParameter } from '../common/errors';

export interface Taggable {
  kind: Kind;
  id: string;
  doc: { tags?: Tag[]; status?: string; clusterArn?: string; containerInstanceArn?: string };
}

/** The built-in providers have no document; they can be read (no tags) but not tagged. */
export type TagTarget = Taggable | { builtIn: string };

const notFound = () => new EcsError('ResourceNotFoundException', 'The specified resource could not be found.');

function located(ctx: OpContext, kind: Kind, id: string, gone: (doc: Taggable['doc']) => boolean): Taggable {
  const doc = ctx.store.get<Taggable['doc']>(ctx.region, kind, id);
  if (!doc || gone(doc)) throw notFound();
  return { kind, id, doc };
}

/** A long ARN (`<type>/<cluster>/<id>`) must name the cluster the document belongs to; a legacy short one names none. */
function inCluster(ownerArn: string | undefined, parts: readonly string[]): boolean {
  if (parts.length < 2) return true;
  return ownerArn?.split('/').pop() === parts[0];
}

export function resolveTagTarget(ctx: OpContext, resourceArn: string): TagTarget {
  const parsed = parseArn(resourceArn);
  if (!parsed)
    throw invalidParameter(
      `Invalid resource ARN '${resourceArn}'. Pass the full ARN of a cluster, service, task, task definition, container instance or capacity provider.`,
    );
  if (parsed.region !== ctx.region || parsed.account !== ctx.account) throw notFound();
  const parts = parsed.path.split('/');
  switch (parsed.type) {
    case 'cluster': {
      const doc = ctx.store.get<ClusterDoc>(ctx.region, 'cluster', parsed.path);
      if (doc?.status !== 'ACTIVE') throw clusterNotFound();
      return { kind: 'cluster', id: parsed.path, doc };
    }
    case 'service':
      if (parts.length !== 2) throw invalidParameter('Long arn format must be used for tagging operations');
      return located(ctx, 'service', serviceId(parts[0], parts[1]), (doc) => doc.status === 'INACTIVE');
    case 'task':
      return located(ctx, 'task', parts[parts.length - 1], (doc) => !inCluster(doc.clusterArn, parts));
    case 'container-instance':
      return located(
        ctx,
        'instance',
        parts[parts.length - 1],
        (doc) => doc.status === 'INACTIVE' || !inCluster(doc.containerInstanceArn?.replace(/\/[^/]+$/, ''), parts),
      );
    case 'task-definition': {
      const m = /^([a-zA-Z0-9_-]{1,255}):(\d{1,9})$/.exec(parsed.path);
      if (!m) throw notFound();
      return located(ctx, 'taskdef', taskDefinitionId(m[1], Number(m[2])), (doc) => doc.status === 'DELETE_IN_PROGRESS');
    }
    case 'task-set':
      if (parts.length !== 4) throw notFound();
      return located(ctx, 'taskset', parsed.path, (doc) => doc.status === 'DRAINING');
    case 'capacity-provider':
      if (isFargateCapacityProvider(parsed.path)) return { builtIn: parsed.path };
      return located(ctx, 'capacityprovider', parsed.path, (doc) => doc.status !== 'ACTIVE');
    default:
      throw invalidParameter(
        `Resources of type '${parsed.type}' cannot be tagged. Tag a cluster, service, task, task definition or container instance.`,
      );
  }
}

/** The target's user tags; `aws:` tags (ECS managed) are kept but never counted against the limit. */
export function userTagCount(tags: readonly Tag[]): number {
  return tags.filter((tag) => !tag.key?.toLowerCase().startsWith('aws:')).length;
}
