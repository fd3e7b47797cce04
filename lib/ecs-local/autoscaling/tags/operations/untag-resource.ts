// UntagResource: removes tags of a scalable target by key (unknown keys are ignored).
import type { UntagResourceRequest } from '@aws-sdk/client-application-auto-scaling';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { updateTarget } from '../../scalable-targets/model';
import { taggedTarget } from '../resources';

export const untagResource = operation<Wire<UntagResourceRequest>, object>((ctx, input) => {
  const target = taggedTarget(ctx, input.ResourceARN as string);
  const remove = new Set(input.TagKeys ?? []);
  target._tags = Object.fromEntries(Object.entries(target._tags).filter(([k]) => !remove.has(k)));
  updateTarget(ctx, target);
  return {};
});
