'use server';
// Container instance mutations from the Infrastructure tab: drain (or back to active) with
// UpdateContainerInstancesState, and DeregisterContainerInstance. ECS's refusals (e.g. tasks still running
// without force) come back as ActionState.
import { DeregisterContainerInstanceCommand, UpdateContainerInstancesStateCommand } from '@aws-sdk/client-ecs';
import { revalidatePath } from 'next/cache';
import { resourceName } from '../arn';
import { ecsClient } from '../ecs/client';
import { paths } from '../paths';
import { containerInstanceStateSchema, deregisterContainerInstanceSchema } from '../schemas/container-instance';
import { actionErrorFromEcs } from './ecs-error';
import { validatedAction } from './state';

export const updateContainerInstanceState = validatedAction(
  containerInstanceStateSchema,
  async (data) => {
    const id = resourceName(data.containerInstance) ?? data.containerInstance;
    try {
      const ecs = await ecsClient();
      const out = await ecs.send(
        new UpdateContainerInstancesStateCommand({
          cluster: data.cluster,
          containerInstances: [data.containerInstance],
          status: data.status,
        }),
      );
      const failure = out.failures?.[0];
      if (failure) return { status: 'error', message: `Container instance ${id} could not be updated: ${failure.reason}.` };
    } catch (err) {
      return actionErrorFromEcs(err, data, 'updateContainerInstanceState');
    }
    revalidatePath(paths.clusterTab(data.cluster, 'infrastructure'));
    return {
      status: 'success',
      message:
        data.status === 'DRAINING'
          ? `Container instance ${id} is draining: its service tasks are being replaced on other instances.`
          : `Container instance ${id} is active again.`,
    };
  },
  { name: 'updateContainerInstanceState', role: 'admin', resource: (d) => `container instance ${d.containerInstance}` },
);

export const deregisterContainerInstance = validatedAction(
  deregisterContainerInstanceSchema,
  async (data) => {
    const id = resourceName(data.containerInstance) ?? data.containerInstance;
    try {
      const ecs = await ecsClient();
      await ecs.send(
        new DeregisterContainerInstanceCommand({
          cluster: data.cluster,
          containerInstance: data.containerInstance,
          force: data.force,
        }),
      );
    } catch (err) {
      return actionErrorFromEcs(err, data, 'deregisterContainerInstance');
    }
    revalidatePath(paths.clusterTab(data.cluster, 'infrastructure'));
    return { status: 'success', message: `Container instance ${id} has been deregistered.` };
  },
  { name: 'deregisterContainerInstance', role: 'admin', resource: (d) => `container instance ${d.containerInstance}` },
);
