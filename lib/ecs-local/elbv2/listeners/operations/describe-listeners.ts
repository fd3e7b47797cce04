// DescribeListeners: of a load balancer or by ARN, paged with Marker / PageSize. Under a real network, a listener
// whose port was taken on 127.0.0.1 shows the port it serves on instead.
import type { DescribeListenersInput, DescribeListenersOutput } from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { listenerNotFound, validationError } from '../../common/errors';
import { page } from '../../common/paging';
import { requireLoadBalancer } from '../../load-balancers/model';
import { getListener, type ListenerDoc, listenersOf } from '../model';

export function listenerView(doc: ListenerDoc): ListenerDoc {
  return doc._servedPort !== undefined ? { ...doc, Port: doc._servedPort } : doc;
}

export const describeListeners = operation<DescribeListenersInput, Wire<DescribeListenersOutput>>((ctx, input) => {
  const arns = input.ListenerArns ?? [];
  if (arns.length > 0 && input.LoadBalancerArn) throw validationError('Specify a load balancer ARN or listener ARNs, not both.');
  let found: ListenerDoc[];
  if (arns.length > 0) {
    const docs = arns.map((arn) => getListener(ctx, arn));
    if (docs.some((d) => !d)) throw listenerNotFound();
    found = docs as ListenerDoc[];
  } else if (input.LoadBalancerArn) found = listenersOf(ctx, requireLoadBalancer(ctx, input.LoadBalancerArn).LoadBalancerArn);
  else throw validationError('You must specify either listener ARNs or a load balancer ARN');
  const { page: shown, NextMarker } = page(found, input, (d) => d.ListenerArn);
  return { Listeners: shown.map(listenerView), NextMarker };
});
