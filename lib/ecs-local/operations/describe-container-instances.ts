// DescribeContainerInstances. Differs from ECS: CONTAINER_INSTANCE_HEALTH always reports OK (nothing is monitored).
import type { DescribeContainerInstancesRequest, DescribeContainerInstancesResponse, Failure } from '@aws-sdk/client-ecs';
import { DESCRIBE_CONTAINER_INSTANCES_MAX } from '../../ecs-rules';
import type { Wire } from '../context';
import { activeCluster } from '../docs';
import { invalidParameter } from '../errors';
import { findInstance, instanceArn, instanceIdFrom, instanceTaskCounts, instanceView } from './container-instances-shared';
import { operation } from './registry';

export const describeContainerInstances = operation<DescribeContainerInstancesRequest, Wire<DescribeContainerInstancesResponse>>(
  (ctx, input) => {
    const cluster = activeCluster(ctx, input.cluster).clusterName;
    const identifiers = input.containerInstances ?? [];
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
