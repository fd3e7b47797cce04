// One task's containers in Docker, from launch to the `started` report: pull what is absent, create the task's
// volumes, then create and start each container in dependsOn order, waiting for each dependency's condition.
// Everything here runs after the transaction that asked for it; what happens comes back as RuntimeEvents.
import type Docker from 'dockerode';
import type { RuntimeEvent, RuntimeTask, StartedContainer } from '../container-runtime';
import {
  type ContainerDef,
  createOptions,
  dockerName,
  LABEL,
  networkModeOf,
  portRequests,
  volumeName,
  withOverrides,
} from './container-config';
import { type Condition, type DependencyState, dependencyVerdict, networkOwner, startOrder } from './dependencies';
import type { ContainerEvent, DockerEvents } from './docker-events';
import type { HostPorts } from './host-ports';
import { ensureImage } from './images';

/** ECS's default wait for a container's dependencies (ECS_CONTAINER_START_TIMEOUT on Linux), in seconds. */
const DEFAULT_START_TIMEOUT_SECONDS = 180;
export const OOM_REASON = 'OutOfMemoryError: Container killed due to memory usage';

/** What a task run needs of the runtime that owns it. */
export interface RunParts {
  docker: Docker;
  owner: string;
  events: DockerEvents;
  ports: HostPorts;
  /** Images known to be present (ensureImage). */
  images: Set<string>;
  report(task: RuntimeTask, events: RuntimeEvent[]): void;
  /** Starts following a started container's output, from its first line. */
  follow(run: TaskRun, container: RunContainer): void;
  error(message: string): void;
}

export interface RunContainer {
  name: string;
  def: ContainerDef;
  essential: boolean;
  id?: string;
  state: DependencyState;
  reason?: string;
  stopLogs?: () => void;
}

export class TaskRun {
  readonly defs: ContainerDef[];
  readonly containers: Map<string, RunContainer>;
  readonly taskId: string;
  readonly clusterName: string;
  readonly networkMode: string;
  /** awsvpc: the container that owns the network namespace. */
  readonly networkOwner?: string;
  /** stop() was asked for: exits are collected for the `stopped` report, not reported one by one. */
  stopping = false;
  /** When `started` was reported (epoch ms); exits and health changes are reported from then on. */
  startedAt?: number;
  launching?: Promise<void>;
  private waiters: (() => void)[] = [];

  constructor(readonly task: RuntimeTask) {
    this.defs = (task.taskDefinition.containerDefinitions ?? []).map((d) => withOverrides(d, task.overrides));
    this.containers = new Map(
      this.defs.map((def) => [
        def.name ?? '',
        { name: def.name ?? '', def, essential: def.essential ?? true, state: { started: false } },
      ]),
    );
    this.taskId = task.taskArn.slice(task.taskArn.lastIndexOf('/') + 1);
    this.clusterName = task.clusterArn.slice(task.clusterArn.lastIndexOf('/') + 1);
    this.networkMode = networkModeOf(task.taskDefinition);
    this.networkOwner = this.networkMode === 'awsvpc' ? networkOwner(this.defs) : undefined;
  }

  /** Wakes whoever waits for a container's state to change. */
  notify(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const wake of waiting) wake();
  }

  private changed(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      setTimeout(resolve, timeoutMs).unref();
    });
  }

  get ids(): Map<string, string> {
    return new Map([...this.containers.values()].flatMap((c) => (c.id ? [[c.name, c.id] as [string, string]] : [])));
  }

  essentialExited(): boolean {
    return [...this.containers.values()].some((c) => c.essential && c.state.exitCode !== undefined);
  }

  /** Waits until every dependency of `def` meets its condition: 'yes', or why it never will. */
  async dependenciesMet(def: ContainerDef): Promise<'yes' | string> {
    const deadline = Date.now() + (def.startTimeout ?? DEFAULT_START_TIMEOUT_SECONDS) * 1000;
    for (;;) {
      if (this.stopping) return 'the task is stopping';
      let waiting = false;
      for (const dep of def.dependsOn ?? []) {
        const name = dep.containerName ?? '';
        const state = this.containers.get(name)?.state ?? { started: false };
        const verdict = dependencyVerdict((dep.condition ?? 'START') as Condition, name, state);
        if (verdict === 'wait') waiting = true;
        else if (verdict !== 'yes') return verdict;
      }
      if (!waiting) return 'yes';
      if (this.essentialExited()) return 'an essential container exited while it waited for its dependencies';
      const left = deadline - Date.now();
      if (left <= 0)
        return `its dependencies were not met within its start timeout (${def.startTimeout ?? DEFAULT_START_TIMEOUT_SECONDS} s)`;
      await this.changed(Math.min(left, 1000));
    }
  }
}

