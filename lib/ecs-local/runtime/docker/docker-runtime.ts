// The Docker runtime: every task's containers run in the local Docker Engine (DOCKER_HOST or the default socket),
// through dockerode. start() and stop() only defer their work until the calling transaction commits; what Docker
// does comes back through the sink: started (with the published loopback ports), exits with their real codes,
// health from Docker's own health check, stopped; plus each container's output and resource use.
//
// After a restart, inspect() re-adopts the containers of the engine's live tasks (found by their labels) and
// reports what changed while the engine was away; containers whose task is gone are stopped. Stopped containers
// are removed after a configurable wait. Closing leaves running containers running (the next start re-adopts
// them), unless the runtime was made with removeOnClose (an engine that keeps nothing, e.g. `--memory`).
import type { TaskDefinition } from '@aws-sdk/client-ecs';
import Docker from 'dockerode';
import type { Wire } from '../../protocol/serialize';
import {
  type ContainerRuntime,
  immediatePlan,
  type RuntimeEffects,
  type RuntimeEvent,
  type RuntimeSink,
  type RuntimeTask,
  type TaskPlan,
} from '../container-runtime';
import { LABEL, taskUnits } from './container-config';
import { followLogs, sampleStats, usagePercents } from './container-output';
import { DockerEvents } from './docker-events';
import { HostPorts } from './host-ports';
import { cannotStart, launch, onContainerEvent, type RunContainer, type RunParts, TaskRun, toEcsHealth } from './task-run';
import { halt } from './task-stop';

export interface DockerRuntimeOptions {
  /** A client; by default dockerode's, which reads DOCKER_HOST. */
  docker?: Docker;
  /** The value of the `ecs-local.owner` label on every container this runtime creates. */
  owner: string;
  /** How long a stopped task's containers are kept before they are removed (ms); ECS's agent waits 3 h. */
  cleanupAfterMs?: number;
  /** Remove every container of this owner on close(). */
  removeOnClose?: boolean;
  /** How often running containers' resource use is sampled (ms); 0 never. */
  usageIntervalMs?: number;
  onError?: (message: string) => void;
}

const USAGE_CONCURRENCY = 8;
const LIVE_AFTER_START = new Set(['ACTIVATING', 'RUNNING', 'DEACTIVATING']);

