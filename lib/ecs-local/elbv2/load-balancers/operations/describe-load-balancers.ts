// DescribeLoadBalancers: by ARN (at most 20), by name, or all, paged with Marker / PageSize.
import type { DescribeLoadBalancersInput, DescribeLoadBalancersOutput } from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { ElbError, loadBalancerNotFound, validationError } from '../../common/errors';
import { page } from '../../common/paging';
import { allLoadBalancers, getLoadBalancer, type LoadBalancerDoc, loadBalancerByName } from '../model';

export const describeLoadBalancers = operation<DescribeLoadBalancersInput, Wire<DescribeLoadBalancersOutput>>((ctx, input) => {
  const arns = input.LoadBalancerArns ?? [];
  const names = input.Names ?? [];
  if (arns.length > 0 && names.length > 0)
    throw validationError('Load balancer names and load balancer ARNs cannot be specified at the same time');
  let found: LoadBalancerDoc[];
  if (arns.length > 0) {
    if (arns.length > 20) throw validationError('At most 20 load balancer ARNs can be described at once.');
    const docs = arns.map((arn) => getLoadBalancer(ctx, arn));
    if (docs.some((d) => !d)) throw loadBalancerNotFound();
    found = docs as LoadBalancerDoc[];
  } else if (names.length > 0) {
    const docs = names.map((name) => loadBalancerByName(ctx, name));
    const missing = names.filter((_, i) => !docs[i]);
    if (missing.length > 0) throw new ElbError('LoadBalancerNotFound', `Load balancers '[${missing.join(', ')}]' not found`);
    found = docs as LoadBalancerDoc[];
  } else found = allLoadBalancers(ctx);
  const { page: shown, NextMarker } = page(found, input, (d) => d.LoadBalancerName);
  return { LoadBalancers: shown, NextMarker };
});
