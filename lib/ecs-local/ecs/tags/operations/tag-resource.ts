// TagResource: merges tags (a key given again overwrites its value). Differs from ECS: the FARGATE and
// FARGATE_SPOT providers are managed by the engine and refuse tags.
import type { TagResourceRequest, TagResourceResponse } from '@aws-sdk/client-ecs';
import { asgTagsError, TAGS_MAX, tagsError } from '../../../../ecs-rules';
import { operation } from '../../../core/aws-service';
import { EcsError, invalidParameter } from '../../common/errors';
import { resolveTagTarget, userTagCount } from '../taggable';

export const tagResource = operation<TagResourceRequest, TagResourceResponse>((ctx, input) => {
  const target = resolveTagTarget(ctx, input.resourceArn ?? '');
  const tags = input.tags ?? [];
  const problem = tagsError(tags);
  if (problem) throw invalidParameter(problem);
  if ('builtIn' in target)
    throw invalidParameter(`The ${target.builtIn} capacity provider is managed by the engine and cannot be tagged.`);
  const merged = new Map((target.doc.tags ?? []).map((tag) => [tag.key, tag]));
  for (const tag of tags) merged.set(tag.key, { key: tag.key, value: tag.value ?? '' });
  const next = [...merged.values()];
  if (userTagCount(next) > TAGS_MAX)
    throw new EcsError(
      'LimitExceededException',
      `A resource can have at most ${TAGS_MAX} tags; this request would give it ${userTagCount(next)}. Remove some tags first.`,
    );
  // A capacity provider's `ecs-local.asg-*` tags size its simulated Auto Scaling group, which resizes at once.
  const asgProblem = target.kind === 'capacityprovider' ? asgTagsError(next) : undefined;
  if (asgProblem) throw invalidParameter(asgProblem);
  ctx.store.replaceBody(ctx.region, target.kind, target.id, { ...target.doc, tags: next });
  if (target.kind === 'capacityprovider') ctx.store.setDue(ctx.region, target.kind, target.id, ctx.now);
  return {};
});
