// A running task's simulated output (simulated runtime only): a `task-output` document per task with awslogs
// containers, due every few seconds, writes what each container printed since its stream's newest event
// (runtime/simulated/container-output.ts) until the task has stopped. Under a real runtime the lines come
// from the runtime itself (Engine's RuntimeSink.log).
import { type OpContext, scaled } from '../../core/context';
import { ACTIVITY_EVERY_MS, type ContainerTimeline, simulatedOutput } from '../../runtime/simulated/container-output';
import type { TaskDefinitionDoc } from '../task-definitions/model';
import { awslogsConfigs, lastWritten, taskDefinitionOf, writeContainerOutput } from './awslogs';
import { type TaskRecord, taskIdOf } from './model';

const STOPPED_OR_ENDING = new Set(['DEPROVISIONING', 'STOPPED']);

export function scheduleOutput(ctx: OpContext, task: TaskRecord, td: TaskDefinitionDoc | undefined, at: number): void {
  if (ctx.runtime.name !== 'simulated' || awslogsConfigs(td, ctx.region).length === 0) return;
  ctx.store.put(ctx.region, 'task-output', taskIdOf(task), {}, { due: at });
}

function timeline(task: TaskRecord, td: TaskDefinitionDoc | undefined, container: string): ContainerTimeline | undefined {
  const startedAt = (task.pullStoppedAt ?? 0) * 1000;
  if (!startedAt) return undefined;
  const running = startedAt + task._plan.startMs[2];
  const plan = task._plan.containers.find((c) => c.name === container);
  const def = td?.containerDefinitions?.find((d) => d.name === container);
  return {
    name: container,
    image: def?.image ?? '',
    taskId: taskIdOf(task),
    port: def?.portMappings?.[0]?.containerPort,
    labels: def?.dockerLabels,
    startedAt,
    exit: plan?.exit && { at: running + plan.exit.afterMs, code: plan.exit.code },
    health: plan?.health && { at: running + plan.health.afterMs, status: plan.health.status },
    stopAt: task.stoppingAt === undefined ? undefined : task.stoppingAt * 1000,
  };
}

/** The scheduler step of a `task-output` document (id: the task id). */
export function taskOutputStep(ctx: OpContext, id: string): void {
  const task = ctx.store.get<TaskRecord>(ctx.region, 'task', id);
  const done = () => ctx.store.delete(ctx.region, 'task-output', id);
  if (!task?._plan || !task.pullStoppedAt) {
    done();
    return;
  }
  const td = taskDefinitionOf(ctx, task);
  const ended = STOPPED_OR_ENDING.has(task.lastStatus) && task.executionStoppedAt !== undefined;
  const to = ended ? Math.min(ctx.now, (task.executionStoppedAt as number) * 1000) : ctx.now;
  const every = scaled(ctx, ACTIVITY_EVERY_MS);
  for (const config of awslogsConfigs(td, ctx.region)) {
    const container = timeline(task, td, config.container);
    if (!container) continue;
    const from = lastWritten(ctx, task, config) ?? container.startedAt - 1;
    writeContainerOutput(ctx, task, td, config.container, simulatedOutput(container, from, to, every));
  }
  if (ended) done();
  else ctx.store.setDue(ctx.region, 'task-output', id, ctx.now + every);
}
