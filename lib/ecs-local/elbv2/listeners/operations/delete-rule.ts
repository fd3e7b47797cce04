// DeleteRule: any rule but a listener's default rule (that one goes with its listener).
import type { DeleteRuleInput, DeleteRuleOutput } from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import { ElbError } from '../../common/errors';
import { forwardedGroups, refreshGroupLinks, requireRule } from '../model';
import { listenersChanged } from '../protocols';

export const deleteRule = operation<DeleteRuleInput, DeleteRuleOutput>((ctx, input) => {
  const rule = requireRule(ctx, input.RuleArn ?? '');
  if (rule.IsDefault)
    throw new ElbError('OperationNotPermitted', 'A default rule cannot be deleted; delete its listener instead');
  ctx.store.delete(ctx.region, 'rule', rule.RuleArn);
  refreshGroupLinks(ctx, forwardedGroups(rule.Actions));
  listenersChanged(ctx);
  return {};
});
