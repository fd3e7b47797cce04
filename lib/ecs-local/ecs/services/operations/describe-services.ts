// DescribeServices: up to 10 names or ARNs; DRAINING and INACTIVE services are still described. Counts are
// computed from the task documents at read time.
import type { DescribeServicesRequest, DescribeServicesResponse, Failure, Service } from '@aws-sdk/client-ecs';
import { DESCRIBE_SERVICES_MAX } from '../../../../ecs-rules/limits';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { activeCluster } from '../../clusters/model';
import { serviceId } from '../../common/documents';
import { invalidParameter } from '../../common/errors';
import { type ServiceState, serviceArn, serviceNameFrom } from '../model';
import { serviceViews } from '../view';

export const describeServices = operation<DescribeServicesRequest, Wire<DescribeServicesResponse>>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster);
  const identifiers = input.services ?? [];
  if (identifiers.length === 0) throw invalidParameter('services must name at least one service.');
  if (identifiers.length > DESCRIBE_SERVICES_MAX)
    throw invalidParameter(`services can have at most ${DESCRIBE_SERVICES_MAX} items; got ${identifiers.length}.`);
  const includeTags = (input.include ?? []).includes('TAGS');
  const names = identifiers.map((identifier) => serviceNameFrom(ctx, identifier));
  const docs = ctx.store.getMany<ServiceState>(
    ctx.region,
    'service',
    names.map((name) => serviceId(cluster.clusterName, name)),
  );
  const found: ServiceState[] = [];
  const failures: Wire<Failure>[] = [];
  docs.forEach((doc, i) => {
    if (doc) found.push(doc);
    else
      failures.push({
        arn: identifiers[i].startsWith('arn:') ? identifiers[i] : serviceArn(ctx, cluster.clusterName, names[i]),
        reason: 'MISSING',
      });
  });
  const services: Wire<Service>[] = serviceViews(ctx, cluster.clusterName, found, includeTags);
  return { services, failures };
});
