// Turning a service task's scale-in protection on (for 1 to 2880 minutes) or off, from the task page.
import { z } from 'zod';
import { checkbox, wholeNumber } from './task';

export const PROTECTION_MAX_MINUTES = 2880;

export const updateTaskProtectionSchema = z.object({
  cluster: z.string().trim().min(1),
  task: z.string().trim().min(1),
  protectionEnabled: checkbox,
  expiresInMinutes: wholeNumber('Protection period')
    .min(1, `Protection period must be between 1 and ${PROTECTION_MAX_MINUTES} minutes.`)
    .max(PROTECTION_MAX_MINUTES, `Protection period must be between 1 and ${PROTECTION_MAX_MINUTES} minutes.`)
    .default(120),
});
