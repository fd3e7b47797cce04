// DescribeTargetGroupAttributes: AWS's defaults until modified.
import type {
  DescribeTargetGroupAttributesInput,
  DescribeTargetGroupAttributesOutput,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import { attributeList } from '../../common/attributes';
import { requireTargetGroup } from '../model';

export const describeTargetGroupAttributes = operation<DescribeTargetGroupAttributesInput, DescribeTargetGroupAttributesOutput>(
  (ctx, input) => ({ Attributes: attributeList(requireTargetGroup(ctx, input.TargetGroupArn ?? '')._attributes) }),
);
