// CreateRule: conditions (path, host, header, method, query string, source IP) and actions at a priority unique
// within the listener. Application Load Balancers only.
import type { CreateRuleInput, CreateRuleOutput } from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { elbArn, elbId, loadBalancerPath } from '../../common/arns';
import { ElbError, validationError } from '../../common/errors';
import { checkNewTags } from '../../common/tags';
import { requireLoadBalancer } from '../../load-balancers/model';
import { checkActions, checkConditions } from '../actions';
import { forwardedGroups, MAX_RULES, type RuleDoc, refreshGroupLinks, requireListener, rulesOf, saveRule } from '../model';
import { listenersChanged } from '../protocols';

export const createRule = operation<CreateRuleInput, Wire<CreateRuleOutput>>((ctx, input) => {
  const listener = requireListener(ctx, input.ListenerArn ?? '');
  const lb = requireLoadBalancer(ctx, listener.LoadBalancerArn);
  if (lb.Type !== 'application') throw validationError('Rules can be added only to listeners of Application Load Balancers.');
  const priority = input.Priority ?? 0;
  if (priority < 1 || priority > 50000) throw validationError(`Priority '${priority}' must be from 1 to 50000.`);
  checkNewTags(input.Tags ?? []);
  const rules = rulesOf(ctx, listener.ListenerArn);
  if (rules.some((r) => r.Priority === String(priority)))
    throw new ElbError('PriorityInUse', `Priority '${priority}' is currently in use`);
  if (rules.length - 1 >= MAX_RULES) throw new ElbError('TooManyRules', `A listener can have at most ${MAX_RULES} rules.`);
  const conditions = checkConditions(input.Conditions ?? []);
  const actions = checkActions(ctx, lb, input.Actions ?? []);
  const doc: RuleDoc = {
    RuleArn: elbArn(
      ctx,
      `listener-rule/${loadBalancerPath(lb.LoadBalancerArn)}/${listener.ListenerArn.split('/').pop()}/${elbId()}`,
    ),
    Priority: String(priority),
    Conditions: conditions,
    Actions: actions,
    IsDefault: false,
    _listenerArn: listener.ListenerArn,
    _tags: input.Tags ?? [],
  };
  saveRule(ctx, doc);
  refreshGroupLinks(ctx, forwardedGroups(actions));
  listenersChanged(ctx);
  return { Rules: [doc] };
});
