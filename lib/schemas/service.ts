// Create / update / scale / delete service forms, shared by the browser and the server actions.
import { z } from 'zod';
import { RESOURCE_NAME_HINT, resourceNameError } from '../ecs-rules';
import { autoScalingFields, checkAutoScaling } from './auto-scaling';
import { tagsSchema } from './cluster';
import { checkLoadBalancing, loadBalancingFields } from './load-balancing';
import { checkbox, checkLaunch, launchFields, wholeNumber } from './task';

export { RESOURCE_NAME_HINT as SERVICE_NAME_HINT };

export const SCHEDULING_STRATEGIES = ['REPLICA', 'DAEMON'] as const;
/** ECS's deployment strategies; the forms offer rolling update and blue/green, and keep LINEAR or CANARY set through the API. */
export const DEPLOYMENT_STRATEGIES = ['ROLLING', 'BLUE_GREEN', 'LINEAR', 'CANARY'] as const;
export const PROPAGATE_TAGS = ['NONE', 'SERVICE', 'TASK_DEFINITION'] as const;

export function serviceNameError(value: string): string | undefined {
  return resourceNameError('Service name', value);
}

const serviceName = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const message = serviceNameError(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

const desiredTasks = wholeNumber('Desired tasks').min(0, 'Desired tasks must be 0 or more.');
const minPercent = wholeNumber('Min running tasks %')
  .min(0, 'Min running tasks % must be between 0 and 100.')
  .max(100, 'Min running tasks % must be between 0 and 100.');
const maxPercent = wholeNumber('Max running tasks %').min(100, 'Max running tasks % must be at least 100.');

/** Deployment strategy and, for blue/green, how long both revisions run after the traffic shift. */
const strategyFields = {
  deploymentStrategy: z.enum(DEPLOYMENT_STRATEGIES).default('ROLLING'),
  bakeTimeInMinutes: wholeNumber('Bake time')
    .min(0, 'Bake time must be between 0 and 1440 minutes.')
    .max(1440, 'Bake time must be between 0 and 1440 minutes.')
    .default(0),
};

function checkPercents(data: { minimumHealthyPercent: number; maximumPercent: number }, ctx: z.RefinementCtx): void {
  if (data.maximumPercent < data.minimumHealthyPercent)
    ctx.addIssue({
      code: 'custom',
      message: 'Max running tasks % must be greater than or equal to Min running tasks %.',
      path: ['maximumPercent'],
    });
}

export const createServiceSchema = z
  .object({
    ...launchFields,
    serviceName,
    schedulingStrategy: z.enum(SCHEDULING_STRATEGIES).default('REPLICA'),
    desiredCount: desiredTasks.default(1),
    minimumHealthyPercent: minPercent.default(100),
    maximumPercent: maxPercent.default(200),
    circuitBreaker: checkbox,
    rollback: checkbox,
    ...loadBalancingFields,
    ...strategyFields,
    ...autoScalingFields,
    healthCheckGracePeriodSeconds: wholeNumber('Health check grace period').min(0).max(2147483647).default(0),
    propagateTags: z.enum(PROPAGATE_TAGS).default('NONE'),
    enableECSManagedTags: checkbox,
    tags: tagsSchema,
  })
  .superRefine((data, ctx) => {
    checkLaunch(data, ctx);
    if (data.schedulingStrategy === 'REPLICA') checkPercents(data, ctx);
    if (data.schedulingStrategy === 'DAEMON' && data.deploymentStrategy !== 'ROLLING')
      ctx.addIssue({
        code: 'custom',
        message: 'The Daemon service type supports only rolling updates.',
        path: ['deploymentStrategy'],
      });
    if (data.schedulingStrategy === 'DAEMON' && data.computeOption === 'launchType' && data.launchType === 'FARGATE')
      ctx.addIssue({
        code: 'custom',
        message: 'The Daemon service type does not support the Fargate launch type.',
        path: ['schedulingStrategy'],
      });
    checkLoadBalancing(data, ctx);
    if (data.schedulingStrategy === 'DAEMON' && data.useAutoScaling)
      ctx.addIssue({
        code: 'custom',
        message: 'Service auto scaling needs the Replica service type: a Daemon service runs one task per instance.',
        path: ['useAutoScaling'],
      });
    else checkAutoScaling(data, ctx);
  });

const serviceRef = { cluster: z.string().trim().min(1).max(255), service: serviceName };

const revisionRef = z
  .string()
  .trim()
  .regex(/^[a-zA-Z0-9_-]{1,255}:\d+$/, 'Choose a task definition revision.');

/** "Update service" from a revision: only the task definition changes; everything else stays as it is. */
export const updateServiceRevisionSchema = z.object({ ...serviceRef, taskDefinition: revisionRef });

export const updateServiceSchema = z
  .object({
    ...serviceRef,
    taskDefinition: revisionRef,
    desiredCount: desiredTasks,
    forceNewDeployment: checkbox,
    minimumHealthyPercent: minPercent,
    maximumPercent: maxPercent,
    circuitBreaker: checkbox,
    rollback: checkbox,
    /** Only sent by the form of a service behind a load balancer. */
    healthCheckGracePeriodSeconds: wholeNumber('Health check grace period').min(0).max(2147483647).optional(),
    ...strategyFields,
    ...autoScalingFields,
    /** Whether the service had a scalable target when the form was shown (unchecking the section deregisters it). */
    hadAutoScaling: checkbox,
  })
  .superRefine((data, ctx) => {
    checkPercents(data, ctx);
    checkAutoScaling(data, ctx);
  });

export const scaleServiceSchema = z.object({ ...serviceRef, desiredCount: desiredTasks });

export const forceNewDeploymentSchema = z.object(serviceRef);

export const deleteServiceSchema = z
  .object({ ...serviceRef, force: checkbox, confirmation: z.string().max(300).default('') })
  .refine((d) => d.confirmation === 'delete', { message: 'Type delete to confirm.', path: ['confirmation'] });
