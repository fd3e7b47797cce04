// Auto Scaling group capacity provider forms: create (with the simulated group's size and instance type),
// update managed scaling, delete. Shared by the browser and the server actions.
import { z } from 'zod';
import { ASG_SIZE_LIMIT, capacityProviderNameError, INSTANCE_TYPES } from '../ecs-rules';
import { checkbox, wholeNumber } from './task';

const providerName = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const message = capacityProviderNameError(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

const size = (label: string) =>
  wholeNumber(label)
    .min(0, `${label} must be between 0 and ${ASG_SIZE_LIMIT}.`)
    .max(ASG_SIZE_LIMIT, `${label} must be between 0 and ${ASG_SIZE_LIMIT}.`);

/** Managed scaling and the termination / draining switches, as CreateCapacityProvider and UpdateCapacityProvider take them. */
const scalingFields = {
  managedScaling: checkbox,
  targetCapacity: wholeNumber('Target capacity')
    .min(1, 'Target capacity must be between 1 and 100 %.')
    .max(100, 'Target capacity must be between 1 and 100 %.')
    .default(100),
  managedTerminationProtection: checkbox,
  managedDraining: checkbox,
};

function checkProtection(data: { managedScaling: boolean; managedTerminationProtection: boolean }, ctx: z.RefinementCtx): void {
  if (data.managedTerminationProtection && !data.managedScaling)
    ctx.addIssue({
      code: 'custom',
      message: 'Managed termination protection needs managed scaling turned on.',
      path: ['managedTerminationProtection'],
    });
}

export const createCapacityProviderSchema = z
  .object({
    cluster: z.string().trim().min(1),
    name: providerName,
    autoScalingGroup: z.string().trim().min(1, 'Enter the Auto Scaling group name or ARN.'),
    instanceType: z.enum(Object.keys(INSTANCE_TYPES) as [string, ...string[]]).default('t3.medium'),
    minSize: size('Minimum capacity').default(0),
    desiredCapacity: size('Desired capacity').default(0),
    maxSize: size('Maximum capacity').min(1, 'Maximum capacity must be at least 1.').default(10),
    ...scalingFields,
  })
  .superRefine((data, ctx) => {
    checkProtection(data, ctx);
    if (data.minSize > data.maxSize)
      ctx.addIssue({ code: 'custom', message: 'Minimum capacity must not exceed maximum capacity.', path: ['minSize'] });
    if (data.desiredCapacity < data.minSize || data.desiredCapacity > data.maxSize)
      ctx.addIssue({
        code: 'custom',
        message: 'Desired capacity must be between the minimum and maximum capacity.',
        path: ['desiredCapacity'],
      });
  });

export const updateCapacityProviderSchema = z
  .object({ cluster: z.string().trim().min(1), name: providerName, ...scalingFields })
  .superRefine(checkProtection);

export const deleteCapacityProviderSchema = z
  .object({ cluster: z.string().trim().min(1), name: providerName, confirmation: z.string().default('') })
  .refine((d) => d.confirmation === d.name, { message: 'Type the capacity provider name to confirm.', path: ['confirmation'] });
