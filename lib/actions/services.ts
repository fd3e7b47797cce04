'use server';
// Service mutations: create, update, scale, delete. Zod-validated; ECS refusals (e.g. a name in use, a task
// definition that does not fit the launch type) come back as ActionState with the submitted values.
import {
  CreateServiceCommand,
  DeleteServiceCommand,
  type DeploymentConfiguration,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { ecsClient } from '../ecs/client';
import { setFlash } from '../flash';
import { paths } from '../paths';
import {
  createServiceSchema,
  type DEPLOYMENT_STRATEGIES,
  deleteServiceSchema,
  forceNewDeploymentSchema,
  scaleServiceSchema,
  updateServiceRevisionSchema,
  updateServiceSchema,
} from '../schemas/service';
import { applyAutoScaling, removeAutoScaling } from './auto-scaling';
import { actionErrorFromEcs } from './ecs-error';
import { formDataToObject } from './form-data';
import { launchMembers } from './launch-members';
import { listed, provisionLoadBalancing } from './load-balancing';
import { validatedAction } from './state';

/**
 * The form's deployment settings: no percentages for a DAEMON service, rollback only with the circuit breaker
 * on, the strategy always named (the console keeps its choices explicit), a bake time only for blue/green.
 */
function deploymentConfiguration(
  data: {
    minimumHealthyPercent?: number;
    maximumPercent?: number;
    circuitBreaker: boolean;
    rollback: boolean;
    deploymentStrategy: (typeof DEPLOYMENT_STRATEGIES)[number];
    bakeTimeInMinutes: number;
  },
  daemon = false,
): DeploymentConfiguration {
  const blueGreen = data.deploymentStrategy !== 'ROLLING';
  return {
    minimumHealthyPercent: daemon ? undefined : data.minimumHealthyPercent,
    maximumPercent: daemon ? undefined : data.maximumPercent,
    deploymentCircuitBreaker: { enable: data.circuitBreaker, rollback: data.circuitBreaker && data.rollback },
    strategy: data.deploymentStrategy,
    bakeTimeInMinutes: blueGreen ? data.bakeTimeInMinutes : undefined,
  };
}

/** Operators create, update and scale services; deleting one is an admin change. */
function servicePolicy(name: string, role: 'operator' | 'admin') {
  return { name, role, resource: (d: { cluster: string; service: string }) => `service ${d.cluster}/${d.service}` };
}

export const createService = validatedAction(
  createServiceSchema,
  async (data, formData) => {
    const values = formDataToObject(formData);
    const daemon = data.schedulingStrategy === 'DAEMON';
    const balancing = await provisionLoadBalancing(data, values);
    if (!balancing.ok) return balancing.state;
    try {
      const ecs = await ecsClient();
      await ecs.send(
        new CreateServiceCommand({
          cluster: data.cluster,
          serviceName: data.serviceName,
          taskDefinition: data.taskDefinition,
          ...launchMembers(data),
          schedulingStrategy: data.schedulingStrategy,
          desiredCount: daemon ? undefined : data.desiredCount,
          deploymentConfiguration: deploymentConfiguration(data, daemon),
          loadBalancers: balancing.loadBalancers,
          healthCheckGracePeriodSeconds: balancing.loadBalancers ? data.healthCheckGracePeriodSeconds : undefined,
          propagateTags: data.propagateTags,
          enableECSManagedTags: data.enableECSManagedTags,
          tags: data.tags.length ? data.tags : undefined,
        }),
      );
    } catch (err) {
      // ECS words a taken name as "Creation of service was not idempotent."; say which field to change.
      if (err instanceof Error && /not idempotent/i.test(err.message)) {
        const message = `A service named ${data.serviceName} already exists in cluster ${data.cluster}. Choose another name.`;
        actionErrorFromEcs(err, values, 'createService');
        return { status: 'error', message, fieldErrors: { serviceName: [message] }, values };
      }
      return actionErrorFromEcs(err, values, 'createService');
    }
    const made = balancing.created.length > 0 ? ` Created ${listed(balancing.created)}.` : '';
    let scaling = '';
    if (data.useAutoScaling)
      try {
        scaling = ` ${await applyAutoScaling(data.cluster, data.serviceName, data)}`;
      } catch (err) {
        // The service exists: say so, and what to fix, on its page rather than losing the create.
        const { message } = actionErrorFromEcs(err, values, 'createService auto scaling');
        await setFlash(
          'error',
          `Service ${data.serviceName} has been created, but its auto scaling could not be set: ${message} Update the service to try again.`,
        );
        redirect(paths.service(data.cluster, data.serviceName));
      }
    await setFlash(
      'success',
      `Service ${data.serviceName} has been created successfully.${made}${scaling} The deployment is in progress.`,
    );
    redirect(paths.service(data.cluster, data.serviceName));
  },
  { name: 'createService', role: 'operator', resource: (d) => `service ${d.cluster}/${d.serviceName}` },
);

export const updateService = validatedAction(
  updateServiceSchema,
  async (data, formData) => {
    try {
      const ecs = await ecsClient();
      await ecs.send(
        new UpdateServiceCommand({
          cluster: data.cluster,
          service: data.service,
          taskDefinition: data.taskDefinition,
          desiredCount: data.desiredCount,
          forceNewDeployment: data.forceNewDeployment,
          deploymentConfiguration: deploymentConfiguration(data),
          healthCheckGracePeriodSeconds: data.healthCheckGracePeriodSeconds,
        }),
      );
    } catch (err) {
      return actionErrorFromEcs(err, formDataToObject(formData), 'updateService');
    }
    let scaling = '';
    try {
      if (data.useAutoScaling) scaling = ` ${await applyAutoScaling(data.cluster, data.service, data)}`;
      else if (data.hadAutoScaling) scaling = ` ${await removeAutoScaling(data.cluster, data.service)}`;
    } catch (err) {
      const failure = actionErrorFromEcs(err, formDataToObject(formData), 'updateService auto scaling');
      return { ...failure, message: `The service was updated, but its auto scaling was not: ${failure.message}` };
    }
    await setFlash('success', `Service ${data.service} has been updated successfully.${scaling}`);
    redirect(paths.service(data.cluster, data.service));
  },
  servicePolicy('updateService', 'operator'),
);

/** "Update service" from a task definition revision: UpdateService with only the new revision, in one step. */
export const updateServiceRevision = validatedAction(
  updateServiceRevisionSchema,
  async (data) => {
    try {
      const ecs = await ecsClient();
      await ecs.send(
        new UpdateServiceCommand({ cluster: data.cluster, service: data.service, taskDefinition: data.taskDefinition }),
      );
    } catch (err) {
      return actionErrorFromEcs(err, data, 'updateServiceRevision');
    }
    await setFlash('success', `Service ${data.service} is being updated to ${data.taskDefinition}.`);
    redirect(paths.service(data.cluster, data.service));
  },
  servicePolicy('updateServiceRevision', 'operator'),
);

/** "Set desired tasks" from the service page, in one step; the page stays and polls the new counts. */
export const scaleService = validatedAction(
  scaleServiceSchema,
  async (data) => {
    try {
      const ecs = await ecsClient();
      await ecs.send(new UpdateServiceCommand({ cluster: data.cluster, service: data.service, desiredCount: data.desiredCount }));
    } catch (err) {
      return actionErrorFromEcs(err, data, 'scaleService');
    }
    revalidatePath(paths.service(data.cluster, data.service));
    return { status: 'success', message: `Service ${data.service} desired tasks set to ${data.desiredCount}.` };
  },
  servicePolicy('scaleService', 'operator'),
);

/** "Force new deployment" from the command palette: UpdateService with only forceNewDeployment, then the service page. */
export const forceNewDeployment = validatedAction(
  forceNewDeploymentSchema,
  async (data) => {
    try {
      const ecs = await ecsClient();
      await ecs.send(new UpdateServiceCommand({ cluster: data.cluster, service: data.service, forceNewDeployment: true }));
    } catch (err) {
      return actionErrorFromEcs(err, data, 'forceNewDeployment');
    }
    await setFlash('success', `A new deployment of service ${data.service} has started with its current task definition.`);
    redirect(paths.service(data.cluster, data.service));
  },
  servicePolicy('forceNewDeployment', 'operator'),
);

/** Force scales to 0 first (UpdateService), then deletes; the page then shows the service DRAINING until it is gone. */
export const deleteService = validatedAction(
  deleteServiceSchema,
  async (data) => {
    try {
      const ecs = await ecsClient();
      if (data.force) await ecs.send(new UpdateServiceCommand({ cluster: data.cluster, service: data.service, desiredCount: 0 }));
      await ecs.send(new DeleteServiceCommand({ cluster: data.cluster, service: data.service, force: data.force || undefined }));
    } catch (err) {
      return actionErrorFromEcs(err, data, 'deleteService');
    }
    await setFlash('success', `Service ${data.service} has been deleted. Its tasks are draining.`);
    redirect(paths.service(data.cluster, data.service));
  },
  servicePolicy('deleteService', 'admin'),
);
