// CreateCapacityProvider: an Auto Scaling group provider over a simulated group (its size and instance type
// from the `ecs-local.*` tags, see lib/ecs-rules/simulated-asg.ts); its instances launch once the provider
// is associated with a cluster. Differs from ECS: the group is not looked up in EC2 Auto Scaling (any ARN
// or name is taken, as ECS takes a name too), and Amazon ECS Managed Instances providers are not supported.
import type { CreateCapacityProviderRequest, CreateCapacityProviderResponse } from '@aws-sdk/client-ecs';
import { capacityProviderNameError } from '../../../../ecs-rules/capacity-providers';
import { tagsError } from '../../../../ecs-rules/names';
import { asgName, asgSettings, asgTagsError } from '../../../../ecs-rules/simulated-asg';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { clientError, EcsError, invalidParameter } from '../../common/errors';
import { asgProviderSettings } from '../asg-input';
import {
  type CapacityProviderDoc,
  capacityProviderArn,
  capacityProviderView,
  findCapacityProvider,
  saveCapacityProvider,
} from '../model';

export const MANAGED_INSTANCES_UNSUPPORTED =
  'The local engine does not support Amazon ECS Managed Instances capacity providers. Use an Auto Scaling group capacity provider (autoScalingGroupProvider).';

export const createCapacityProvider = operation<CreateCapacityProviderRequest, Wire<CreateCapacityProviderResponse>>(
  (ctx, input) => {
    const name = input.name ?? '';
    const nameProblem = capacityProviderNameError(name);
    if (nameProblem) throw clientError(nameProblem);
    if (input.managedInstancesProvider) throw new EcsError('UnsupportedFeatureException', MANAGED_INSTANCES_UNSUPPORTED);
    if (input.cluster)
      throw invalidParameter('cluster applies only to Amazon ECS Managed Instances capacity providers. Remove it.');
    const provider = input.autoScalingGroupProvider;
    if (!provider?.autoScalingGroupArn)
      throw invalidParameter('autoScalingGroupProvider with an autoScalingGroupArn is required to create a capacity provider.');
    if (findCapacityProvider(ctx, name, true))
      throw clientError(
        'The specified capacity provider already exists. To change the configuration of an existing capacity provider, update the capacity provider.',
      );
    const groupArn = provider.autoScalingGroupArn;
    const usedBy = ctx.store
      .list<CapacityProviderDoc>(ctx.region, 'capacityprovider', { status: 'ACTIVE' })
      .find((doc) => doc.autoScalingGroupProvider?.autoScalingGroupArn === groupArn);
    if (usedBy)
      throw clientError(
        'The specified Auto Scaling group ARN is already being used by another capacity provider. Specify a unique Auto Scaling group ARN and try again.',
      );
    const tags = input.tags ?? [];
    const tagProblem = tagsError(tags) ?? asgTagsError(tags);
    if (tagProblem) throw invalidParameter(tagProblem);

    const doc: CapacityProviderDoc = {
      capacityProviderArn: capacityProviderArn(ctx, name),
      name,
      status: 'ACTIVE',
      type: 'EC2_AUTOSCALING',
      autoScalingGroupProvider: asgProviderSettings(undefined, provider),
      tags,
      _asg: { name: asgName(groupArn), ...asgSettings(tags), instances: [] },
    };
    saveCapacityProvider(ctx, doc);
    return { capacityProvider: capacityProviderView(doc, true) };
  },
);
