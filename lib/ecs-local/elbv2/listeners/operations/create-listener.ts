// CreateListener: one per port per load balancer, with forward (weighted), fixed-response or redirect default actions.
// Forwarding is what ties a target group to the load balancer. Differs from ELBv2: HTTPS and TLS listeners are
// recorded but, under a real network, not served (the engine has no certificates); HTTP and TCP are served on 127.0.0.1.
import type { CreateListenerInput, CreateListenerOutput } from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { elbArn, elbId, loadBalancerPath } from '../../common/arns';
import { ElbError } from '../../common/errors';
import { checkNewTags } from '../../common/tags';
import { requireLoadBalancer } from '../../load-balancers/model';
import { checkActions } from '../actions';
import {
  forwardedGroups,
  type ListenerDoc,
  listenersOf,
  MAX_LISTENERS,
  refreshGroupLinks,
  saveListener,
  saveRule,
} from '../model';
import { checkPort, listenerProtocol, listenersChanged } from '../protocols';

export const createListener = operation<CreateListenerInput, Wire<CreateListenerOutput>>((ctx, input) => {
  const lb = requireLoadBalancer(ctx, input.LoadBalancerArn ?? '');
  const port = checkPort(input.Port);
  const protocol = listenerProtocol(lb, input.Protocol, input.Certificates?.length ?? 0);
  checkNewTags(input.Tags ?? []);
  const listeners = listenersOf(ctx, lb.LoadBalancerArn);
  if (listeners.some((l) => l.Port === port))
    throw new ElbError('DuplicateListener', 'A listener already exists on this port for this load balancer.');
  if (listeners.length >= MAX_LISTENERS)
    throw new ElbError('TooManyListeners', `A load balancer can have at most ${MAX_LISTENERS} listeners.`);
  const actions = checkActions(ctx, lb, input.DefaultActions ?? []);
  const listenerArn = elbArn(ctx, `listener/${loadBalancerPath(lb.LoadBalancerArn)}/${elbId()}`);
  const doc: ListenerDoc = {
    ListenerArn: listenerArn,
    LoadBalancerArn: lb.LoadBalancerArn,
    Port: port,
    Protocol: protocol,
    DefaultActions: actions,
    ...(input.Certificates?.length ? { Certificates: input.Certificates } : {}),
    ...(input.SslPolicy || protocol === 'HTTPS' || protocol === 'TLS'
      ? { SslPolicy: input.SslPolicy ?? 'ELBSecurityPolicy-2016-08' }
      : {}),
    _tags: input.Tags ?? [],
  };
  saveListener(ctx, doc);
  saveRule(ctx, {
    RuleArn: elbArn(ctx, `listener-rule/${loadBalancerPath(lb.LoadBalancerArn)}/${listenerArn.split('/').pop()}/${elbId()}`),
    Priority: 'default',
    Conditions: [],
    Actions: actions,
    IsDefault: true,
    _listenerArn: listenerArn,
    _tags: [],
  });
  refreshGroupLinks(ctx, forwardedGroups(actions));
  listenersChanged(ctx);
  return { Listeners: [doc] };
});
