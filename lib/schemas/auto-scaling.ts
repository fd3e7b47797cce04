// The "Service auto scaling" section of the create and update service forms: the minimum and maximum number of
// tasks, and one target tracking policy (metric, target value, cooldowns, scale-in on or off), as the AWS console
// offers it. Desired tasks (the form's own field) must lie within the minimum and maximum.
import { z } from 'zod';
import { DEFAULT_COOLDOWN_SECONDS, MAX_COOLDOWN_SECONDS, scalingPolicyNameProblem } from '../ecs-rules/auto-scaling';
import { checkbox, wholeNumber } from './task';

/** The metrics the form offers (ALBRequestCountPerTarget needs a target group's resource label: API only). */
export const FORM_SCALING_METRICS = ['ECSServiceAverageCPUUtilization', 'ECSServiceAverageMemoryUtilization'] as const;

const cooldown = (label: string) =>
  wholeNumber(label)
    .min(0, `${label} must be 0 or more.`)
    .max(MAX_COOLDOWN_SECONDS, `${label} must be at most ${MAX_COOLDOWN_SECONDS} seconds.`)
    .default(DEFAULT_COOLDOWN_SECONDS);

export const autoScalingFields = {
  useAutoScaling: checkbox,
  minTasks: wholeNumber('Minimum number of tasks').min(0, 'Minimum number of tasks must be 0 or more.').default(1),
  maxTasks: wholeNumber('Maximum number of tasks').min(0, 'Maximum number of tasks must be 0 or more.').default(1),
  // A name over 256 characters is refused here, with the rule's words; the rule below then leaves it (one message).
  scalingPolicyName: z.string().trim().max(256, 'Policy name must be 1 to 256 characters.').default(''),
  scalingMetric: z.enum(FORM_SCALING_METRICS).default('ECSServiceAverageCPUUtilization'),
  scalingTargetValue: z.coerce
    .number({ message: 'Target value must be a number.' })
    .gt(0, 'Target value must be greater than 0.')
    .max(100, 'Target value is a percentage: at most 100.')
    .default(70),
  scaleOutCooldown: cooldown('Scale-out cooldown period'),
  scaleInCooldown: cooldown('Scale-in cooldown period'),
  disableScaleIn: checkbox,
};

export type AutoScalingData = { [K in keyof typeof autoScalingFields]: z.output<(typeof autoScalingFields)[K]> };

/** Cross-field rules of the section, as field errors; nothing when auto scaling is off. */
export function checkAutoScaling(data: AutoScalingData & { desiredCount?: number }, ctx: z.RefinementCtx): void {
  if (!data.useAutoScaling) return;
  const issue = (path: keyof AutoScalingData | 'desiredCount', message: string) =>
    ctx.addIssue({ code: 'custom', message, path: [path] });
  if (data.maxTasks < data.minTasks)
    issue('maxTasks', 'Maximum number of tasks must be greater than or equal to the minimum number of tasks.');
  else if (data.desiredCount !== undefined && (data.desiredCount < data.minTasks || data.desiredCount > data.maxTasks))
    issue(
      'desiredCount',
      `Desired tasks must be between the minimum (${data.minTasks}) and the maximum (${data.maxTasks}) number of tasks.`,
    );
  const name = data.scalingPolicyName;
  const nameProblem = !name ? 'Enter a policy name.' : name.length > 256 ? undefined : scalingPolicyNameProblem(name);
  if (nameProblem) issue('scalingPolicyName', nameProblem);
}
