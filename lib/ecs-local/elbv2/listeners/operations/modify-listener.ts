// ModifyListener: port, protocol and default actions (the default rule follows).
import type { ModifyListenerInput, ModifyListenerOutput } from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { ElbError } from '../../common/errors';
import { requireLoadBalancer } from '../../load-balancers/model';
import { checkActions } from '../actions';
import { forwardedGroups, listenersOf, refreshGroupLinks, requireListener, rulesOf, saveListener, saveRule } from '../model';
import { listenerProtocol, listenersChanged } from '../protocols';

export const modifyListener = operation<ModifyListenerInput, Wire<ModifyListenerOutput>>((ctx, input) => {
  const listener = requireListener(ctx, input.ListenerArn ?? '');
  const lb = requireLoadBalancer(ctx, listener.LoadBalancerArn);
  if (input.Port !== undefined && input.Port !== listener.Port) {
    if (listenersOf(ctx, lb.LoadBalancerArn).some((l) => l.Port === input.Port))
      throw new ElbError('DuplicateListener', 'A listener already exists on this port for this load balancer.');
    listener.Port = input.Port;
    listener._servedPort = undefined;
  }
  if (input.Protocol !== undefined)
    listener.Protocol = listenerProtocol(lb, input.Protocol, (input.Certificates ?? listener.Certificates ?? []).length);
  if (input.Certificates !== undefined) listener.Certificates = input.Certificates;
  const before = forwardedGroups(listener.DefaultActions);
  if (input.DefaultActions !== undefined) {
    listener.DefaultActions = checkActions(ctx, lb, input.DefaultActions);
    const defaultRule = rulesOf(ctx, listener.ListenerArn).find((r) => r.IsDefault);
    if (defaultRule) saveRule(ctx, { ...defaultRule, Actions: listener.DefaultActions });
  }
  saveListener(ctx, listener);
  refreshGroupLinks(ctx, [...before, ...forwardedGroups(listener.DefaultActions)]);
  listenersChanged(ctx);
  return { Listeners: [listener] };
});
