// ListTagsForResource: a scalable target's tags, by its ARN.
import type { ListTagsForResourceRequest, ListTagsForResourceResponse } from '@aws-sdk/client-application-auto-scaling';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { taggedTarget } from '../resources';

export const listTagsForResource = operation<Wire<ListTagsForResourceRequest>, Wire<ListTagsForResourceResponse>>(
  (ctx, input) => ({ Tags: taggedTarget(ctx, input.ResourceARN as string)._tags }),
);
