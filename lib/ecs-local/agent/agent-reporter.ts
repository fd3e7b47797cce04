// What the agent tells the engine, through ECS's agent-facing API only: a task RUNNING with its containers' ids and
// ports, STOPPED with their exit codes (or the reason it could not start), a container that exited or changed
// health. Calls that fail are logged; the agent's poll re-sends the task-level states the engine has not taken.
import {
  type ContainerStateChange,
  type ECSClient,
  SubmitContainerStateChangeCommand,
  SubmitTaskStateChangeCommand,
} from '@aws-sdk/client-ecs';
import type { RuntimeEvent, RuntimeTask, StartedContainer } from '../runtime/container-runtime';

export interface LocalTask {
  taskArn: string;
  /** What the runtime was given to run (it is asked to stop the same). */
  runtimeTask?: RuntimeTask;
  state: 'starting' | 'running' | 'stopping' | 'stopped' | 'failed';
  containers: StartedContainer[];
  exitCodes: Record<string, number>;
  failure?: string;
  /** Timers of a simulated timeline still to come. */
  timers: Set<NodeJS.Timeout>;
  /** The reports sent so far, one after the other: a container's exit must not overtake the task's RUNNING. */
  sent: Promise<void>;
}

export class AgentReporter {
  constructor(
    private readonly ecs: ECSClient,
    private readonly cluster: string,
    private readonly warn: (message: string) => void,
  ) {}

  private async send(what: string, call: () => Promise<unknown>): Promise<void> {
    try {
      await call();
    } catch (err) {
      this.warn(`${what} failed: ${(err as Error).message}`);
    }
  }

  running(task: LocalTask): Promise<void> {
    const containers: ContainerStateChange[] = task.containers.map((c) => ({
      containerName: c.name,
      runtimeId: c.runtimeId,
      status: 'RUNNING',
      networkBindings: c.networkBindings,
    }));
    return this.send(`reporting ${task.taskArn} RUNNING`, () =>
      this.ecs.send(
        new SubmitTaskStateChangeCommand({ cluster: this.cluster, task: task.taskArn, status: 'RUNNING', containers }),
      ),
    );
  }

  stopped(task: LocalTask): Promise<void> {
    const containers: ContainerStateChange[] = Object.entries(task.exitCodes).map(([containerName, exitCode]) => ({
      containerName,
      exitCode,
      status: 'STOPPED',
    }));
    return this.send(`reporting ${task.taskArn} STOPPED`, () =>
      this.ecs.send(
        new SubmitTaskStateChangeCommand({
          cluster: this.cluster,
          task: task.taskArn,
          status: 'STOPPED',
          reason: task.failure,
          containers,
        }),
      ),
    );
  }

  /** A container's own exit or health change. */
  container(task: LocalTask, event: Extract<RuntimeEvent, { type: 'exit' | 'health' }>): Promise<void> {
    const input =
      event.type === 'exit'
        ? { status: 'STOPPED', exitCode: event.exitCode, reason: event.reason }
        : { status: event.health as string };
    return this.send(`reporting container ${event.container} of ${task.taskArn} ${input.status}`, () =>
      this.ecs.send(
        new SubmitContainerStateChangeCommand({
          cluster: this.cluster,
          task: task.taskArn,
          containerName: event.container,
          ...input,
        }),
      ),
    );
  }

  /** Applies a runtime event to the agent's view of the task and reports it. */
  async apply(task: LocalTask, event: RuntimeEvent): Promise<void> {
    switch (event.type) {
      case 'started':
        if (task.state !== 'starting') return;
        task.state = 'running';
        task.containers = event.containers;
        return this.running(task);
      case 'start-failed':
        task.state = 'failed';
        task.failure = event.reason;
        return this.stopped(task);
      case 'exit':
        if (event.exitCode !== undefined) task.exitCodes[event.container] = event.exitCode;
        if (task.state === 'running') return this.container(task, event);
        return;
      case 'health':
        if (task.state === 'running') return this.container(task, event);
        return;
      case 'stopped':
        task.state = 'stopped';
        for (const timer of task.timers) clearTimeout(timer);
        task.exitCodes = { ...task.exitCodes, ...event.exitCodes };
        return this.stopped(task);
    }
  }
}