function dockerMessage(err: unknown): string {
  const e = err as { json?: { message?: string }; message?: string };
  return (e.json?.message ?? e.message ?? String(err)).replace(/^\(HTTP code \d+\) [a-z ]+ - /, '').trim();
}

/** What Docker said, as ECS words a container that could not start. */
export function cannotStart(err: unknown): string {
  return `CannotStartContainerError: Error response from daemon: ${dockerMessage(err)}`;
}

function isPortConflict(err: unknown): boolean {
  return /port is already allocated|address already in use/i.test(dockerMessage(err));
}

/** Reacts to Docker's events for one of the run's containers. */
export function onContainerEvent(parts: RunParts, run: TaskRun, container: RunContainer, event: ContainerEvent): void {
  const { state } = container;
  if (event.type === 'oom') {
    container.reason = OOM_REASON;
    return;
  }
  const reporting = run.startedAt !== undefined && !run.stopping;
  const at = Math.max(event.at, run.startedAt ?? 0);
  if (event.type === 'die') {
    if (state.exitCode !== undefined) return;
    state.exitCode = event.exitCode ?? 137;
    run.notify();
    if (reporting)
      parts.report(run.task, [
        { type: 'exit', at, container: container.name, exitCode: state.exitCode, reason: container.reason },
      ]);
    return;
  }
  if (state.health === event.health) return;
  state.health = event.health;
  run.notify();
  if (reporting && event.health !== 'starting')
    parts.report(run.task, [{ type: 'health', at, container: container.name, health: toEcsHealth(event.health) }]);
}

export function toEcsHealth(health: DependencyState['health']): 'HEALTHY' | 'UNHEALTHY' | 'UNKNOWN' {
  return health === 'healthy' ? 'HEALTHY' : health === 'unhealthy' ? 'UNHEALTHY' : 'UNKNOWN';
}

/** Task-scoped Docker volumes (and shared ones that may be provisioned) with their driver and labels. */
async function createVolumes(parts: RunParts, run: TaskRun): Promise<void> {
  for (const volume of run.task.taskDefinition.volumes ?? []) {
    if (volume.host?.sourcePath) continue;
    const config = volume.dockerVolumeConfiguration;
    const name = volumeName(volume, run.taskId);
    if (config?.scope === 'shared') {
      const exists = await parts.docker
        .getVolume(name)
        .inspect()
        .then(() => true)
        .catch(() => false);
      if (exists || !config.autoprovision) continue;
    }
    await parts.docker.createVolume({
      Name: name,
      Driver: config?.driver ?? 'local',
      DriverOpts: config?.driverOpts,
      Labels: { ...config?.labels, [LABEL.taskArn]: run.task.taskArn, [LABEL.owner]: parts.owner },
    });
  }
}

async function createAndStart(parts: RunParts, run: TaskRun, container: RunContainer, index: number): Promise<void> {
  const joinNetworkOf =
    run.networkOwner && run.networkOwner !== container.name ? run.containers.get(run.networkOwner)?.id : undefined;
  const owns = run.networkOwner === undefined || run.networkOwner === container.name;
  const published = owns ? (run.networkOwner ? run.defs : [container.def]).flatMap((d) => portRequests(d, run.networkMode)) : [];
  const publish = await Promise.all(
    published.map(async (p) => ({ ...p, hostPort: await parts.ports.pick(run.task.taskArn, p.wanted, p.protocol) })),
  );
  const name = dockerName(run.task.taskDefinition, container.name, run.taskId, index);
  const create = () =>
    parts.docker.createContainer({
      name,
      ...createOptions({
        taskDefinition: run.task.taskDefinition,
        overrides: run.task.overrides,
        def: container.def,
        taskArn: run.task.taskArn,
        taskId: run.taskId,
        clusterName: run.clusterName,
        region: run.task.region,
        owner: parts.owner,
        joinNetworkOf,
        publish,
        ids: run.ids,
      }),
    });
  let created = await create();
  container.id = created.id;
  parts.events.on(created.id, (event) => onContainerEvent(parts, run, container, event));
  try {
    await created.start();
  } catch (err) {
    // The wanted host port was taken between the check and the start: fall back to an ephemeral one.
    if (!isPortConflict(err) || publish.every((p) => p.hostPort === 0)) throw err;
    parts.events.off(created.id);
    await created.remove({ force: true });
    for (const p of publish) p.hostPort = 0;
    created = await create();
    container.id = created.id;
    parts.events.on(created.id, (event) => onContainerEvent(parts, run, container, event));
    await created.start();
  }
  container.state.started = true;
  run.notify();
}

