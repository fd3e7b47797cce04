// UntagResource: removes the given keys; keys the resource does not have are ignored, as in ECS.
import type { UntagResourceRequest, UntagResourceResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import { invalidParameter } from '../../common/errors';
import { resolveTagTarget } from '../taggable';

export const untagResource = operation<UntagResourceRequest, UntagResourceResponse>((ctx, input) => {
  const target = resolveTagTarget(ctx, input.resourceArn ?? '');
  const keys = new Set(input.tagKeys ?? []);
  const reserved = [...keys].find((key) => key.toLowerCase().startsWith('aws:'));
  if (reserved) throw invalidParameter(`Tag keys starting with 'aws:' are reserved and cannot be removed (key '${reserved}').`);
  if ('builtIn' in target) return {};
  const tags = (target.doc.tags ?? []).filter((tag) => !keys.has(tag.key ?? ''));
  ctx.store.replaceBody(ctx.region, target.kind, target.id, { ...target.doc, tags });
  if (target.kind === 'capacityprovider') ctx.store.setDue(ctx.region, target.kind, target.id, ctx.now);
  return {};
});
