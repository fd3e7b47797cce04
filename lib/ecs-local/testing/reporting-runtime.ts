// A runtime that does its work "later", as the Docker runtime does: start and stop return no events and only record
// what they were asked (the task as given then), once the asking transaction has committed; what it "observes" comes
// back only when a test reports it through `sink`. Tests of the runtime seam and of the task transitions use it.
import type { TaskDefinition } from '@aws-sdk/client-ecs';
import type { Wire } from '../protocol/serialize';
import type {
  ContainerRuntime,
  RuntimeEffects,
  RuntimeEvent,
  RuntimeSink,
  RuntimeTask,
  TaskPlan,
} from '../runtime/container-runtime';

export class ReportingRuntime implements ContainerRuntime {
  readonly name = 'docker';
  readonly asked: { call: 'start' | 'stop'; task: RuntimeTask }[] = [];
  sink?: RuntimeSink;

  plan(taskDefinition: Wire<TaskDefinition>): TaskPlan {
    const containers = (taskDefinition.containerDefinitions ?? []).map((c) => ({
      name: c.name ?? '',
      essential: c.essential ?? true,
    }));
    return { startMs: [100, 0, 100], containers };
  }

  private record(call: 'start' | 'stop', task: RuntimeTask, effects: RuntimeEffects): RuntimeEvent[] {
    const asked = { call, task: structuredClone(task) };
    effects.afterCommit(() => {
      this.asked.push(asked);
    });
    return [];
  }

  start(task: RuntimeTask, _at: number, effects: RuntimeEffects): RuntimeEvent[] {
    return this.record('start', task, effects);
  }

  stop(task: RuntimeTask, _at: number, effects: RuntimeEffects): RuntimeEvent[] {
    return this.record('stop', task, effects);
  }

  /** The ARNs of the tasks it was asked to start (or stop), in order. */
  get started(): string[] {
    return this.asked.filter((a) => a.call === 'start').map((a) => a.task.taskArn);
  }

  get stopped(): string[] {
    return this.asked.filter((a) => a.call === 'stop').map((a) => a.task.taskArn);
  }

  async inspect(): Promise<undefined> {
    return undefined;
  }

  attach(sink: RuntimeSink): void {
    this.sink = sink;
  }

  async close(): Promise<void> {}
}
