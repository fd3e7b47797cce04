// How busy a running task was over a minute, for AWS/ECS CPUUtilization and MemoryUtilization: what the runtime
// measured when it reports usage (Docker), else, for simulated tasks, the `ecs-local.cpu-percent` /
// `ecs-local.memory-percent` docker labels (lib/ecs-rules/telemetry-labels.ts), overridden by tags of the same name
// on the task's service, else a light load that wanders a little from minute to minute.
import type { Tag } from '@aws-sdk/client-ecs';
import { parseUsage, type UsageOverride } from '../../../../ecs-rules/telemetry-labels';
import type { OpContext } from '../../../core/context';
import { taskDefinitionOf } from '../../tasks/awslogs';
import { type TaskRecord, taskIdOf } from '../../tasks/model';

export interface Load {
  cpu: number;
  memory: number;
}

/** A number in [0, 1) from the task id and minute: the same task and minute always look the same. */
function wander(taskId: string, minute: number, salt: number): number {
  let h = (minute / 60_000 + salt) * 2654435761;
  for (let i = 0; i < 12; i++) h = Math.imul(h ^ taskId.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1000) / 1000;
}

export class TaskLoads {
  private readonly labels = new Map<string, UsageOverride>();

  constructor(
    private readonly ctx: OpContext,
    private readonly minute: number,
    private readonly measured: Map<string, Load>,
    private readonly serviceTags: (task: TaskRecord) => Tag[] | undefined,
  ) {}

  /** The task's load, or undefined when a real runtime did not report any for the minute. */
  of(task: TaskRecord): Load | undefined {
    const measured = this.measured.get(task.taskArn);
    if (measured) return measured;
    if (this.ctx.runtime.name !== 'simulated') return undefined;
    const tags = Object.fromEntries((this.serviceTags(task) ?? []).map((t) => [t.key ?? '', t.value]));
    const fromTags = parseUsage(tags);
    const fromLabels = this.labelsOf(task);
    const id = taskIdOf(task);
    return {
      cpu: fromTags.cpu ?? fromLabels.cpu ?? 2 + 6 * wander(id, this.minute, 1),
      memory: fromTags.memory ?? fromLabels.memory ?? 15 + 10 * wander(id, this.minute, 2),
    };
  }

  /** The busiest container's labels speak for the task (one label set per revision, read once). */
  private labelsOf(task: TaskRecord): UsageOverride {
    const key = task.taskDefinitionArn ?? '';
    let found = this.labels.get(key);
    if (!found) {
      const defs = taskDefinitionOf(this.ctx, task)?.containerDefinitions ?? [];
      const each = defs.map((d) => parseUsage(d.dockerLabels));
      const max = (pick: (u: UsageOverride) => number | undefined) => {
        const values = each.map(pick).filter((v): v is number => v !== undefined);
        return values.length > 0 ? Math.max(...values) : undefined;
      };
      found = { cpu: max((u) => u.cpu), memory: max((u) => u.memory) };
      this.labels.set(key, found);
    }
    return found;
  }
}
