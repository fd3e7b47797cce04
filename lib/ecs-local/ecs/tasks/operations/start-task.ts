// StartTask: one task on each named container instance (EC2 or EXTERNAL). Differs from ECS: an unknown or
// inactive container instance comes back in `failures` (reason MISSING / INACTIVE) instead of failing the call.
import type { StartTaskRequest, StartTaskResponse, Tag } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { activeCluster } from '../../clusters/model';
import { invalidParameter } from '../../common/errors';
import { findTaskDefinition } from '../../task-definitions/model';
import { mergeTags } from '../build-task';
import { launchTasks } from '../lifecycle';
import { taskView } from '../view';

export const startTask = operation<StartTaskRequest, Wire<StartTaskResponse>>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster);
  const td = findTaskDefinition(ctx, input.taskDefinition ?? '');
  if (input.propagateTags === 'SERVICE')
    throw invalidParameter('propagateTags SERVICE is only valid for tasks started by a service. Use TASK_DEFINITION or NONE.');
  const given = input.tags ?? [];
  if (given.some((t) => t.key?.toLowerCase().startsWith('aws:')))
    throw invalidParameter("Tag keys starting with 'aws:' are reserved; remove them from tags.");
  const managed: Tag[] = input.enableECSManagedTags ? [{ key: 'aws:ecs:clusterName', value: cluster.clusterName }] : [];
  const { tasks, failures } = launchTasks(ctx, {
    cluster,
    taskDefinition: td,
    count: input.containerInstances?.length ?? 0,
    containerInstanceIds: input.containerInstances ?? [],
    networkConfiguration: input.networkConfiguration,
    group: input.group ?? `family:${td.family}`,
    startedBy: input.startedBy,
    overrides: input.overrides,
    tags: mergeTags(input.propagateTags === 'TASK_DEFINITION' ? td.tags : [], given, managed),
    enableExecuteCommand: input.enableExecuteCommand,
  });
  return { tasks: tasks.map((t) => taskView(t, true)), failures };
});
