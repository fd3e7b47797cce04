// ModifyLoadBalancerAttributes. Differs from ELBv2: the attributes are recorded; only deletion protection changes
// what the engine does.
import type {
  ModifyLoadBalancerAttributesInput,
  ModifyLoadBalancerAttributesOutput,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import { applyAttributes, attributeList } from '../../common/attributes';
import { LOAD_BALANCER_ATTRIBUTES, requireLoadBalancer, saveLoadBalancer } from '../model';

export const modifyLoadBalancerAttributes = operation<ModifyLoadBalancerAttributesInput, ModifyLoadBalancerAttributesOutput>(
  (ctx, input) => {
    const lb = requireLoadBalancer(ctx, input.LoadBalancerArn ?? '');
    lb._attributes = applyAttributes(lb._attributes, input.Attributes ?? [], LOAD_BALANCER_ATTRIBUTES, 'Load balancer');
    saveLoadBalancer(ctx, lb);
    return { Attributes: attributeList(lb._attributes) };
  },
);
