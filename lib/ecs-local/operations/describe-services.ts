// DescribeServices: up to 10 names or ARNs; DRAINING and INACTIVE services are still described. Counts are
// computed from the task documents at read time.
import type { DescribeServicesRequest, DescribeServicesResponse, Failure, Service } from '@aws-sdk/client-ecs';
import { DESCRIBE_SERVICES_MAX } from '../../ecs-rules/limits';
import type { Wire } from '../context';
import { activeCluster } from '../docs';
import { invalidParameter } from '../errors';
import { loadService, serviceArn, serviceNameFrom } from '../services/model';
import { serviceView } from '../services/service-view';
import { operation } from './registry';

export const describeServices = operation<DescribeServicesRequest, Wire<DescribeServicesResponse>>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster);
  const identifiers = input.services ?? [];
  if (identifiers.length === 0) throw invalidParameter('services must name at least one service.');
  if (identifiers.length > DESCRIBE_SERVICES_MAX)
    throw invalidParameter(`services can have at most ${DESCRIBE_SERVICES_MAX} items; got ${identifiers.length}.`);
  const includeTags = (input.include ?? []).includes('TAGS');
  const services: Wire<Service>[] = [];
  const failures: Wire<Failure>[] = [];
  for (const identifier of identifiers) {
    const name = serviceNameFrom(identifier);
    const doc = loadService(ctx, cluster.clusterName, name);
    if (doc) services.push(serviceView(ctx, doc, includeTags));
    else failures.push({ arn: serviceArn(ctx, cluster.clusterName, name), reason: 'MISSING' });
  }
  return { services, failures };
});
