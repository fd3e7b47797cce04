'use server';
// Cluster mutations: create, update settings / capacity providers / tags in place, delete. Zod-validated; ECS
// refusals (e.g. ClusterContainsServicesException) come back as ActionState, never swallowed.
import {
  CreateClusterCommand,
  DeleteClusterCommand,
  DescribeClustersCommand,
  ListTagsForResourceCommand,
  PutClusterCapacityProvidersCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateClusterSettingsCommand,
} from '@aws-sdk/client-ecs';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { ecsClient } from '../ecs/client';
import { FARGATE_CAPACITY_PROVIDERS } from '../ecs-rules';
import { setFlash } from '../flash';
import { paths } from '../paths';
import {
  createClusterSchema,
  deleteClusterSchema,
  updateClusterCapacityProvidersSchema,
  updateClusterSettingsSchema,
  updateClusterTagsSchema,
} from '../schemas/cluster';
import { actionErrorFromEcs } from './ecs-error';
import { formDataToObject } from './form-data';
import { validatedAction } from './state';

/** Creating, changing and deleting clusters are admin changes. */
function clusterPolicy(name: string) {
  return { name, role: 'admin' as const, resource: (d: { cluster: string }) => `cluster ${d.cluster}` };
}

export const createCluster = validatedAction(
  createClusterSchema,
  async (data, formData) => {
    const values = formDataToObject(formData);
    try {
      const ecs = await ecsClient();
      // CreateCluster returns an existing ACTIVE cluster unchanged; the console says so instead of pretending.
      const existing = await ecs.send(new DescribeClustersCommand({ clusters: [data.clusterName] }));
      if (existing.clusters?.some((c) => c.status === 'ACTIVE'))
        return {
          status: 'error',
          message: `A cluster named ${data.clusterName} already exists in this Region.`,
          fieldErrors: {
            clusterName: [`A cluster named ${data.clusterName} already exists in this Region. Choose another name.`],
          },
          values,
        };
      await ecs.send(
        new CreateClusterCommand({
          clusterName: data.clusterName,
          capacityProviders: data.fargate ? [...FARGATE_CAPACITY_PROVIDERS] : undefined,
          defaultCapacityProviderStrategy: data.strategy.length ? data.strategy : undefined,
          settings: [{ name: 'containerInsights', value: data.containerInsights }],
          tags: data.tags.length ? data.tags : undefined,
        }),
      );
    } catch (err) {
      return actionErrorFromEcs(err, values, 'createCluster');
    }
    await setFlash('success', `Cluster ${data.clusterName} has been created successfully.`);
    redirect(paths.cluster(data.clusterName));
  },
  { name: 'createCluster', role: 'admin', resource: (d) => `cluster ${d.clusterName}` },
);

export const updateClusterSettings = validatedAction(
  updateClusterSettingsSchema,
  async (data) => {
    try {
      const ecs = await ecsClient();
      await ecs.send(
        new UpdateClusterSettingsCommand({
          cluster: data.cluster,
          settings: [{ name: 'containerInsights', value: data.containerInsights }],
        }),
      );
    } catch (err) {
      return actionErrorFromEcs(err, data, 'updateClusterSettings');
    }
    revalidatePath(paths.cluster(data.cluster), 'layout');
    return { status: 'success', message: `Cluster ${data.cluster} monitoring has been updated successfully.` };
  },
  clusterPolicy('updateClusterSettings'),
);

export const updateClusterCapacityProviders = validatedAction(
  updateClusterCapacityProvidersSchema,
  async (data, formData) => {
    try {
      const ecs = await ecsClient();
      await ecs.send(
        new PutClusterCapacityProvidersCommand({
          cluster: data.cluster,
          capacityProviders: data.capacityProviders,
          defaultCapacityProviderStrategy: data.strategy,
        }),
      );
    } catch (err) {
      return actionErrorFromEcs(err, formDataToObject(formData), 'updateClusterCapacityProviders');
    }
    revalidatePath(paths.cluster(data.cluster), 'layout');
    return { status: 'success', message: `Cluster ${data.cluster} capacity providers have been updated successfully.` };
  },
  clusterPolicy('updateClusterCapacityProviders'),
);

/** Replaces the cluster's tags with the submitted set: TagResource for new/changed keys, UntagResource for removed ones. */
export const updateClusterTags = validatedAction(
  updateClusterTagsSchema,
  async (data, formData) => {
    try {
      const ecs = await ecsClient();
      const described = await ecs.send(new DescribeClustersCommand({ clusters: [data.cluster] }));
      const resourceArn = described.clusters?.find((c) => c.status === 'ACTIVE')?.clusterArn;
      if (!resourceArn) return { status: 'error', message: `Cluster ${data.cluster} was not found. It may have been deleted.` };
      const current = (await ecs.send(new ListTagsForResourceCommand({ resourceArn }))).tags ?? [];
      const wanted = new Map(data.tags.map((t) => [t.key, t.value]));
      const removed = current.map((t) => t.key ?? '').filter((k) => k && !wanted.has(k) && !k.startsWith('aws:'));
      const changed = data.tags.filter((t) => current.find((c) => c.key === t.key)?.value !== t.value);
      if (removed.length) await ecs.send(new UntagResourceCommand({ resourceArn, tagKeys: removed }));
      if (changed.length) await ecs.send(new TagResourceCommand({ resourceArn, tags: changed }));
    } catch (err) {
      return actionErrorFromEcs(err, formDataToObject(formData), 'updateClusterTags');
    }
    revalidatePath(paths.cluster(data.cluster), 'layout');
    return { status: 'success', message: `Tags for cluster ${data.cluster} have been updated successfully.` };
  },
  clusterPolicy('updateClusterTags'),
);

export const deleteCluster = validatedAction(
  deleteClusterSchema,
  async (data) => {
    try {
      const ecs = await ecsClient();
      await ecs.send(new DeleteClusterCommand({ cluster: data.cluster }));
    } catch (err) {
      return actionErrorFromEcs(err, data, 'deleteCluster');
    }
    await setFlash('success', `Cluster ${data.cluster} has been deleted successfully.`);
    redirect(paths.clusters());
  },
  clusterPolicy('deleteCluster'),
);
