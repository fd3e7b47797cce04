// ModifyRule: new conditions and/or actions (a default rule's conditions cannot change).
import type { ModifyRuleInput, ModifyRuleOutput } from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { ElbError } from '../../common/errors';
import { requireLoadBalancer } from '../../load-balancers/model';
import { checkActions, checkConditions } from '../actions';
import { forwardedGroups, refreshGroupLinks, requireListener, requireRule, saveListener, saveRule } from '../model';
import { listenersChanged } from '../protocols';

export const modifyRule = operation<ModifyRuleInput, Wire<ModifyRuleOutput>>((ctx, input) => {
  const rule = requireRule(ctx, input.RuleArn ?? '');
  const listener = requireListener(ctx, rule._listenerArn);
  const lb = requireLoadBalancer(ctx, listener.LoadBalancerArn);
  const before = forwardedGroups(rule.Actions);
  if (input.Conditions !== undefined) {
    if (rule.IsDefault) throw new ElbError('OperationNotPermitted', 'The conditions of a default rule cannot be changed');
    rule.Conditions = checkConditions(input.Conditions);
  }
  if (input.Actions !== undefined) {
    rule.Actions = checkActions(ctx, lb, input.Actions);
    if (rule.IsDefault) saveListener(ctx, { ...listener, DefaultActions: rule.Actions });
  }
  saveRule(ctx, rule);
  refreshGroupLinks(ctx, [...before, ...forwardedGroups(rule.Actions)]);
  listenersChanged(ctx);
  return { Rules: [rule] };
});
