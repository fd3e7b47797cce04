// ListTagsForResource.
import type { ListTagsForResourceRequest, ListTagsForResourceResponse } from '@aws-sdk/client-ecs';
import { operation } from './registry';
import { resolveTagTarget } from './tags';

export const listTagsForResource = operation<ListTagsForResourceRequest, ListTagsForResourceResponse>((ctx, input) => {
  const target = resolveTagTarget(ctx, input.resourceArn ?? '');
  return { tags: 'builtIn' in target ? [] : (target.doc.tags ?? []) };
});
