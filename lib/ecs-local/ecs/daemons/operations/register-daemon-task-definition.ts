// RegisterDaemonTaskDefinition: a new revision of a daemon task definition family. Differs from ECS: the
// checks are those ECS documents for containers (a name and an image each, unique names, one essential
// container) and task cpu/memory formats; the fuller task definition rules do not apply.
import type { RegisterDaemonTaskDefinitionRequest, RegisterDaemonTaskDefinitionResponse } from '@aws-sdk/client-ecs';
import { parseCpu, parseMemory } from '../../../../ecs-rules/fargate';
import { tagsError } from '../../../../ecs-rules/names';
import { operation } from '../../../core/aws-service';
import { nowSeconds } from '../../../core/context';
import { clientError, invalidParameter } from '../../common/errors';
import {
  type DaemonTaskDefinitionDoc,
  daemonTaskDefinitionArn,
  daemonTaskDefinitionProblem,
  saveDaemonTaskDefinition,
} from '../task-definitions';

export const registerDaemonTaskDefinition = operation<RegisterDaemonTaskDefinitionRequest, RegisterDaemonTaskDefinitionResponse>(
  (ctx, input) => {
    const problem = daemonTaskDefinitionProblem(input);
    if (problem) throw clientError(problem);
    const tags = input.tags ?? [];
    const tagProblem = tagsError(tags);
    if (tagProblem) throw invalidParameter(tagProblem);
    const family = input.family ?? '';
    const revision = ctx.store.next(ctx.region, `daemon-family:${family}`);
    const doc: DaemonTaskDefinitionDoc = {
      daemonTaskDefinitionArn: daemonTaskDefinitionArn(ctx, family, revision),
      family,
      revision,
      status: 'ACTIVE',
      containerDefinitions: (input.containerDefinitions ?? []).map((c) => ({ ...c, essential: c.essential ?? true })),
      cpu: input.cpu === undefined ? undefined : String(parseCpu(input.cpu)),
      memory: input.memory === undefined ? undefined : String(parseMemory(input.memory)),
      taskRoleArn: input.taskRoleArn,
      executionRoleArn: input.executionRoleArn,
      volumes: input.volumes ?? [],
      registeredAt: nowSeconds(ctx),
      registeredBy: ctx.principal,
      tags,
    };
    saveDaemonTaskDefinition(ctx, doc);
    return { daemonTaskDefinitionArn: doc.daemonTaskDefinitionArn };
  },
);