/** A Docker client that answers, or an error saying where none did. */
export async function connectDocker(docker = new Docker()): Promise<Docker> {
  const where = process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock';
  try {
    await Promise.race([
      docker.ping(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 5 s')), 5000).unref()),
    ]);
    return docker;
  } catch (err) {
    throw new Error(
      `The Docker runtime needs a Docker daemon, and none answers at ${where} (${(err as Error).message}). Start Docker, set DOCKER_HOST to where it listens, or leave out --runtime docker to use the simulated runtime.`,
    );
  }
}

export class DockerRuntime implements ContainerRuntime {
  readonly name = 'docker';
  private sink?: RuntimeSink;
  private readonly docker: Docker;
  private readonly runs = new Map<string, TaskRun>();
  private readonly parts: RunParts;
  private readonly timers = new Set<NodeJS.Timeout>();
  private sampling = false;
  private closed = false;

  constructor(private readonly options: DockerRuntimeOptions) {
    this.docker = options.docker ?? new Docker();
    const error = options.onError ?? ((message: string) => process.stderr.write(`docker runtime: ${message}\n`));
    this.parts = {
      docker: this.docker,
      owner: options.owner,
      events: new DockerEvents(this.docker, options.owner, error),
      ports: new HostPorts(),
      images: new Set(),
      report: (task, events) => this.sink?.report(task.region, task.taskArn, events),
      follow: (run, container) => this.follow(run, container),
      error,
    };
    const every = options.usageIntervalMs ?? 30_000;
    if (every > 0) {
      const timer = setInterval(() => void this.sampleUsage(), every);
      timer.unref();
      this.timers.add(timer);
    }
  }

  plan(taskDefinition: Wire<TaskDefinition>): TaskPlan {
    return immediatePlan(taskDefinition);
  }

  start(task: RuntimeTask, _at: number, effects: RuntimeEffects): RuntimeEvent[] {
    effects.afterCommit(() => this.launchTask(task));
    return [];
  }

  stop(task: RuntimeTask, _at: number, effects: RuntimeEffects): RuntimeEvent[] {
    effects.afterCommit(() => this.stopTask(task));
    return [];
  }

  attach(sink: RuntimeSink): void {
    this.sink = sink;
  }

  private launchTask(task: RuntimeTask): Promise<void> | undefined {
    if (this.closed || this.runs.has(task.taskArn)) return undefined;
    const run = new TaskRun(task);
    this.runs.set(task.taskArn, run);
    run.launching = (async () => {
      await this.parts.events.ready();
      await launch(this.parts, run);
    })().catch((err) => {
      if (!run.stopping) this.parts.report(task, [{ type: 'start-failed', at: Date.now(), reason: cannotStart(err) }]);
    });
    return run.launching;
  }

  private async stopTask(task: RuntimeTask): Promise<void> {
    let run = this.runs.get(task.taskArn);
    if (run?.stopping) return;
    if (!run) {
      // Not started by this process (e.g. started before a restart): find its containers by their labels.
      run = new TaskRun(task);
      this.runs.set(task.taskArn, run);
      for (const info of await this.owned({ [LABEL.taskArn]: task.taskArn })) {
        const container = run.containers.get(info.Labels[LABEL.containerName] ?? '');
        if (container) container.id = info.Id;
      }
    }
    const ids = await halt(this.parts, run);
    this.runs.delete(task.taskArn);
    this.removeLater(ids, task.taskArn, this.options.cleanupAfterMs ?? 3 * 3600_000);
  }

  private follow(run: TaskRun, container: RunContainer, sinceSeconds = 0): void {
    if (!container.id) return;
    followLogs(
      this.docker,
      container.id,
      container.def.pseudoTerminal ?? false,
      (lines) => this.sink?.log(run.task.region, run.task.taskArn, container.name, lines),
      sinceSeconds,
    )
      .then((stop) => {
        container.stopLogs = stop;
      })
      .catch((err) => this.parts.error(`following the output of ${container.name}: ${(err as Error).message}`));
  }

  /** A Docker list filter: this owner's, with `labels` too. */
  private filter(labels: Record<string, string>): string {
    const label = [`${LABEL.owner}=${this.options.owner}`, ...Object.entries(labels).map(([k, v]) => `${k}=${v}`)];
    return JSON.stringify({ label });
  }

  private async owned(labels: Record<string, string> = {}): Promise<Docker.ContainerInfo[]> {
    return this.docker.listContainers({ all: true, filters: this.filter(labels) } as Docker.ContainerListOptions);
  }

  /** Force-removes containers (with their anonymous volumes), then the volumes of this owner with `labels`. */
  private async remove(ids: string[], labels: Record<string, string> = {}): Promise<void> {
    const quietly = (work: Promise<unknown>) => work.catch(() => {});
    await Promise.all(ids.map((id) => quietly(this.docker.getContainer(id).remove({ force: true, v: true }))));
    const { Volumes } = await this.docker.listVolumes({ filters: this.filter(labels) } as object);
    await Promise.all((Volumes ?? []).map((v) => quietly(this.docker.getVolume(v.Name).remove())));
  }

  /** Removes a stopped task's containers and task-scoped volumes after `delayMs`. */
  private removeLater(ids: string[], taskArn: string, delayMs: number): void {
    const remove = () => this.remove(ids, { [LABEL.taskArn]: taskArn });
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      remove().catch((err) => this.parts.error(`removing the containers of ${taskArn}: ${(err as Error).message}`));
    }, delayMs);
    timer.unref();
    this.timers.add(timer);
  }

  /**
   * Re-adoption after a restart. For each task the engine believes live: PENDING tasks start again from scratch;
   * STOPPING ones are stopped again; started ones get their containers watched again, with an `exit` for each
   * container that exited meanwhile (its real code) or is gone, and its current health. Containers of this owner
   * whose task is not live are stopped and removed after the cleanup wait.
   */
  async inspect(tasks: RuntimeTask[]): Promise<Map<string, RuntimeEvent[]>> {
    await this.parts.events.ready();
    const byTask = new Map<string, Docker.ContainerInfo[]>();
    for (const info of await this.owned()) {
      const arn = info.Labels[LABEL.taskArn] ?? '';
      byTask.set(arn, [...(byTask.get(arn) ?? []), info]);
    }
    const result = new Map<string, RuntimeEvent[]>();
    for (const task of tasks) result.set(task.taskArn, await this.adopt(task, byTask.get(task.taskArn) ?? []));
    const live = new Set(tasks.map((t) => t.taskArn));
    for (const [arn, containers] of byTask) {
      if (live.has(arn)) continue;
      const ids = containers.map((c) => c.Id);
      await Promise.all(
        containers
          .filter((c) => c.State === 'running')
          .map((c) =>
            this.docker
              .getContainer(c.Id)
              .stop()
              .catch(() => {}),
          ),
      );
      const newest = Math.max(...containers.map((c) => c.Created * 1000));
      this.removeLater(ids, arn, Math.max(0, newest + (this.options.cleanupAfterMs ?? 3 * 3600_000) - Date.now()));
    }
    return result;
  }

  private async adopt(task: RuntimeTask, found: Docker.ContainerInfo[]): Promise<RuntimeEvent[]> {
    if (task.lastStatus === 'PENDING') {
      // The start was cut short: begin again.
      await this.remove(
        found.map((c) => c.Id),
        { [LABEL.taskArn]: task.taskArn },
      );
      void this.launchTask(task);
      return [];
    }
    if (task.lastStatus === 'STOPPING') {
      void this.stopTask(task);
      return [];
    }
    if (!LIVE_AFTER_START.has(task.lastStatus ?? '')) return [];
    const run = new TaskRun(task);
    run.startedAt = 0;
    this.runs.set(task.taskArn, run);
    const now = Date.now();
    const events: RuntimeEvent[] = [];
    for (const container of run.containers.values()) {
      const info = found.find((c) => c.Labels[LABEL.containerName] === container.name);
      if (!info) {
        container.state.exitCode = -1;
        events.push({
          type: 'exit',
          at: now,
          container: container.name,
          reason: `CannotInspectContainerError: No such container: the ${container.name} container of this task is gone`,
        });
        continue;
      }
      container.id = info.Id;
      const state = (await this.docker.getContainer(info.Id).inspect()).State;
      container.state.started = true;
      container.state.health = state.Health?.Status as RunContainer['state']['health'];
      if (state.Running) {
        this.parts.events.on(info.Id, (event) => onContainerEvent(this.parts, run, container, event));
        this.follow(run, container, Math.floor(now / 1000));
        if (container.state.health === 'healthy' || container.state.health === 'unhealthy')
          events.push({ type: 'health', at: now, container: container.name, health: toEcsHealth(container.state.health) });
      } else {
        container.state.exitCode = state.ExitCode;
        const finished = Date.parse(state.FinishedAt);
        events.push({
          type: 'exit',
          at: Number.isFinite(finished) ? Math.min(finished, now) : now,
          container: container.name,
          exitCode: state.ExitCode,
          reason: state.OOMKilled ? 'OutOfMemoryError: Container killed due to memory usage' : undefined,
        });
      }
    }
    return events;
  }

  /** One sample of every running container's CPU and memory, a few containers at a time. */
  private async sampleUsage(): Promise<void> {
    if (this.sampling || !this.sink) return;
    this.sampling = true;
    try {
      const work = [...this.runs.values()]
        .filter((run) => run.startedAt !== undefined && !run.stopping)
        .flatMap((run) =>
          [...run.containers.values()].filter((c) => c.id && c.state.exitCode === undefined).map((c) => ({ run, c })),
        );
      const samples = new Map<TaskRun, { at: number; container: string; cpuPercent: number; memoryPercent: number }[]>();
      for (let i = 0; i < work.length; i += USAGE_CONCURRENCY) {
        await Promise.all(
          work.slice(i, i + USAGE_CONCURRENCY).map(async ({ run, c }) => {
            const stats = await sampleStats(this.docker, c.id ?? '').catch(() => undefined);
            if (!stats) return;
            const td = run.task.taskDefinition;
            const cpu = taskUnits(run.task.overrides?.cpu ?? td.cpu, 'cpu') ?? (c.def.cpu || undefined);
            const memory = taskUnits(run.task.overrides?.memory ?? td.memory, 'memory') ?? c.def.memory;
            samples.set(run, [
              ...(samples.get(run) ?? []),
              { at: Date.now(), container: c.name, ...usagePercents(stats, cpu, memory) },
            ]);
          }),
        );
      }
      for (const [run, list] of samples) this.sink.usage(run.task.region, run.task.taskArn, list);
    } finally {
      this.sampling = false;
    }
  }

  /** Stops watching; with removeOnClose, removes every container and volume of this owner. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const run of this.runs.values()) for (const c of run.containers.values()) c.stopLogs?.();
    this.parts.events.close();
    if (!this.options.removeOnClose) return;
    await Promise.all([...this.runs.values()].map((run) => run.launching?.catch(() => {})));
    const containers = await this.owned().catch(() => []);
    await this.remove(containers.map((c) => c.Id)).catch((err) =>
      this.parts.error(`removing containers: ${(err as Error).message}`),
    );
  }
}
