// DescribeExpressGatewayService: the Express service by its ARN, with its active configuration; tags only
// with include TAGS.
import type { DescribeExpressGatewayServiceRequest, DescribeExpressGatewayServiceResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { expressView, findExpressService } from '../model';

export const describeExpressGatewayService = operation<
  DescribeExpressGatewayServiceRequest,
  Wire<DescribeExpressGatewayServiceResponse>
>((ctx, input) => {
  const service = findExpressService(ctx, input.serviceArn ?? '', 'resource');
  return { service: expressView(service, input.include?.includes('TAGS') ?? false) };
});
