// DeleteLoadBalancer: its listeners and their rules go with it; target groups stay (their targets become unused).
// Succeeds for a load balancer that is already gone; refused while deletion protection is on.
import type { DeleteLoadBalancerInput, DeleteLoadBalancerOutput } from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import { ElbError } from '../../common/errors';
import { deleteRules, listenersOf, refreshGroupLinks } from '../../listeners/model';
import { networkOf } from '../../network/registry';
import { getLoadBalancer } from '../model';

export const deleteLoadBalancer = operation<DeleteLoadBalancerInput, DeleteLoadBalancerOutput>((ctx, input) => {
  const lb = getLoadBalancer(ctx, input.LoadBalancerArn ?? '');
  if (!lb) return {};
  if (lb._attributes['deletion_protection.enabled'] === 'true')
    throw new ElbError(
      'OperationNotPermitted',
      `Load balancer '${lb.LoadBalancerArn}' cannot be deleted because deletion protection is enabled`,
    );
  const groups: string[] = [];
  for (const listener of listenersOf(ctx, lb.LoadBalancerArn)) {
    groups.push(...deleteRules(ctx, listener.ListenerArn));
    ctx.store.delete(ctx.region, 'listener', listener.ListenerArn);
  }
  ctx.store.delete(ctx.region, 'loadbalancer', lb.LoadBalancerArn);
  refreshGroupLinks(ctx, groups);
  const network = networkOf(ctx.store);
  const region = ctx.region;
  if (network) ctx.afterCommit(() => network.listenersChanged(region));
  return {};
});
