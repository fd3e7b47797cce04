// DeleteTaskDefinitions: INACTIVE revisions → DELETE_IN_PROGRESS; anything else is reported in `failures`.
// Differs from ECS: revisions stay DELETE_IN_PROGRESS (listable, describable) instead of being purged later.
import type { DeleteTaskDefinitionsRequest, DeleteTaskDefinitionsResponse, Failure } from '@aws-sdk/client-ecs';
import { DELETE_TASK_DEFINITIONS_MAX } from '../../../../ecs-rules/limits';
import { operation } from '../../../core/aws-service';
import { nowSeconds } from '../../../core/context';
import type { Wire } from '../../../protocol/serialize';
import { arn } from '../../common/arns';
import { invalidParameter } from '../../common/errors';
import type { TaskDefinitionDoc } from '../model';
import { getRevision, parseRevisionRef, saveTaskDefinition } from '../model';
import { taskDefinitionView } from '../view';
import { TASK_DEFINITION_NOT_FOUND } from './deregister-task-definition';

export const STILL_ACTIVE =
  'The specified task definition is still in ACTIVE status. Please deregister the target and try again.';
export const REVISION_REQUIRED =
  'The specified task definition identifier is invalid. Specify a family and revision (family:revision) or the full ARN.';

export const deleteTaskDefinitions = operation<DeleteTaskDefinitionsRequest, Wire<DeleteTaskDefinitionsResponse>>(
  (ctx, input) => {
    const identifiers = input.taskDefinitions ?? [];
    if (identifiers.length === 0 || identifiers.length > DELETE_TASK_DEFINITIONS_MAX)
      throw invalidParameter(
        `taskDefinitions must list 1 to ${DELETE_TASK_DEFINITIONS_MAX} task definitions; got ${identifiers.length}.`,
      );
    const deleted = new Map<string, TaskDefinitionDoc>();
    const failures: Failure[] = [];
    for (const identifier of identifiers) {
      const ref = parseRevisionRef(ctx, identifier);
      if (ref.kind === 'elsewhere') {
        failures.push({ arn: identifier, reason: TASK_DEFINITION_NOT_FOUND });
        continue;
      }
      if (ref.kind !== 'revision') {
        failures.push({ arn: identifier, reason: REVISION_REQUIRED });
        continue;
      }
      const doc = getRevision(ctx, ref.family, ref.revision);
      const target = arn(ctx, `task-definition/${ref.family}:${ref.revision}`);
      if (!doc) failures.push({ arn: target, reason: TASK_DEFINITION_NOT_FOUND });
      else if (doc.status === 'ACTIVE') failures.push({ arn: target, reason: STILL_ACTIVE });
      else {
        if (doc.status === 'INACTIVE') {
          doc.status = 'DELETE_IN_PROGRESS';
          doc.deleteRequestedAt = nowSeconds(ctx);
          saveTaskDefinition(ctx, doc);
        }
        deleted.set(doc.taskDefinitionArn, doc);
      }
    }
    return { taskDefinitions: [...deleted.values()].map(taskDefinitionView), failures };
  },
);
