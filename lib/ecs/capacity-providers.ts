// Capacity provider reads for the console: the cluster's providers in one DescribeCapacityProviders call
// (a cluster has at most 20), tags included for the simulated group's size.
import 'server-only';
import { DescribeCapacityProvidersCommand } from '@aws-sdk/client-ecs';
import { cache } from 'react';
import { type CapacityProviderView, toCapacityProviderView } from './capacity-provider-view';
import { ecsClient } from './client';

export type { CapacityProviderView } from './capacity-provider-view';

export async function describeCapacityProviders(names: readonly string[]): Promise<CapacityProviderView[]> {
  if (names.length === 0) return [];
  const ecs = await ecsClient();
  const out = await ecs.send(new DescribeCapacityProvidersCommand({ capacityProviders: [...names], include: ['TAGS'] }));
  return (out.capacityProviders ?? []).map(toCapacityProviderView);
}

/** One provider by name; undefined when it does not exist or was deleted. Cached per request. */
export const getCapacityProvider = cache(async (name: string): Promise<CapacityProviderView | undefined> => {
  const [provider] = await describeCapacityProviders([name]);
  return provider?.status === 'ACTIVE' ? provider : undefined;
});
