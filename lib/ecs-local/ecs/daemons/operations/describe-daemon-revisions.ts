// DescribeDaemonRevisions: up to 20 daemon revisions by ARN; unknown ones come back as MISSING failures.
import type { DescribeDaemonRevisionsRequest, DescribeDaemonRevisionsResponse, Failure } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { invalidParameter } from '../../common/errors';
import type { DaemonRevisionDoc } from '../model';
import { DESCRIBE_DAEMON_ITEMS_MAX } from './describe-daemon-deployments';

export const describeDaemonRevisions = operation<DescribeDaemonRevisionsRequest, Wire<DescribeDaemonRevisionsResponse>>(
  (ctx, input) => {
    const arns = input.daemonRevisionArns ?? [];
    if (arns.length === 0 || arns.length > DESCRIBE_DAEMON_ITEMS_MAX)
      throw invalidParameter(
        `daemonRevisionArns must name 1 to ${DESCRIBE_DAEMON_ITEMS_MAX} daemon revisions; got ${arns.length}.`,
      );
    const docs = ctx.store.getMany<DaemonRevisionDoc>(ctx.region, 'daemonrevision', arns);
    const failures: Wire<Failure>[] = [];
    docs.forEach((doc, i) => {
      if (!doc) failures.push({ arn: arns[i], reason: 'MISSING' });
    });
    return { daemonRevisions: docs.filter((doc) => doc !== undefined), failures };
  },
);
