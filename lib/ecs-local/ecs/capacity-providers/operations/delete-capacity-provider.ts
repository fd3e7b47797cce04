// DeleteCapacityProvider: only a provider no cluster and no service uses. It answers DELETE_IN_PROGRESS and
// becomes INACTIVE (DELETE_COMPLETE) at the scheduler's next step; INACTIVE providers are still described by
// name but no longer listed. The simulated group is left as it is, as deleting a provider leaves its Auto
// Scaling group to its owner.
import type { DeleteCapacityProviderRequest, DeleteCapacityProviderResponse } from '@aws-sdk/client-ecs';
import { isFargateCapacityProvider } from '../../../../ecs-rules/capacity-providers';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { nameFromIdentifier } from '../../common/arns';
import { clientError } from '../../common/errors';
import { capacityProviderView, findCapacityProvider, saveCapacityProvider } from '../model';

/** What DeleteCapacityProvider reads of services (written by services/). */
type ServiceStrategy = { serviceArn: string; capacityProviderStrategy?: { capacityProvider?: string }[] };

export const deleteCapacityProvider = operation<DeleteCapacityProviderRequest, Wire<DeleteCapacityProviderResponse>>(
  (ctx, input) => {
    const name = nameFromIdentifier(ctx, input.capacityProvider ?? '', 'capacity-provider');
    if (isFargateCapacityProvider(name))
      throw clientError(
        `The ${name} capacity provider is reserved and cannot be deleted. Disassociate it from a cluster with PutClusterCapacityProviders instead.`,
      );
    const doc = findCapacityProvider(ctx, name, true);
    if (!doc || doc.updateStatus === 'DELETE_IN_PROGRESS')
      throw clientError(
        `The specified capacity provider ${name} was not found. Specify a valid capacity provider and try again.`,
      );
    if (doc._cluster)
      throw clientError(
        `The capacity provider ${name} is associated with cluster ${doc._cluster} and cannot be deleted. Remove it from the cluster with PutClusterCapacityProviders first.`,
      );
    const user = ctx.store
      .list<ServiceStrategy>(ctx.region, 'service', { status: ['ACTIVE', 'DRAINING'] })
      .find((s) => (s.capacityProviderStrategy ?? []).some((item) => item.capacityProvider === name));
    if (user)
      throw clientError(
        `The capacity provider ${name} is in the capacity provider strategy of ${user.serviceArn}. Update the service to use another strategy first.`,
      );
    doc.updateStatus = 'DELETE_IN_PROGRESS';
    saveCapacityProvider(ctx, doc, ctx.now);
    return { capacityProvider: capacityProviderView(doc, true) };
  },
);
