// Container instance actions on the Infrastructure tab: drain / activate, and deregister (typed confirmation).
import { z } from 'zod';
import { clusterNameSchema } from './cluster';

const instanceId = z
  .string()
  .trim()
  .regex(/^([0-9a-f]{32}|arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:container-instance\/.+)$/, 'Choose a container instance.');

export const containerInstanceStateSchema = z.object({
  cluster: clusterNameSchema,
  containerInstance: instanceId,
  status: z.enum(['ACTIVE', 'DRAINING'], { message: 'A container instance can be set to ACTIVE or DRAINING.' }),
});

/** The word the deregister dialog asks for, as the AWS console asks for `delete` / `stop`. */
export const DEREGISTER_CONFIRMATION = 'deregister';

export const deregisterContainerInstanceSchema = z
  .object({
    cluster: clusterNameSchema,
    containerInstance: instanceId,
    force: z
      .string()
      .optional()
      .transform((v) => v === 'on' || v === 'true'),
    confirmation: z.string().default(''),
  })
  .refine((d) => d.confirmation === DEREGISTER_CONFIRMATION, {
    message: `Type ${DEREGISTER_CONFIRMATION} to confirm.`,
    path: ['confirmation'],
  });
