'use server';
// Auto Scaling group capacity providers from the cluster's Infrastructure tab: create one and associate it with
// the cluster (keeping its other providers and default strategy), change its managed scaling, remove and delete it.
import {
  CreateCapacityProviderCommand,
  DeleteCapacityProviderCommand,
  DescribeClustersCommand,
  type ECSClient,
  PutClusterCapacityProvidersCommand,
  UpdateCapacityProviderCommand,
} from '@aws-sdk/client-ecs';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { ecsClient } from '../ecs/client';
import { ASG_TAGS } from '../ecs-rules/simulated-asg';
import { setFlash } from '../flash';
import { paths } from '../paths';
import {
  createCapacityProviderSchema,
  deleteCapacityProviderSchema,
  updateCapacityProviderSchema,
} from '../schemas/capacity-provider';
import { actionErrorFromEcs } from './ecs-error';
import { formDataToObject } from './form-data';
import { validatedAction } from './state';

function scaling(data: {
  managedScaling: boolean;
  targetCapacity: number;
  managedTerminationProtection: boolean;
  managedDraining: boolean;
}) {
  return {
    managedScaling: {
      status: data.managedScaling ? ('ENABLED' as const) : ('DISABLED' as const),
      targetCapacity: data.targetCapacity,
    },
    managedTerminationProtection: data.managedTerminationProtection ? ('ENABLED' as const) : ('DISABLED' as const),
    managedDraining: data.managedDraining ? ('ENABLED' as const) : ('DISABLED' as const),
  };
}

/** Puts the cluster's capacity providers to `change(current)`, dropping default strategy items of removed ones. */
async function setClusterProviders(ecs: ECSClient, cluster: string, change: (current: string[]) => string[]): Promise<void> {
  const described = (await ecs.send(new DescribeClustersCommand({ clusters: [cluster] }))).clusters?.[0];
  const providers = change(described?.capacityProviders ?? []);
  await ecs.send(
    new PutClusterCapacityProvidersCommand({
      cluster,
      capacityProviders: providers,
      defaultCapacityProviderStrategy: (described?.defaultCapacityProviderStrategy ?? []).filter((s) =>
        providers.includes(s.capacityProvider ?? ''),
      ),
    }),
  );
}

export const createCapacityProvider = validatedAction(
  createCapacityProviderSchema,
  async (data, formData) => {
    try {
      const ecs = await ecsClient();
      await ecs.send(
        new CreateCapacityProviderCommand({
          name: data.name,
          autoScalingGroupProvider: { autoScalingGroupArn: data.autoScalingGroup, ...scaling(data) },
          tags: [
            { key: ASG_TAGS.minSize, value: String(data.minSize) },
            { key: ASG_TAGS.maxSize, value: String(data.maxSize) },
            { key: ASG_TAGS.desiredCapacity, value: String(data.desiredCapacity) },
            { key: ASG_TAGS.instanceType, value: data.instanceType },
          ],
        }),
      );
      await setClusterProviders(ecs, data.cluster, (current) => [...current, data.name]);
    } catch (err) {
      return actionErrorFromEcs(err, formDataToObject(formData), 'createCapacityProvider');
    }
    await setFlash('success', `Capacity provider ${data.name} has been created and added to cluster ${data.cluster}.`);
    redirect(paths.clusterTab(data.cluster, 'infrastructure'));
  },
  { name: 'createCapacityProvider', role: 'admin', resource: (d) => `capacity provider ${d.name}` },
);

export const updateCapacityProvider = validatedAction(
  updateCapacityProviderSchema,
  async (data, formData) => {
    try {
      const ecs = await ecsClient();
      await ecs.send(new UpdateCapacityProviderCommand({ name: data.name, autoScalingGroupProvider: scaling(data) }));
    } catch (err) {
      return actionErrorFromEcs(err, formDataToObject(formData), 'updateCapacityProvider');
    }
    revalidatePath(paths.capacityProvider(data.cluster, data.name));
    return { status: 'success', message: `Capacity provider ${data.name} has been updated successfully.` };
  },
  { name: 'updateCapacityProvider', role: 'admin', resource: (d) => `capacity provider ${d.name}` },
);

/** Removes the provider from the cluster, then deletes it (ECS deletes only a provider no cluster uses). */
export const deleteCapacityProvider = validatedAction(
  deleteCapacityProviderSchema,
  async (data) => {
    try {
      const ecs = await ecsClient();
      await setClusterProviders(ecs, data.cluster, (current) => current.filter((p) => p !== data.name));
      await ecs.send(new DeleteCapacityProviderCommand({ capacityProvider: data.name }));
    } catch (err) {
      return actionErrorFromEcs(err, data, 'deleteCapacityProvider');
    }
    await setFlash('success', `Capacity provider ${data.name} has been deleted.`);
    redirect(paths.clusterTab(data.cluster, 'infrastructure'));
  },
  { name: 'deleteCapacityProvider', role: 'admin', resource: (d) => `capacity provider ${d.name}` },
);
