// DescribeServiceRevisions: up to 20 service revision ARNs (as ServiceDeployment documents name them);
// unknown ones come back as MISSING failures.
import type { DescribeServiceRevisionsRequest, DescribeServiceRevisionsResponse, Failure } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { invalidParameter } from '../../common/errors';
import type { ServiceRevisionDoc } from '../revisions';

const DESCRIBE_SERVICE_REVISIONS_MAX = 20;

export const describeServiceRevisions = operation<DescribeServiceRevisionsRequest, Wire<DescribeServiceRevisionsResponse>>(
  (ctx, input) => {
    const arns = input.serviceRevisionArns ?? [];
    if (arns.length === 0) throw invalidParameter('serviceRevisionArns must name at least one service revision.');
    if (arns.length > DESCRIBE_SERVICE_REVISIONS_MAX)
      throw invalidParameter(`serviceRevisionArns can have at most ${DESCRIBE_SERVICE_REVISIONS_MAX} items; got ${arns.length}.`);
    const found = ctx.store.getMany<ServiceRevisionDoc>(ctx.region, 'revision', arns);
    const failures: Wire<Failure>[] = [];
    found.forEach((doc, i) => {
      if (!doc) failures.push({ arn: arns[i], reason: 'MISSING' });
    });
    return { serviceRevisions: found.filter((doc) => doc !== undefined), failures };
  },
);
