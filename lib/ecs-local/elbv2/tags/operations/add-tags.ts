// AddTags: the same tags on up to 20 resources (load balancers, target groups, listeners, rules).
import type { AddTagsInput, AddTagsOutput } from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import { mergeTags } from '../../common/tags';
import { saveTags, taggedResource } from '../resources';

export const addTags = operation<AddTagsInput, AddTagsOutput>((ctx, input) => {
  for (const arn of input.ResourceArns ?? []) {
    const resource = taggedResource(ctx, arn);
    resource.doc._tags = mergeTags(resource.doc._tags ?? [], input.Tags ?? []);
    saveTags(ctx, arn, resource);
  }
  return {};
});
