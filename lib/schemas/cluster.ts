// Cluster forms, shared by the browser (validate as you type) and the server actions (validate again, always).
import { z } from 'zod';
import {
  CAPACITY_PROVIDER_STRATEGY_MAX,
  CONTAINER_INSIGHTS_VALUES,
  capacityProviderStrategyError,
  FARGATE_CAPACITY_PROVIDERS,
  TAGS_MAX,
  tagsError,
} from '../ecs-rules';
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

const tagRowSchema = z.object({ key: z.string().trim().max(1024).default(''), value: z.string().max(1024).default('') });

/** Tag rows from a form; fully empty rows (an added row left blank) are dropped. */
export const tagsSchema = z
  .array(tagRowSchema)
  // Every list a form posts is bounded before it is walked: a blank row or two more than ECS allows, no more.
  .max(TAGS_MAX + 10, `A resource can have at most ${TAGS_MAX} tags.`)
  .default([])
  .transform((rows) => rows.filter((r) => r.key !== '' || r.value !== ''))
  .superRefine((rows, ctx) => {
    const message = tagsError(rows);
    if (message) ctx.addIssue({ code: 'custom', message, path: [] });
  });

/** A capacity provider strategy as the forms post it, bounded to ECS's maximum length. */
export const strategySchema = z
  .array(strategyItemSchema)
  .max(CAPACITY_PROVIDER_STRATEGY_MAX, `A capacity provider strategy can have at most ${CAPACITY_PROVIDER_STRATEGY_MAX} items.`)
  .default([]);

export const containerInsightsSchema = z.enum(CONTAINER_INSIGHTS_VALUES).default('disabled');

export const createClusterSchema = z
  .object({
    clusterName: clusterNameSchema,
    fargate: checkbox,
    ec2: checkbox,
    external: checkbox,
    containerInsights: containerInsightsSchema,
    strategy: strategySchema,
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
      .union([z.string().max(255), z.array(z.string().max(255)).max(CAPACITY_PROVIDER_STRATEGY_MAX)])
      .default([])
      .transform((v) => (Array.isArray(v) ? v : [v])),
    strategy: strategySchema,
  })
  .superRefine((data, ctx) => {
    const message = capacityProviderStrategyError(data.strategy, data.capacityProviders);
    if (message) ctx.addIssue({ code: 'custom', message, path: ['strategy'] });
  });

export const updateClusterTagsSchema = z.object({ cluster: clusterNameSchema, tags: tagsSchema });

export const deleteClusterSchema = z
  .object({ cluster: clusterNameSchema, confirmation: z.string().max(300).default('') })
  .refine((d) => d.confirmation === d.cluster, { message: 'Type the cluster name to confirm.', path: ['confirmation'] });
