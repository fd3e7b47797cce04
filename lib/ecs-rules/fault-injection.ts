// Fault injection for the local engine: docker labels on a container definition that make its container
// misbehave, so failing rollouts and health checks can be shown and tested. Real Amazon ECS passes these
// labels to Docker and otherwise ignores them, so a task definition using them stays valid on AWS.
//
// | label                     | value            | effect                                                                 |
// |---------------------------|------------------|------------------------------------------------------------------------|
// | `ecs-local.exit-code`     | integer 0-255    | the container exits with this code (after `exit-after`, default 10 s)  |
// | `ecs-local.exit-after`    | seconds (≥ 0)    | seconds after RUNNING before the container exits (code default 1)      |
// | `ecs-local.health`        | `unhealthy`      | the health check fails: UNHEALTHY after startPeriod + interval×retries |
// |                           |                  | (30 s when the container has no healthCheck)                           |
// | `ecs-local.image-pull`    | `fail`           | the image pull fails: the task stops before RUNNING (TaskFailedToStart)|
// | `ecs-local.start-seconds` | seconds (≥ 0)    | time from PROVISIONING to RUNNING (default 2.5 s)                      |
// | `ecs-local.lb-health`     | `unhealthy`      | load balancer health checks of the container's targets fail (simulated)|
//
// Durations are multiplied by the engine's time scale (ECS_LOCAL_TIME_SCALE). Values that do not parse are
// ignored (the container behaves normally); `faultLabelProblems` lists them for forms that want to warn.

export const FAULT_LABELS = {
  exitCode: 'ecs-local.exit-code',
  exitAfter: 'ecs-local.exit-after',
  health: 'ecs-local.health',
  imagePull: 'ecs-local.image-pull',
  startSeconds: 'ecs-local.start-seconds',
  lbHealth: 'ecs-local.lb-health',
} as const;

/** Seconds a container runs before exiting when only `ecs-local.exit-code` is given. */
export const DEFAULT_EXIT_AFTER_SECONDS = 10;
/** Exit code when only `ecs-local.exit-after` is given. */
export const DEFAULT_EXIT_CODE = 1;
/** When an unhealthy container has no healthCheck, ECS health checks are treated as failing after this long. */
export const UNHEALTHY_WITHOUT_CHECK_SECONDS = 30;
/** Time from PROVISIONING to RUNNING when `ecs-local.start-seconds` is absent. */
export const DEFAULT_START_SECONDS = 2.5;

export interface ContainerFaults {
  /** Set when the container exits on its own: the code and when (seconds after it reached RUNNING). */
  exit?: { code: number; afterSeconds: number };
  unhealthy: boolean;
  imagePullFails: boolean;
  /** Load balancer health checks of the container's targets fail (simulated runtime). */
  lbUnhealthy: boolean;
  /** Seconds from PROVISIONING to RUNNING, when overridden. */
  startSeconds?: number;
}

type Labels = Readonly<Record<string, string | undefined>> | undefined;

function seconds(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+(\.\d+)?$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n <= 86_400 ? n : undefined;
}

function exitCode(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,3}$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n <= 255 ? n : undefined;
}

/** The faults a container definition's docker labels ask for. Invalid values are ignored. */
export function parseFaults(labels: Labels): ContainerFaults {
  const l = labels ?? {};
  const code = exitCode(l[FAULT_LABELS.exitCode]);
  const after = seconds(l[FAULT_LABELS.exitAfter]);
  const exit =
    code === undefined && after === undefined
      ? undefined
      : { code: code ?? DEFAULT_EXIT_CODE, afterSeconds: after ?? DEFAULT_EXIT_AFTER_SECONDS };
  return {
    exit,
    unhealthy: l[FAULT_LABELS.health]?.trim().toLowerCase() === 'unhealthy',
    imagePullFails: l[FAULT_LABELS.imagePull]?.trim().toLowerCase() === 'fail',
    lbUnhealthy: l[FAULT_LABELS.lbHealth]?.trim().toLowerCase() === 'unhealthy',
    startSeconds: seconds(l[FAULT_LABELS.startSeconds]),
  };
}

/** Messages for fault labels whose values would be ignored, e.g. for a task definition form. */
export function faultLabelProblems(labels: Labels): string[] {
  const l = labels ?? {};
  const problems: string[] = [];
  const check = (label: string, ok: (v: string) => boolean, want: string) => {
    const v = l[label];
    if (v !== undefined && !ok(v)) problems.push(`Docker label ${label} must be ${want}; got '${v}'.`);
  };
  check(FAULT_LABELS.exitCode, (v) => exitCode(v) !== undefined, 'an exit code from 0 to 255');
  check(FAULT_LABELS.exitAfter, (v) => seconds(v) !== undefined, 'a number of seconds');
  check(FAULT_LABELS.startSeconds, (v) => seconds(v) !== undefined, 'a number of seconds');
  check(FAULT_LABELS.health, (v) => ['unhealthy', 'healthy'].includes(v.trim().toLowerCase()), "'unhealthy'");
  check(FAULT_LABELS.lbHealth, (v) => ['unhealthy', 'healthy'].includes(v.trim().toLowerCase()), "'unhealthy'");
  check(FAULT_LABELS.imagePull, (v) => ['fail', 'ok'].includes(v.trim().toLowerCase()), "'fail'");
  return problems;
}

/** The stoppedReason of a task whose image pull failed, in the words of the Fargate agent. */
export function imagePullFailureReason(image: string): string {
  return `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${image}: not found`;
}
