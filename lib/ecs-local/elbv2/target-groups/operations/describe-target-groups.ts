// DescribeTargetGroups: of a load balancer, by ARN, by name, or all, paged with Marker / PageSize.
import type { DescribeTargetGroupsInput, DescribeTargetGroupsOutput } from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { ElbError, targetGroupNotFound, validationError } from '../../common/errors';
import { page } from '../../common/paging';
import { requireLoadBalancer } from '../../load-balancers/model';
import { allTargetGroups, getTargetGroup, type TargetGroupDoc, targetGroupByName } from '../model';

export const describeTargetGroups = operation<DescribeTargetGroupsInput, Wire<DescribeTargetGroupsOutput>>((ctx, input) => {
  const arns = input.TargetGroupArns ?? [];
  const names = input.Names ?? [];
  const given = [arns.length > 0, names.length > 0, input.LoadBalancerArn !== undefined].filter(Boolean).length;
  if (given > 1) throw validationError('Specify at most one of LoadBalancerArn, TargetGroupArns and Names.');
  let found: TargetGroupDoc[];
  if (arns.length > 0) {
    const docs = arns.map((arn) => getTargetGroup(ctx, arn));
    if (docs.some((d) => !d)) throw targetGroupNotFound();
    found = docs as TargetGroupDoc[];
  } else if (names.length > 0) {
    const docs = names.map((name) => targetGroupByName(ctx, name));
    const missing = names.filter((_, i) => !docs[i]);
    if (missing.length > 0) throw new ElbError('TargetGroupNotFound', `Target groups '[${missing.join(', ')}]' not found`);
    found = docs as TargetGroupDoc[];
  } else if (input.LoadBalancerArn !== undefined) {
    const lb = requireLoadBalancer(ctx, input.LoadBalancerArn);
    found = allTargetGroups(ctx).filter((tg) => tg.LoadBalancerArns.includes(lb.LoadBalancerArn));
  } else found = allTargetGroups(ctx);
  const { page: shown, NextMarker } = page(found, input, (d) => d.TargetGroupName);
  return { TargetGroups: shown, NextMarker };
});
