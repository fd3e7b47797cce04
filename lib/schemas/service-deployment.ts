// Stopping a service deployment and answering a lifecycle hook, from the Deployments tab.
import { z } from 'zod';

const deploymentRef = {
  cluster: z.string().trim().min(1),
  service: z.string().trim().min(1),
  serviceDeploymentArn: z.string().trim().startsWith('arn:', 'Choose the service deployment.'),
};

export const stopServiceDeploymentSchema = z
  .object({ ...deploymentRef, stopType: z.enum(['ROLLBACK', 'ABORT']), confirmation: z.string().default('') })
  .refine((d) => d.confirmation === (d.stopType === 'ROLLBACK' ? 'rollback' : 'stop'), {
    message: 'Type the word shown to confirm.',
    path: ['confirmation'],
  });

export const continueServiceDeploymentSchema = z.object({
  ...deploymentRef,
  hookId: z.string().trim().min(1),
  action: z.enum(['CONTINUE', 'ROLLBACK']),
});
