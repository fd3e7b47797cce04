// Run task / stop task forms, and the compute + networking fields the create-service form shares.
// Used by the browser (validate as you type) and the server actions (validate again, always).
import { z } from 'zod';
import { CONTAINERS_PER_TASK_DEFINITION_MAX, capacityProviderStrategyError, RUN_TASK_COUNT_MAX } from '../ecs-rules';
import { strategySchema, tagsSchema } from './cluster';

export const LAUNCH_TYPES = ['FARGATE', 'EC2', 'EXTERNAL'] as const;
export type LaunchTypeChoice = (typeof LAUNCH_TYPES)[number];
/** "Use cluster default" strategy, "Use custom" strategy, or a launch type. */
export const COMPUTE_OPTIONS = ['clusterDefault', 'customStrategy', 'launchType'] as const;
export type ComputeOption = (typeof COMPUTE_OPTIONS)[number];

/** An HTML checkbox: present ("on") when checked, absent otherwise. */
export const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'on' || v === 'true');

export const wholeNumber = (label: string) =>
  z.coerce.number({ message: `${label} must be a number.` }).int(`${label} must be a whole number.`);

/** "subnet-a, subnet-b" or one per line → ['subnet-a', 'subnet-b']; also accepts repeated inputs. */
export const idList = z
  .union([z.string().max(4096), z.array(z.string().max(255)).max(32)])
  .default([])
  .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(/[\s,]+/)).filter(Boolean));

const familyRevision = z
  .string()
  .trim()
  .regex(/^[a-zA-Z0-9_-]{1,255}(:\d+)?$/, 'Choose a task definition family and revision.');

/** Fields shared by run task and create service: task definition, compute, networking. */
export const launchFields = {
  cluster: z.string().trim().min(1, 'Choose a cluster.').max(255),
  taskDefinition: familyRevision,
  networkMode: z.string().default(''),
  computeOption: z.enum(COMPUTE_OPTIONS).default('launchType'),
  launchType: z.enum(LAUNCH_TYPES).default('FARGATE'),
  platformVersion: z.string().trim().default(''),
  strategy: strategySchema,
  // ECS's own maxima: 16 subnets, 5 security groups.
  subnets: idList.refine((ids) => ids.length <= 16, 'Enter at most 16 subnet IDs.'),
  securityGroups: idList.refine((ids) => ids.length <= 5, 'Enter at most 5 security group IDs.'),
  assignPublicIp: checkbox,
};

type LaunchShape = {
  networkMode: string;
  computeOption: ComputeOption;
  strategy: { capacityProvider: string; base: number; weight: number }[];
  subnets: string[];
};

/** Cross-field checks shared by both forms: a custom strategy must be valid; awsvpc needs at least one subnet. */
export function checkLaunch(data: LaunchShape, ctx: z.RefinementCtx): void {
  if (data.computeOption === 'customStrategy') {
    const message =
      data.strategy.length === 0 ? 'Add at least one capacity provider.' : capacityProviderStrategyError(data.strategy);
    if (message) ctx.addIssue({ code: 'custom', message, path: ['strategy'] });
  }
  if (data.networkMode === 'awsvpc' && data.subnets.length === 0)
    ctx.addIssue({
      code: 'custom',
      message: 'The task definition uses the awsvpc network mode: enter at least one subnet ID.',
      path: ['subnets'],
    });
}

/** KEY=value lines → [{name, value}]; blank lines are skipped. */
export function parseEnvironment(text: string): { name: string; value: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const eq = line.indexOf('=');
      return eq < 0 ? { name: line, value: '' } : { name: line.slice(0, eq).trim(), value: line.slice(eq + 1) };
    });
}

/** The console's "Command override" is comma separated: `echo,hello world` → ['echo', 'hello world']. */
export function parseCommand(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

const containerOverrideSchema = z.object({
  name: z.string().min(1).max(255),
  command: z.string().max(8192, 'A command override must be at most 8192 characters.').default(''),
  environment: z
    .string()
    .max(32_768, 'Environment overrides must be at most 32768 characters.')
    .default('')
    .superRefine((text, ctx) => {
      const bad = parseEnvironment(text).find((e) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(e.name));
      if (bad)
        ctx.addIssue({ code: 'custom', message: `'${bad.name}' is not a valid environment variable name. Use KEY=value lines.` });
    }),
});

/** Tasks one Stop submission may name: a page of the tasks table (StopTask itself takes one task per call). */
export const STOP_TASKS_MAX = 100;

export const runTaskSchema = z
  .object({
    ...launchFields,
    count: wholeNumber('Desired tasks')
      .min(1, 'Desired tasks must be at least 1.')
      .max(RUN_TASK_COUNT_MAX, `You can run up to ${RUN_TASK_COUNT_MAX} tasks at a time.`),
    group: z.string().trim().max(255, 'Task group must be at most 255 characters.').default(''),
    overrides: z
      .array(containerOverrideSchema)
      .max(CONTAINERS_PER_TASK_DEFINITION_MAX, `A task has at most ${CONTAINERS_PER_TASK_DEFINITION_MAX} containers.`)
      .default([]),
    tags: tagsSchema,
  })
  .superRefine(checkLaunch);

export const stopTasksSchema = z
  .object({
    cluster: z.string().trim().min(1).max(255),
    tasks: z
      .union([z.string().max(2048), z.array(z.string().max(2048))])
      .transform((v) => (Array.isArray(v) ? v : [v]).filter(Boolean))
      .pipe(z.array(z.string()).max(STOP_TASKS_MAX, `Select at most ${STOP_TASKS_MAX} tasks at a time.`)),
    reason: z.string().trim().max(255, 'Reason must be at most 255 characters.').default(''),
    confirmation: z.string().max(300).default(''),
    /** Where to go afterwards (the task page stays; a list refreshes). */
    returnTo: z.string().max(2048).default(''),
  })
  .refine((d) => d.tasks.length > 0, { message: 'Select at least one task.', path: ['tasks'] })
  .refine((d) => d.confirmation === 'stop', { message: 'Type stop to confirm.', path: ['confirmation'] });
