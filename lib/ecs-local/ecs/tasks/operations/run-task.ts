// RunTask. With neither launchType nor capacityProviderStrategy (and no cluster default strategy) tasks run
// on EC2, as in ECS. Differs from ECS: clientToken idempotency has no expiry; referenceId and
// volumeConfigurations are accepted and ignored.
import crypto from 'node:crypto';
import type { RunTaskRequest, RunTaskResponse, Tag } from '@aws-sdk/client-ecs';
import { RUN_TASK_COUNT_MAX } from '../../../../ecs-rules/limits';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { activeCluster } from '../../clusters/model';
import { EcsError, invalidParameter } from '../../common/errors';
import { findTaskDefinition } from '../../task-definitions/model';
import { mergeTags } from '../build-task';
import { launchTasks } from '../lifecycle';
import { type TaskDoc, taskIdOf } from '../model';
import { taskView } from '../view';

interface TokenDoc {
  hash: string;
  taskIds: string[];
  failures: RunTaskResponse['failures'];
}

function requestHash(input: RunTaskRequest): string {
  const { clientToken: _, ...rest } = input;
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, v]) => [k, sorted(v)]),
          )
        : value;
  return crypto
    .createHash('sha256')
    .update(JSON.stringify(sorted(rest)))
    .digest('hex');
}

export const runTask = operation<RunTaskRequest, Wire<RunTaskResponse>>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster);
  const count = input.count ?? 1;
  if (!Number.isInteger(count) || count < 1 || count > RUN_TASK_COUNT_MAX)
    throw invalidParameter(`count must be between 1 and ${RUN_TASK_COUNT_MAX}; got ${count}.`);
  if (input.clientToken !== undefined && !/^[\x21-\x7e]{1,64}$/.test(input.clientToken))
    throw invalidParameter('clientToken must be 1 to 64 characters in the range 33-126.');

  const tokenId = input.clientToken && `RunTask/${cluster.clusterName}/${input.clientToken}`;
  const hash = requestHash(input);
  if (tokenId) {
    const seen = ctx.store.get<TokenDoc>(ctx.region, 'token', tokenId);
    if (seen && seen.hash !== hash)
      throw new EcsError(
        'ConflictException',
        `The clientToken '${input.clientToken}' was already used with different RunTask parameters. Use a new clientToken, or repeat the original parameters.`,
      );
    if (seen) {
      const tasks = seen.taskIds
        .map((id) => ctx.store.get<TaskDoc>(ctx.region, 'task', id))
        .filter((t): t is TaskDoc => t !== undefined);
      return { tasks: tasks.map((t) => taskView(t, true)), failures: seen.failures ?? [] };
    }
  }

  const td = findTaskDefinition(ctx, input.taskDefinition ?? '');
  if (input.propagateTags === 'SERVICE')
    throw invalidParameter(
      'propagateTags SERVICE is only valid for tasks started by a service. Use TASK_DEFINITION or NONE with RunTask.',
    );
  const managed: Tag[] = input.enableECSManagedTags ? [{ key: 'aws:ecs:clusterName', value: cluster.clusterName }] : [];
  const inherited = input.propagateTags === 'TASK_DEFINITION' ? td.tags : [];
  const given = input.tags ?? [];
  if (given.some((t) => t.key?.toLowerCase().startsWith('aws:')))
    throw invalidParameter("Tag keys starting with 'aws:' are reserved; remove them from tags.");

  const { tasks, failures } = launchTasks(ctx, {
    cluster,
    taskDefinition: td,
    count,
    launchType: input.launchType,
    capacityProviderStrategy: input.capacityProviderStrategy,
    platformVersion: input.platformVersion,
    networkConfiguration: input.networkConfiguration,
    group: input.group ?? `family:${td.family}`,
    startedBy: input.startedBy,
    overrides: input.overrides,
    tags: mergeTags(inherited, given, managed),
    enableExecuteCommand: input.enableExecuteCommand,
    placementConstraints: input.placementConstraints,
    placementStrategy: input.placementStrategy,
  });
  if (tokenId) ctx.store.put<TokenDoc>(ctx.region, 'token', tokenId, { hash, taskIds: tasks.map(taskIdOf), failures });
  return { tasks: tasks.map((t) => taskView(t, true)), failures };
});
