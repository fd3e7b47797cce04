// DescribeServiceDeployments: up to 20 service deployment ARNs; unknown ones come back as MISSING failures.
import type { DescribeServiceDeploymentsRequest, DescribeServiceDeploymentsResponse, Failure } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { invalidParameter } from '../../common/errors';
import { getServiceDeployment } from '../deployments';
import type { ServiceDeploymentDoc } from '../model';

const DESCRIBE_SERVICE_DEPLOYMENTS_MAX = 20;

export const describeServiceDeployments = operation<DescribeServiceDeploymentsRequest, Wire<DescribeServiceDeploymentsResponse>>(
  (ctx, input) => {
    const arns = input.serviceDeploymentArns ?? [];
    if (arns.length === 0) throw invalidParameter('serviceDeploymentArns must name at least one service deployment.');
    if (arns.length > DESCRIBE_SERVICE_DEPLOYMENTS_MAX)
      throw invalidParameter(
        `serviceDeploymentArns can have at most ${DESCRIBE_SERVICE_DEPLOYMENTS_MAX} items; got ${arns.length}.`,
      );
    const serviceDeployments: ServiceDeploymentDoc[] = [];
    const failures: Wire<Failure>[] = [];
    for (const arn of arns) {
      const doc = getServiceDeployment(ctx, arn);
      if (doc) serviceDeployments.push(doc);
      else failures.push({ arn, reason: 'MISSING' });
    }
    return { serviceDeployments, failures };
  },
);
