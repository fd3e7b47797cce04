// TagResource: adds or overwrites tags of a scalable target, by its ARN (the only taggable resource).
import type { TagResourceRequest } from '@aws-sdk/client-application-auto-scaling';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { checkTags } from '../../common/tags';
import { updateTarget } from '../../scalable-targets/model';
import { taggedTarget } from '../resources';

export const tagResource = operation<Wire<TagResourceRequest>, object>((ctx, input) => {
  const target = taggedTarget(ctx, input.ResourceARN as string);
  const tags = { ...target._tags, ...(input.Tags ?? {}) };
  checkTags(tags, target.ScalableTargetARN);
  target._tags = tags;
  updateTarget(ctx, target);
  return {};
});
