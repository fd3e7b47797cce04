// DescribeDaemonTaskDefinition: by `family` (its latest ACTIVE revision), `family:revision` or ARN; revisions
// being deleted are still described.
import type { DescribeDaemonTaskDefinitionRequest, DescribeDaemonTaskDefinitionResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { findDaemonTaskDefinition } from '../task-definitions';

export const describeDaemonTaskDefinition = operation<
  DescribeDaemonTaskDefinitionRequest,
  Wire<DescribeDaemonTaskDefinitionResponse>
>((ctx, input) => {
  const { tags, ...doc } = findDaemonTaskDefinition(ctx, input.daemonTaskDefinition ?? '');
  return { daemonTaskDefinition: doc };
});
