// DescribeDaemonDeployments: up to 20 daemon deployments by ARN; unknown ones come back as MISSING failures.
import type { DescribeDaemonDeploymentsRequest, DescribeDaemonDeploymentsResponse, Failure } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { invalidParameter } from '../../common/errors';
import type { DaemonDeploymentDoc } from '../model';

export const DESCRIBE_DAEMON_ITEMS_MAX = 20;

export const describeDaemonDeployments = operation<DescribeDaemonDeploymentsRequest, Wire<DescribeDaemonDeploymentsResponse>>(
  (ctx, input) => {
    const arns = input.daemonDeploymentArns ?? [];
    if (arns.length === 0 || arns.length > DESCRIBE_DAEMON_ITEMS_MAX)
      throw invalidParameter(
        `daemonDeploymentArns must name 1 to ${DESCRIBE_DAEMON_ITEMS_MAX} daemon deployments; got ${arns.length}.`,
      );
    const docs = ctx.store.getMany<DaemonDeploymentDoc>(ctx.region, 'daemondeployment', arns);
    const failures: Wire<Failure>[] = [];
    docs.forEach((doc, i) => {
      if (!doc) failures.push({ arn: arns[i], reason: 'MISSING' });
    });
    return {
      daemonDeployments: docs.filter((doc) => doc !== undefined).map(({ daemonArn: _, ...doc }) => doc),
      failures,
    };
  },
);