type Binding = NonNullable<StartedContainer['networkBindings']>[number];

/** Each container's published ports as DescribeTasks shows them (an awsvpc container's live on the namespace owner). */
export async function networkBindings(parts: RunParts, run: TaskRun): Promise<Map<string, Binding[]>> {
  const out = new Map<string, Binding[]>();
  const inspected = new Map<string, Record<string, { HostIp: string; HostPort: string }[] | null>>();
  for (const container of run.containers.values()) {
    const source = run.containers.get(run.networkOwner ?? container.name);
    const requests = portRequests(container.def, run.networkMode);
    if (!source?.id || requests.length === 0) continue;
    if (!inspected.has(source.id)) {
      const info = await parts.docker.getContainer(source.id).inspect();
      inspected.set(
        source.id,
        (info.NetworkSettings?.Ports ?? {}) as Record<string, { HostIp: string; HostPort: string }[] | null>,
      );
    }
    const ports = inspected.get(source.id) ?? {};
    out.set(
      container.name,
      requests.flatMap((r) => {
        const bound =
          ports[`${r.containerPort}/${r.protocol}`]?.find((b) => b.HostIp === '127.0.0.1') ??
          ports[`${r.containerPort}/${r.protocol}`]?.[0];
        return bound
          ? [{ bindIP: '127.0.0.1', containerPort: r.containerPort, hostPort: Number(bound.HostPort), protocol: r.protocol }]
          : [];
      }),
    );
  }
  return out;
}

/** Pulls, creates and starts the task's containers, then reports `started` (or `start-failed`). */
export async function launch(parts: RunParts, run: TaskRun): Promise<void> {
  const failed = (name: string, reason: string) => {
    const container = run.containers.get(name);
    if (container) container.reason = reason;
    if (!run.stopping) parts.report(run.task, [{ type: 'start-failed', at: Date.now(), reason }]);
  };
  const images = [...new Set(run.defs.map((d) => d.image ?? ''))];
  const pulls = await Promise.all(images.map((image) => ensureImage(parts.docker, image, parts.images)));
  const pullFailure = pulls.find((p) => p !== undefined);
  if (pullFailure) return failed(run.defs[0]?.name ?? '', pullFailure);
  if (run.stopping) return;
  try {
    await createVolumes(parts, run);
  } catch (err) {
    return failed(run.defs[0]?.name ?? '', `ResourceInitializationError: failed to create a volume: ${dockerMessage(err)}`);
  }
  const order = startOrder(run.defs);
  if (run.networkOwner) order.sort((a, b) => Number(b === run.networkOwner) - Number(a === run.networkOwner));
  for (const [index, name] of order.entries()) {
    const container = run.containers.get(name);
    if (!container || run.stopping || run.essentialExited()) break;
    const verdict = await run.dependenciesMet(container.def);
    if (run.stopping) return;
    if (run.essentialExited()) break;
    if (verdict !== 'yes') return failed(name, `CannotStartContainerError: container ${name} cannot start: ${verdict}`);
    try {
      await createAndStart(parts, run, container, index);
    } catch (err) {
      return failed(name, cannotStart(err));
    }
  }
  if (run.stopping) return;
  const at = Date.now();
  const bindings = await networkBindings(parts, run);
  const containers = [...run.containers.values()];
  const events: RuntimeEvent[] = [
    {
      type: 'started',
      at,
      containers: containers.flatMap((c) =>
        c.id ? [{ name: c.name, runtimeId: c.id, networkBindings: bindings.get(c.name) }] : [],
      ),
    },
  ];
  for (const c of containers) {
    if (c.state.exitCode !== undefined)
      events.push({ type: 'exit', at, container: c.name, exitCode: c.state.exitCode, reason: c.reason });
    else if (c.state.health === 'healthy' || c.state.health === 'unhealthy')
      events.push({ type: 'health', at, container: c.name, health: toEcsHealth(c.state.health) });
  }
  run.startedAt = at;
  parts.report(run.task, events);
  // Output is followed from each container's first line once the task runs: nothing is lost, and the start
  // does not wait for Docker to open every log.
  for (const c of containers) if (c.id) parts.follow(run, c);
}
