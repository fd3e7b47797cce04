// DescribeTasks: up to 100 task ids or ARNs; unknown ones come back as failures with reason MISSING and the
// full task ARN they resolve to.
import type { DescribeTasksRequest, DescribeTasksResponse, Failure, Task } from '@aws-sdk/client-ecs';
import { DESCRIBE_TASKS_MAX } from '../../../../ecs-rules/limits';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { activeCluster } from '../../clusters/model';
import { invalidParameter } from '../../common/errors';
import { findTask, resolveTaskIdentifier, taskView } from '../view';

export const describeTasks = operation<DescribeTasksRequest, Wire<DescribeTasksResponse>>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster).clusterName;
  const identifiers = input.tasks ?? [];
  if (identifiers.length === 0) throw invalidParameter('Tasks cannot be empty.');
  if (identifiers.length > DESCRIBE_TASKS_MAX)
    throw invalidParameter(`tasks can have at most ${DESCRIBE_TASKS_MAX} items; got ${identifiers.length}.`);
  const withTags = input.include?.includes('TAGS') ?? false;
  const tasks: Wire<Task>[] = [];
  const failures: Wire<Failure>[] = [];
  const seen = new Set<string>();
  for (const identifier of identifiers) {
    const task = findTask(ctx, cluster, identifier);
    if (!task) {
      failures.push({ arn: resolveTaskIdentifier(ctx, cluster, identifier).arn, reason: 'MISSING' });
      continue;
    }
    if (seen.has(task.taskArn)) continue;
    seen.add(task.taskArn);
    tasks.push(taskView(task, withTags));
  }
  return { tasks, failures };
});
