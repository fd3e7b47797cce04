// DescribeTaskSets: the service's task sets (or those named, by ID or full or partial ARN), with their
// running and pending counts from the task index; unknown ones come back as MISSING failures.
import type { DescribeTaskSetsRequest, DescribeTaskSetsResponse, Failure } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { applyIndexedCounts } from '../../services/service-tasks';
import { taskSetScope } from '../../services/task-set-service';
import { findTaskSet, serviceTaskSets, type TaskSetDoc, taskSetArn, taskSetIdFrom, taskSetView } from '../model';

export const describeTaskSets = operation<DescribeTaskSetsRequest, Wire<DescribeTaskSetsResponse>>((ctx, input) => {
  const { cluster, service } = taskSetScope(ctx, input, 'describe');
  const withTags = input.include?.includes('TAGS') ?? false;
  const failures: Wire<Failure>[] = [];
  let docs: TaskSetDoc[];
  if (input.taskSets?.length) {
    docs = [];
    for (const identifier of input.taskSets) {
      const doc = findTaskSet(ctx, cluster.clusterName, service.serviceName, identifier);
      if (doc) docs.push(doc);
      else
        failures.push({
          arn: identifier.startsWith('arn:')
            ? identifier
            : taskSetArn(ctx, cluster.clusterName, service.serviceName, taskSetIdFrom(ctx, identifier)),
          reason: 'MISSING',
        });
    }
  } else docs = serviceTaskSets(ctx, cluster.clusterName, service.serviceName);
  const view = { ...service, deployments: [], taskSets: docs.map((doc) => taskSetView(doc, withTags)) };
  applyIndexedCounts(ctx, cluster.clusterName, [view]);
  return { taskSets: view.taskSets, failures };
});
