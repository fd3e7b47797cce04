// SetRulePriorities: new priorities for several rules of one listener at once (default rules keep theirs).
import type { SetRulePrioritiesInput, SetRulePrioritiesOutput } from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { ElbError, validationError } from '../../common/errors';
import { requireRule, rulesOf, saveRule } from '../model';
import { listenersChanged } from '../protocols';

export const setRulePriorities = operation<SetRulePrioritiesInput, Wire<SetRulePrioritiesOutput>>((ctx, input) => {
  const changes = (input.RulePriorities ?? []).map((p) => ({
    rule: requireRule(ctx, p.RuleArn ?? ''),
    priority: String(p.Priority ?? 0),
  }));
  if (changes.some((c) => c.rule.IsDefault))
    throw new ElbError('OperationNotPermitted', 'The priority of a default rule cannot be changed');
  const listeners = new Set(changes.map((c) => c.rule._listenerArn));
  if (listeners.size > 1) throw validationError('All rules must belong to the same listener.');
  const moved = new Set(changes.map((c) => c.rule.RuleArn));
  const taken = new Set(
    [...listeners]
      .flatMap((l) => rulesOf(ctx, l))
      .filter((r) => !moved.has(r.RuleArn))
      .map((r) => r.Priority),
  );
  for (const c of changes) {
    if (taken.has(c.priority)) throw new ElbError('PriorityInUse', `Priority '${c.priority}' is currently in use`);
    taken.add(c.priority);
    c.rule.Priority = c.priority;
    saveRule(ctx, c.rule);
  }
  listenersChanged(ctx);
  return { Rules: changes.map((c) => c.rule) };
});
