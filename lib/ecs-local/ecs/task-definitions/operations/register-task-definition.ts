// RegisterTaskDefinition. Differs from ECS: every rule is checked locally (no IAM role, image or
// capability lookups), and `requiresAttributes` is derived from the definition's fields.
import type { RegisterTaskDefinitionRequest, RegisterTaskDefinitionResponse } from '@aws-sdk/client-ecs';
import { tagsError } from '../../../../ecs-rules/names';
import { firstTaskDefinitionProblem, normalizeTaskDefinition } from '../../../../ecs-rules/task-definition';
import { operation } from '../../../core/aws-service';
import { nowSeconds } from '../../../core/context';
import type { Wire } from '../../../protocol/serialize';
import { arn } from '../../common/arns';
import { clientError, invalidParameter } from '../../common/errors';
import type { TaskDefinitionDoc } from '../model';
import { saveTaskDefinition } from '../model';
import { taskDefinitionView } from '../view';

export const registerTaskDefinition = operation<RegisterTaskDefinitionRequest, Wire<RegisterTaskDefinitionResponse>>(
  (ctx, input) => {
    const tagProblem = tagsError(input.tags ?? []);
    if (tagProblem) throw invalidParameter(tagProblem);
    const problem = firstTaskDefinitionProblem(input);
    if (problem) throw clientError(problem.message);

    const { containerDefinitions, family, taskRoleArn, executionRoleArn, networkMode, ...rest } = normalizeTaskDefinition(input);
    // The counter outlives deleted revisions, so a revision number is never handed out twice.
    const revision = ctx.store.next(ctx.region, `family:${family}`);
    const doc: TaskDefinitionDoc = {
      taskDefinitionArn: arn(ctx, `task-definition/${family}:${revision}`),
      containerDefinitions,
      family,
      taskRoleArn,
      executionRoleArn,
      networkMode,
      revision,
      ...rest,
      status: 'ACTIVE',
      registeredAt: nowSeconds(ctx),
      registeredBy: ctx.principal,
      tags: input.tags ?? [],
    };
    saveTaskDefinition(ctx, doc);
    return { taskDefinition: taskDefinitionView(doc), tags: input.tags };
  },
);
