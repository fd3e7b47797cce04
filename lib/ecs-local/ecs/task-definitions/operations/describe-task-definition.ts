// DescribeTaskDefinition: `family` (latest ACTIVE revision), `family:revision` or ARN; tags only with include TAGS.
import type { DescribeTaskDefinitionRequest, DescribeTaskDefinitionResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { findTaskDefinition } from '../model';
import { taskDefinitionView } from '../view';

export const describeTaskDefinition = operation<DescribeTaskDefinitionRequest, Wire<DescribeTaskDefinitionResponse>>(
  (ctx, input) => {
    // A revision being deleted is still describable by its number, as in ECS, until it is purged.
    const doc = findTaskDefinition(ctx, input.taskDefinition ?? '', { includeDeleting: true });
    return {
      taskDefinition: taskDefinitionView(doc),
      tags: input.include?.includes('TAGS') ? doc.tags : undefined,
    };
  },
);
