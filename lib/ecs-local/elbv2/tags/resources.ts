// The ELBv2 resource an ARN names, for AddTags / RemoveTags / DescribeTags (tags live on each document as `_tags`).
import type { Tag } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { OpContext } from '../../core/context';
import { resourceKindOf } from '../common/arns';
import { listenerNotFound, loadBalancerNotFound, ruleNotFound, targetGroupNotFound } from '../common/errors';

const NOT_FOUND = {
  loadbalancer: loadBalancerNotFound,
  targetgroup: targetGroupNotFound,
  listener: listenerNotFound,
  rule: ruleNotFound,
};

export interface TaggedResource {
  kind: keyof typeof NOT_FOUND;
  doc: { _tags: Tag[] };
}

export function taggedResource(ctx: OpContext, arn: string): TaggedResource {
  const kind = resourceKindOf(arn) ?? 'loadbalancer';
  const doc = ctx.store.get<{ _tags: Tag[] }>(ctx.region, kind, arn);
  if (!doc) throw NOT_FOUND[kind]();
  return { kind, doc };
}

/** Writes the document's new tags without touching its index columns. */
export function saveTags(ctx: OpContext, arn: string, resource: TaggedResource): void {
  ctx.store.replaceBody(ctx.region, resource.kind, arn, resource.doc);
}
