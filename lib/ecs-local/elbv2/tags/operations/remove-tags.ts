// RemoveTags: the keys from every named resource (keys a resource does not have are ignored).
import type { RemoveTagsInput, RemoveTagsOutput } from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import { saveTags, taggedResource } from '../resources';

export const removeTags = operation<RemoveTagsInput, RemoveTagsOutput>((ctx, input) => {
  const keys = new Set(input.TagKeys ?? []);
  for (const arn of input.ResourceArns ?? []) {
    const resource = taggedResource(ctx, arn);
    resource.doc._tags = (resource.doc._tags ?? []).filter((t) => !keys.has(t.Key ?? ''));
    saveTags(ctx, arn, resource);
  }
  return {};
});
