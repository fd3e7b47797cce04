// Application Auto Scaling facts for ECS services that the engine and the console's forms share: the scalable
// dimension, the predefined metrics, default cooldowns, quotas and page sizes (botocore model 2016-02-06 and the
// Application Auto Scaling user guide), and the names and schedules AWS accepts.

export const ECS_SERVICE_NAMESPACE = 'ecs';
export const ECS_SCALABLE_DIMENSION = 'ecs:service:DesiredCount';

/** `service/<cluster-name>/<service-name>`: how Application Auto Scaling names an ECS service. */
export function ecsScalingResourceId(cluster: string, service: string): string {
  return `service/${cluster}/${service}`;
}

export const PREDEFINED_ECS_METRICS = [
  'ECSServiceAverageCPUUtilization',
  'ECSServiceAverageMemoryUtilization',
  'ALBRequestCountPerTarget',
] as const;
export type PredefinedEcsMetric = (typeof PREDEFINED_ECS_METRICS)[number];

/** What the AWS console calls each predefined metric. */
export const PREDEFINED_METRIC_LABELS: Readonly<Record<PredefinedEcsMetric, string>> = {
  ECSServiceAverageCPUUtilization: 'ECSServiceAverageCPUUtilization',
  ECSServiceAverageMemoryUtilization: 'ECSServiceAverageMemoryUtilization',
  ALBRequestCountPerTarget: 'ALBRequestCountPerTarget',
};

/** Cooldowns Application Auto Scaling applies to ECS services when a policy names none, seconds. */
export const DEFAULT_COOLDOWN_SECONDS = 300;
export const MAX_COOLDOWN_SECONDS = 31_536_000;

export const MAX_SCALING_POLICIES_PER_TARGET = 50;
export const MAX_SCHEDULED_ACTIONS_PER_TARGET = 200;
export const MAX_SCALABLE_TARGETS = 3000;
export const MAX_SCALING_TAGS = 50;

export const DESCRIBE_SCALABLE_TARGETS_MAX = 50;
export const DESCRIBE_SCALING_POLICIES_MAX = 10;
export const DESCRIBE_SCHEDULED_ACTIONS_MAX = 50;
export const DESCRIBE_SCALING_ACTIVITIES_MAX = 50;

/** Whether the text has a control character (C0, DEL or C1). */
function hasControlCharacter(text: string): boolean {
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** PolicyName: 1-256 printable characters. */
export function scalingPolicyNameProblem(name: string): string | undefined {
  if (name.length < 1 || name.length > 256) return 'Policy name must be 1 to 256 characters.';
  if (hasControlCharacter(name)) return 'Policy name must contain printable characters only.';
  return undefined;
}

/** ScheduledActionName: 1-256 characters, no `:`, `/`, `|` or control characters, no leading or trailing spaces. */
export function scheduledActionNameProblem(name: string): string | undefined {
  if (name.length < 1 || name.length > 256) return 'Scheduled action name must be 1 to 256 characters.';
  if (/[:/|]/.test(name) || hasControlCharacter(name))
    return 'Scheduled action name cannot contain colons (:), slashes (/), vertical bars (|) or control characters.';
  if (name.trim() !== name) return 'Scheduled action name cannot start or end with a space.';
  return undefined;
}

/** The three forms a schedule takes; checked in full by the engine (cron fields, dates). */
export const SCHEDULE_FORMS =
  /^(at\(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\)|rate\(\d+ (minute|minutes|hour|hours|day|days)\)|cron\(.+\))$/;
