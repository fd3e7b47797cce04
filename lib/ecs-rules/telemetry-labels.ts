// Docker labels that shape what the local engine's simulated containers log and how busy they look, next to the
// fault-injection labels (fault-injection.ts). Real Amazon ECS passes them to Docker and otherwise ignores them.
//
// | label                      | value                  | effect                                                        |
// |----------------------------|------------------------|---------------------------------------------------------------|
// | `ecs-local.log`            | text; `\n` between lines | these lines are written to the container's log at start-up  |
// | `ecs-local.cpu-percent`    | number 0-400           | the task's CPUUtilization (AWS/ECS), instead of a light load  |
// | `ecs-local.memory-percent` | number 0-100           | the task's MemoryUtilization                                  |
//
// A tag with the same name (`ecs-local.cpu-percent`, `ecs-local.memory-percent`) on a service overrides the
// labels of all its tasks while they run, so load can change without a new revision. Bad values are ignored.

export const TELEMETRY_LABELS = {
  log: 'ecs-local.log',
  cpuPercent: 'ecs-local.cpu-percent',
  memoryPercent: 'ecs-local.memory-percent',
} as const;

type Labels = Readonly<Record<string, string | undefined>> | undefined;

function percent(value: string | undefined, max: number): number | undefined {
  if (value === undefined || !/^\d+(\.\d+)?$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n <= max ? n : undefined;
}

export interface UsageOverride {
  cpu?: number;
  memory?: number;
}

/** CPU and memory percentages asked for by labels (or by a service's tags, given as a record). */
export function parseUsage(labels: Labels): UsageOverride {
  return {
    cpu: percent(labels?.[TELEMETRY_LABELS.cpuPercent], 400),
    memory: percent(labels?.[TELEMETRY_LABELS.memoryPercent], 100),
  };
}

/** The lines `ecs-local.log` asks a container to write at start-up (real newlines or a written `\n` split them). */
export function parseLogLines(labels: Labels): string[] {
  const text = labels?.[TELEMETRY_LABELS.log];
  if (!text) return [];
  return text
    .split(/\r?\n|\\n/)
    .map((l) => l.trimEnd())
    .filter((l) => l !== '');
}

/** Messages for telemetry labels whose values would be ignored, e.g. for a task definition form. */
export function telemetryLabelProblems(labels: Labels): string[] {
  const problems: string[] = [];
  const cpu = labels?.[TELEMETRY_LABELS.cpuPercent];
  const memory = labels?.[TELEMETRY_LABELS.memoryPercent];
  if (cpu !== undefined && percent(cpu, 400) === undefined)
    problems.push(`Docker label ${TELEMETRY_LABELS.cpuPercent} must be a number from 0 to 400; got '${cpu}'.`);
  if (memory !== undefined && percent(memory, 100) === undefined)
    problems.push(`Docker label ${TELEMETRY_LABELS.memoryPercent} must be a number from 0 to 100; got '${memory}'.`);
  return problems;
}
