// UpdateCapacityProvider: changes an Auto Scaling group provider's managed scaling, termination protection
// and draining; its simulated group applies them at once. Differs from ECS: the update completes in the same
// call (updateStatus UPDATE_COMPLETE; ECS passes through UPDATE_IN_PROGRESS).
import type { UpdateCapacityProviderRequest, UpdateCapacityProviderResponse } from '@aws-sdk/client-ecs';
import { isFargateCapacityProvider } from '../../../../ecs-rules/capacity-providers';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { clientError, EcsError, invalidParameter } from '../../common/errors';
import { asgProviderSettings } from '../asg-input';
import { capacityProviderView, findCapacityProvider, saveCapacityProvider } from '../model';
import { MANAGED_INSTANCES_UNSUPPORTED } from './create-capacity-provider';

export const updateCapacityProvider = operation<UpdateCapacityProviderRequest, Wire<UpdateCapacityProviderResponse>>(
  (ctx, input) => {
    const name = input.name ?? '';
    if (isFargateCapacityProvider(name)) throw clientError(`The ${name} capacity provider is reserved and cannot be updated.`);
    if (input.managedInstancesProvider) throw new EcsError('UnsupportedFeatureException', MANAGED_INSTANCES_UNSUPPORTED);
    const doc = findCapacityProvider(ctx, name, true);
    if (!doc)
      throw clientError(
        `The specified capacity provider ${name} was not found. Specify a valid capacity provider and try again.`,
      );
    if (!input.autoScalingGroupProvider)
      throw invalidParameter(
        'autoScalingGroupProvider is required: give the settings of the Auto Scaling group provider to change.',
      );
    doc.autoScalingGroupProvider = asgProviderSettings(doc.autoScalingGroupProvider, input.autoScalingGroupProvider);
    doc.updateStatus = 'UPDATE_COMPLETE';
    doc.updateStatusReason = undefined;
    saveCapacityProvider(ctx, doc, ctx.now);
    return { capacityProvider: capacityProviderView(doc, true) };
  },
);
