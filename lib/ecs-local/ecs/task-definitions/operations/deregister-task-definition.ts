// DeregisterTaskDefinition: ACTIVE → INACTIVE (running tasks and services are unaffected). Deregistering an
// INACTIVE or deleting revision returns it unchanged. Differs from ECS: no 10-minute grace window.
import type { DeregisterTaskDefinitionRequest, DeregisterTaskDefinitionResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import { nowSeconds } from '../../../core/context';
import type { Wire } from '../../../protocol/serialize';
import { clientError } from '../../common/errors';
import { getRevision, parseRevisionRef, saveTaskDefinition } from '../model';
import { taskDefinitionView } from '../view';

export const TASK_DEFINITION_NOT_FOUND = 'The specified task definition does not exist.';

export const deregisterTaskDefinition = operation<DeregisterTaskDefinitionRequest, Wire<DeregisterTaskDefinitionResponse>>(
  (ctx, input) => {
    const identifier = input.taskDefinition ?? '';
    const ref = parseRevisionRef(ctx, identifier);
    if (ref.kind === 'elsewhere') throw clientError(TASK_DEFINITION_NOT_FOUND);
    if (ref.kind === 'family')
      throw clientError(
        `A revision is required to deregister a task definition: use '${ref.family}:<revision>' or the task definition ARN.`,
      );
    if (ref.kind === 'invalid')
      throw clientError(
        `Invalid task definition '${identifier}'. Use family:revision (for example web:3) or the task definition ARN.`,
      );
    const doc = getRevision(ctx, ref.family, ref.revision);
    if (!doc) throw clientError(TASK_DEFINITION_NOT_FOUND);
    if (doc.status === 'ACTIVE') {
      doc.status = 'INACTIVE';
      doc.deregisteredAt = nowSeconds(ctx);
      saveTaskDefinition(ctx, doc);
    }
    return { taskDefinition: taskDefinitionView(doc) };
  },
);
