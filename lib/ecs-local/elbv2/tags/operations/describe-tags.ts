// DescribeTags: the tags of up to 20 resources, in the order asked.
import type { DescribeTagsInput, DescribeTagsOutput } from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import { taggedResource } from '../resources';

export const describeTags = operation<DescribeTagsInput, DescribeTagsOutput>((ctx, input) => ({
  TagDescriptions: (input.ResourceArns ?? []).map((arn) => ({
    ResourceArn: arn,
    Tags: taggedResource(ctx, arn).doc._tags ?? [],
  })),
}));
