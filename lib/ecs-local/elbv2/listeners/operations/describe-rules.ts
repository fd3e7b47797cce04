// DescribeRules: of a listener (by priority, the default rule last) or by ARN, paged with Marker / PageSize.
import type { DescribeRulesInput, DescribeRulesOutput } from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { priorityKey } from '../../common/documents';
import { validationError } from '../../common/errors';
import { page } from '../../common/paging';
import { type RuleDoc, requireListener, requireRule, rulesOf } from '../model';

export const describeRules = operation<DescribeRulesInput, Wire<DescribeRulesOutput>>((ctx, input) => {
  const arns = input.RuleArns ?? [];
  if (arns.length > 0 && input.ListenerArn) throw validationError('Specify a listener ARN or rule ARNs, not both.');
  let found: RuleDoc[];
  if (arns.length > 0) found = arns.map((arn) => requireRule(ctx, arn));
  else if (input.ListenerArn) found = rulesOf(ctx, requireListener(ctx, input.ListenerArn).ListenerArn);
  else throw validationError('You must specify either listener rule ARNs or a listener ARN');
  const { page: shown, NextMarker } = page(found, input, (r) => `${priorityKey(r.Priority)}|${r.RuleArn}`);
  return { Rules: shown, NextMarker };
});
