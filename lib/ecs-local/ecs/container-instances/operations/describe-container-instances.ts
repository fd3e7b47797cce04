// DescribeContainerInstances. Differs from ECS: CONTAINER_INSTANCE_HEALTH always reports OK (nothing is monitored).
import type { DescribeContainerInstancesRequest, DescribeContainerInstancesResponse, Failure } from '@aws-sdk/client-ecs';
import { DESCRIBE_CONTAINER_INSTANCES_MAX } from '../../../../ecs-rules';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { activeCluster } from '../../clusters/model';
import { clientError, invalidParameter } from '../../common/errors';
import { findInstance, instanceArn, instanceIdFrom } from '../model';
import { instanceTaskCounts, instanceView } from '../view';

export const describeContainerInstances = operation<DescribeContainerInstancesRequest, Wire<DescribeContainerInstancesResponse>>(
  (ctx, input) => {
    const cluster = activeCluster(ctx, input.cluster).clusterName;
    const identifiers = input.containerInstances ?? [];
    if (identifiers.length === 0) throw clientError('Container Instances cannot be empty.');
    if (identifiers.length > DESCRIBE_CONTAINER_INSTANCES_MAX)
      throw invalidParameter(
        `At most ${DESCRIBE_CONTAINER_INSTANCES_MAX} container instances can be described at once; got ${identifiers.length}.`,
      );
    const options = {
      counts: instanceTaskCounts(ctx, cluster),
      tags: input.include?.includes('TAGS') ?? false,
      health: input.include?.includes('CONTAINER_INSTANCE_HEALTH') ?? false,
    };
    const containerInstances: Wire<DescribeContainerInstancesResponse>['containerInstances'] = [];
    const failures: Failure[] = [];
    for (const identifier of identifiers) {
      const doc = findInstance(ctx, cluster, identifier);
      if (doc) containerInstances.push(instanceView(ctx, doc, options));
      else
        failures.push({
          arn: identifier.startsWith('arn:') ? identifier : instanceArn(ctx, cluster, instanceIdFrom(ctx, identifier)),
          reason: 'MISSING',
        });
    }
    return { containerInstances, failures };
  },
);
