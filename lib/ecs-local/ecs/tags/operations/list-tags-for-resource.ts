// ListTagsForResource.
import type { ListTagsForResourceRequest, ListTagsForResourceResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import { resolveTagTarget } from '../taggable';

export const listTagsForResource = operation<ListTagsForResourceRequest, ListTagsForResourceResponse>((ctx, input) => {
  const target = resolveTagTarget(ctx, input.resourceArn ?? '');
  return { tags: 'builtIn' in target ? [] : (target.doc.tags ?? []) };
});
