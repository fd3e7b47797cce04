// The default runtime: nothing runs. Each task's timeline is decided when it launches, from its task definition
// and the `ecs-local.*` fault-injection docker labels (lib/ecs-rules/fault-injection.ts): how long the pull and
// start take, whether the pull fails, when a container exits and with which code, when its health changes.
// Durations are multiplied by the engine's time scale. Needs nothing installed.
import type { ContainerDefinition, TaskDefinition } from '@aws-sdk/client-ecs';
import { DEFAULT_START_SECONDS, imagePullFailureReason, parseFaults } from '../../../ecs-rules/fault-injection';
import type { Wire } from '../../protocol/serialize';
import type {
  ContainerPlan,
  ContainerRuntime,
  RuntimeEffects,
  RuntimeEvent,
  RuntimeSink,
  RuntimeTask,
  TaskPlan,
} from '../container-runtime';

/** How long containers take to stop after SIGTERM, at time scale 1 (ms). */
export const SIMULATED_STOP_MS = 1000;

/** Fargate runtime ids are `<task id>-<10 digits>`. */
function runtimeId(taskId: string, index: number): string {
  return `${taskId}-${String(parseInt(taskId.slice(index * 2, index * 2 + 8), 16) % 10_000_000_000).padStart(10, '0')}`;
}

export class SimulatedRuntime implements ContainerRuntime {
  readonly name = 'simulated';

  constructor(private readonly timeScale = 1) {}

  private scaled(ms: number): number {
    return ms * this.timeScale;
  }

  plan(taskDefinition: Wire<TaskDefinition>): TaskPlan {
    const defs: Wire<ContainerDefinition>[] = taskDefinition.containerDefinitions ?? [];
    let failedPull: string | undefined;
    let startSeconds: number | undefined;
    const containers = defs.map((def): ContainerPlan => {
      const faults = parseFaults(def.dockerLabels);
      if (faults.imagePullFails && failedPull === undefined) failedPull = def.image ?? '';
      if (faults.startSeconds !== undefined) startSeconds = Math.max(startSeconds ?? 0, faults.startSeconds);
      const check = def.healthCheck;
      let health: ContainerPlan['health'];
      if (check) {
        const interval = check.interval ?? 30;
        const seconds = faults.unhealthy ? (check.startPeriod ?? 0) + interval * (check.retries ?? 3) : interval;
        health = { afterMs: this.scaled(seconds * 1000), status: faults.unhealthy ? 'UNHEALTHY' : 'HEALTHY' };
      } else if (faults.unhealthy) health = { afterMs: this.scaled(30_000), status: 'UNHEALTHY' };
      return {
        name: def.name ?? '',
        essential: def.essential ?? true,
        exit: faults.exit && { code: faults.exit.code, afterMs: this.scaled(faults.exit.afterSeconds * 1000) },
        health,
      };
    });
    const total = this.scaled((startSeconds ?? DEFAULT_START_SECONDS) * 1000);
    return { startMs: [total * 0.4, total * 0.4, total * 0.2], failedPull, containers };
  }

  /** The whole timeline at once: started (or the failed pull) after the pull time, then every exit and health change. */
  start(task: RuntimeTask, at: number, _effects: RuntimeEffects): RuntimeEvent[] {
    const { plan } = task;
    const started = at + plan.startMs[1];
    if (plan.failedPull !== undefined)
      return [{ type: 'start-failed', at: started, reason: imagePullFailureReason(plan.failedPull) }];
    const taskId = task.taskArn.slice(task.taskArn.lastIndexOf('/') + 1);
    const events: RuntimeEvent[] = [
      {
        type: 'started',
        at: started,
        containers: plan.containers.map((c, i) => ({ name: c.name, runtimeId: runtimeId(taskId, i) })),
      },
    ];
    const running = started + plan.startMs[2];
    for (const c of plan.containers) {
      if (c.exit) events.push({ type: 'exit', at: running + c.exit.afterMs, container: c.name, exitCode: c.exit.code });
      if (c.health) events.push({ type: 'health', at: running + c.health.afterMs, container: c.name, health: c.health.status });
    }
    return events;
  }

  stop(_task: RuntimeTask, at: number, _effects: RuntimeEffects): RuntimeEvent[] {
    return [{ type: 'stopped', at: at + this.scaled(SIMULATED_STOP_MS) }];
  }

  async inspect(): Promise<undefined> {
    return undefined;
  }

  attach(_sink: RuntimeSink): void {}

  async close(): Promise<void> {}
}
