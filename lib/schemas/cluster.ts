// Cluster forms, shared by the browser (validate as you type) and the server actions (validate again, always).
import { z } from 'zod';
import { CONTAINER_INSIGHTS_VALUES, capacityProviderStrategyError, FARGATE_CAPACITY_PROVIDERS, tagsError } from '../ecs-rules';
import { clusterNameError } from './cluster-name';

export { clusterNameError } from './cluster-name';

export const clusterNameSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const message = clusterNameError(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

/** An HTML checkbox: present ("on") when checked, absent otherwise. */
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'on' || v === 'true');

const count = (label: string) =>
  z.coerce.number({ message: `${label} must be a number.` }).int(`${label} must be a whole number.`);

export const strategyItemSchema = z.object({
  capacityProvider: z.string().min(1, 'Choose a capacity provider.'),
  base: count('Base').min(0).default(0),
  weight: count('Weight').min(0).default(1),
});

const tagRowSchema = z.object({ key: z.string().trim().default(''), value: z.string().default('') });

/** Tag rows from a form; fully empty rows (an added row left blank) are dropped. */
export const tagsSchema = z
  .array(tagRowSchema)
  .default([])
  .transform((rows) => rows.filter((r) => r.key !== '' || r.value !== ''))
  .superRefine((rows, ctx) => {
    const message = tagsError(rows);
    if (message) ctx.addIssue({ code: 'custom', message, path: [] });
  });

export const containerInsightsSchema = z.enum(CONTAINER_INSIGHTS_VALUES).default('disabled');

export const createClusterSchema = z
  .object({
    clusterName: clusterNameSchema,
    fargate: checkbox,
    ec2: checkbox,
    external: checkbox,
    containerInsights: containerInsightsSchema,
    strategy: z.array(strategyItemSchema).default([]),
    tags: tagsSchema,
  })
  .superRefine((data, ctx) => {
    const attached = data.fargate ? [...FARGATE_CAPACITY_PROVIDERS] : [];
    const message = capacityProviderStrategyError(data.strategy, attached);
    if (message) ctx.addIssue({ code: 'custom', message, path: ['strategy'] });
  });

export const updateClusterSettingsSchema = z.object({ cluster: clusterNameSchema, containerInsights: containerInsightsSchema });

export const updateClusterCapacityProvidersSchema = z
  .object({
    cluster: clusterNameSchema,
    capacityProviders: z
      .union([z.string(), z.array(z.string())])
      .default([])
      .transform((v) => (Array.isArray(v) ? v : [v])),
    strategy: z.array(strategyItemSchema).default([]),
  })
  .superRefine((data, ctx) => {
    const message = capacityProviderStrategyError(data.strategy, data.capacityProviders);
    if (message) ctx.addIssue({ code: 'custom', message, path: ['strategy'] });
  });

export const updateClusterTagsSchema = z.object({ cluster: clusterNameSchema, tags: tagsSchema });

export const deleteClusterSchema = z
  .object({ cluster: clusterNameSchema, confirmation: z.string().default('') })
  .refine((d) => d.confirmation === d.cluster, { message: 'Type the cluster name to confirm.', path: ['confirmation'] });
