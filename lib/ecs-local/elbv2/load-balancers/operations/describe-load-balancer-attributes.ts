// DescribeLoadBalancerAttributes: AWS's defaults until modified.
import type {
  DescribeLoadBalancerAttributesInput,
  DescribeLoadBalancerAttributesOutput,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import { attributeList } from '../../common/attributes';
import { requireLoadBalancer } from '../model';

export const describeLoadBalancerAttributes = operation<
  DescribeLoadBalancerAttributesInput,
  DescribeLoadBalancerAttributesOutput
>((ctx, input) => ({ Attributes: attributeList(requireLoadBalancer(ctx, input.LoadBalancerArn ?? '')._attributes) }));
