'use server';
// Service deployment mutations from the Deployments tab: stop or roll back the current deployment
// (StopServiceDeployment), and answer a lifecycle hook that waits (ContinueServiceDeployment).
import { ContinueServiceDeploymentCommand, StopServiceDeploymentCommand } from '@aws-sdk/client-ecs';
import { revalidatePath } from 'next/cache';
import { ecsClient } from '../ecs/client';
import { paths } from '../paths';
import { continueServiceDeploymentSchema, stopServiceDeploymentSchema } from '../schemas/service-deployment';
import { actionErrorFromEcs } from './ecs-error';
import { validatedAction } from './state';

export const stopServiceDeployment = validatedAction(
  stopServiceDeploymentSchema,
  async (data) => {
    try {
      const ecs = await ecsClient();
      await ecs.send(
        new StopServiceDeploymentCommand({ serviceDeploymentArn: data.serviceDeploymentArn, stopType: data.stopType }),
      );
    } catch (err) {
      return actionErrorFromEcs(err, data, 'stopServiceDeployment');
    }
    revalidatePath(paths.service(data.cluster, data.service));
    return {
      status: 'success',
      message:
        data.stopType === 'ROLLBACK'
          ? `The deployment of ${data.service} is being rolled back to the previous service revision.`
          : `The deployment of ${data.service} has been stopped.`,
    };
  },
  { name: 'stopServiceDeployment', role: 'operator', resource: (d) => `service ${d.cluster}/${d.service}` },
);

export const continueServiceDeployment = validatedAction(
  continueServiceDeploymentSchema,
  async (data) => {
    try {
      const ecs = await ecsClient();
      await ecs.send(
        new ContinueServiceDeploymentCommand({
          serviceDeploymentArn: data.serviceDeploymentArn,
          hookId: data.hookId,
          action: data.action,
        }),
      );
    } catch (err) {
      return actionErrorFromEcs(err, data, 'continueServiceDeployment');
    }
    revalidatePath(paths.service(data.cluster, data.service));
    return {
      status: 'success',
      message:
        data.action === 'CONTINUE'
          ? `The deployment of ${data.service} continues.`
          : `The deployment of ${data.service} is being rolled back.`,
    };
  },
  { name: 'continueServiceDeployment', role: 'operator', resource: (d) => `service ${d.cluster}/${d.service}` },
);
