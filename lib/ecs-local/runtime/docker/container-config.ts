// What a container definition (with the task's overrides) becomes in Docker: the create options the ECS agent
// would pass (aws-behaviour-wave2.md §7), the agent's labels, and the ports published on 127.0.0.1.
//
// Differs from ECS on purpose:
// - Every port is published on 127.0.0.1 only, in every network mode; `host` mode does not use the host's
//   network namespace (a container there could bind every interface), it publishes containerPort on loopback.
// - Task-level cpu and memory become limits on each container (NanoCpus, Memory): there is no task cgroup here.
// - awsvpc has no pause container: the task's first container owns the network namespace and the others join it
//   (`container:<id>`), so they share localhost as in ECS; see dependencies.ts for which container that is.
import type { ContainerDefinition, KeyValuePair, TaskDefinition, TaskOverride, Volume } from '@aws-sdk/client-ecs';
import type { ContainerCreateOptions, HostConfig } from 'dockerode';
import type { Wire } from '../../protocol/serialize';

export const LABEL = {
  taskArn: 'com.amazonaws.ecs.task-arn',
  containerName: 'com.amazonaws.ecs.container-name',
  cluster: 'com.amazonaws.ecs.cluster',
  family: 'com.amazonaws.ecs.task-definition-family',
  version: 'com.amazonaws.ecs.task-definition-version',
  /** Which engine (or agent) runs the container: re-adoption and cleanup touch only their own. */
  owner: 'ecs-local.owner',
  region: 'ecs-local.region',
} as const;

/** ECS's default stop timeout (SIGTERM, then SIGKILL), in seconds. */
export const DEFAULT_STOP_TIMEOUT_SECONDS = 30;
/** Docker refuses a memory limit under 6 MiB. */
const MIN_MEMORY_MIB = 6;
const NS_PER_SECOND = 1_000_000_000;
const MIB = 1024 * 1024;

export type ContainerDef = Wire<ContainerDefinition>;

export interface PortRequest {
  containerPort: number;
  protocol: 'tcp' | 'udp';
  /** The host port the network mode asks for, when it asks for one (bridge with hostPort, host); 0 = ephemeral. */
  wanted: number;
}

/** A container definition with the task's container override applied (command, environment, cpu, memory). */
export function withOverrides(def: ContainerDef, overrides: Wire<TaskOverride> | undefined): ContainerDef {
  const o = overrides?.containerOverrides?.find((c) => c.name === def.name);
  if (!o) return def;
  const environment = new Map((def.environment ?? []).map((e) => [e.name ?? '', e]));
  for (const e of o.environment ?? []) environment.set(e.name ?? '', e);
  return {
    ...def,
    command: o.command ?? def.command,
    environment: [...environment.values()],
    cpu: o.cpu ?? def.cpu,
    memory: o.memory ?? def.memory,
    memoryReservation: o.memoryReservation ?? def.memoryReservation,
  };
}

export function networkModeOf(td: Wire<TaskDefinition>): string {
  return td.networkMode ?? 'bridge';
}

/** The ports a container publishes, and which host port its network mode asks for. */
export function portRequests(def: ContainerDef, networkMode: string): PortRequest[] {
  if (networkMode === 'none') return [];
  return (def.portMappings ?? [])
    .filter((m) => m.containerPort !== undefined)
    .map((m) => {
      const containerPort = m.containerPort ?? 0;
      const wanted = networkMode === 'host' ? containerPort : networkMode === 'bridge' ? (m.hostPort ?? 0) : 0;
      return { containerPort, protocol: m.protocol === 'udp' ? 'udp' : 'tcp', wanted };
    });
}

/** `ecs-<family>-<revision>-<container name, [A-Za-z0-9-] only>-<20 hex>`, as the ECS agent names containers. */
export function dockerName(td: Wire<TaskDefinition>, containerName: string, taskId: string, index: number): string {
  const suffix = (taskId + index.toString(16).padStart(4, '0')).slice(-20);
  return `ecs-${td.family ?? 'task'}-${td.revision ?? 0}-${containerName.replace(/[^A-Za-z0-9-]/g, '')}-${suffix}`;
}

/** Docker's health check from the task definition's (durations in ns; ECS's defaults 30 s / 5 s / 3). */
function healthcheck(def: ContainerDef): ContainerCreateOptions['Healthcheck'] {
  const check = def.healthCheck;
  if (!check?.command?.length) return undefined;
  const [kind, ...rest] = check.command;
  const test =
    kind === 'CMD' || kind === 'CMD-SHELL' || kind === 'NONE' ? check.command : ['CMD-SHELL', [kind, ...rest].join(' ')];
  return {
    Test: test,
    Interval: (check.interval ?? 30) * NS_PER_SECOND,
    Timeout: (check.timeout ?? 5) * NS_PER_SECOND,
    Retries: check.retries ?? 3,
    StartPeriod: (check.startPeriod ?? 0) * NS_PER_SECOND,
  };
}

function env(pairs: KeyValuePair[] | undefined): string[] {
  return (pairs ?? []).filter((p) => p.name).map((p) => `${p.name}=${p.value ?? ''}`);
}

/** Task-level cpu units ("1024", "1 vCPU") as a number, or undefined. */
export function taskUnits(value: string | undefined, unit: 'cpu' | 'memory'): number | undefined {
  if (!value) return undefined;
  const n = Number.parseFloat(value);
  if (!Number.isFinite(n) || n <= 0) return undefined;
  if (unit === 'cpu' && /vcpu/i.test(value)) return n * 1024;
  if (unit === 'memory' && /gb/i.test(value)) return n * 1024;
  return n;
}

/** The docker volume name of a task volume: task-scoped volumes are the task's own, shared ones keep their name. */
export function volumeName(volume: Wire<Volume>, taskId: string): string {
  return volume.dockerVolumeConfiguration?.scope === 'shared' ? (volume.name ?? '') : `ecs-local-${taskId}-${volume.name}`;
}

export interface ConfigInput {
  taskDefinition: Wire<TaskDefinition>;
  overrides?: Wire<TaskOverride>;
  def: ContainerDef;
  taskArn: string;
  taskId: string;
  clusterName: string;
  region: string;
  owner: string;
  /** awsvpc: the container whose network namespace this one joins (undefined for the owner itself). */
  joinNetworkOf?: string;
  /** Ports this container publishes (the awsvpc owner publishes every container's), with the host port to use (0 = any). */
  publish: { containerPort: number; protocol: 'tcp' | 'udp'; hostPort: number }[];
  /** Docker ids of containers already created, by container name (volumesFrom). */
  ids: ReadonlyMap<string, string>;
}

/** The `docker create` options for one container of a task. */
export function createOptions(input: ConfigInput): ContainerCreateOptions {
  const { taskDefinition: td, def } = input;
  const taskCpu = taskUnits(input.overrides?.cpu ?? td.cpu, 'cpu');
  const taskMemory = taskUnits(input.overrides?.memory ?? td.memory, 'memory');
  const memory = def.memory ?? taskMemory;
  const linux = def.linuxParameters;
  const volumes = new Map((td.volumes ?? []).map((v) => [v.name ?? '', v]));
  const binds = (def.mountPoints ?? []).flatMap((m) => {
    const volume = volumes.get(m.sourceVolume ?? '');
    if (!volume || !m.containerPath) return [];
    const source = volume.host?.sourcePath ?? volumeName(volume, input.taskId);
    return [`${source}:${m.containerPath}${m.readOnly ? ':ro' : ''}`];
  });
  const host: HostConfig = {
    CpuShares: Math.min(262_144, Math.max(2, def.cpu ?? 0)),
    NanoCpus: taskCpu ? Math.round((taskCpu / 1024) * NS_PER_SECOND) : undefined,
    Memory: memory ? Math.max(MIN_MEMORY_MIB, memory) * MIB : undefined,
    MemoryReservation: def.memoryReservation ? Math.max(MIN_MEMORY_MIB, def.memoryReservation) * MIB : undefined,
    Ulimits: def.ulimits?.map((u) => ({ Name: u.name, Soft: u.softLimit, Hard: u.hardLimit })),
    ReadonlyRootfs: def.readonlyRootFilesystem ?? false,
    Init: linux?.initProcessEnabled ?? undefined,
    CapAdd: linux?.capabilities?.add,
    CapDrop: linux?.capabilities?.drop,
    ShmSize: linux?.sharedMemorySize ? linux.sharedMemorySize * MIB : undefined,
    Tmpfs: linux?.tmpfs
      ? Object.fromEntries(
          linux.tmpfs.map((t) => [t.containerPath ?? '', [`size=${t.size}m`, ...(t.mountOptions ?? [])].join(',')]),
        )
      : undefined,
    Privileged: def.privileged ?? false,
    Binds: binds.length > 0 ? binds : undefined,
    VolumesFrom: def.volumesFrom?.flatMap((v) => {
      const id = input.ids.get(v.sourceContainer ?? '');
      return id ? [`${id}${v.readOnly ? ':ro' : ''}`] : [];
    }),
    ExtraHosts: def.extraHosts?.map((h) => `${h.hostname}:${h.ipAddress}`),
    Dns: def.dnsServers,
    NetworkMode: input.joinNetworkOf ? `container:${input.joinNetworkOf}` : networkModeOf(td) === 'none' ? 'none' : 'bridge',
    PortBindings: Object.fromEntries(
      input.publish.map((p) => [
        `${p.containerPort}/${p.protocol}`,
        [{ HostIp: '127.0.0.1', HostPort: p.hostPort ? String(p.hostPort) : '' }],
      ]),
    ),
  };
  return {
    Image: def.image,
    Cmd: def.command,
    Entrypoint: def.entryPoint,
    Env: env(def.environment),
    WorkingDir: def.workingDirectory,
    User: def.user,
    Hostname: input.joinNetworkOf ? undefined : def.hostname,
    Tty: def.pseudoTerminal ?? false,
    OpenStdin: def.interactive ?? false,
    ExposedPorts: Object.fromEntries(input.publish.map((p) => [`${p.containerPort}/${p.protocol}`, {}])),
    Healthcheck: healthcheck(def),
    StopTimeout: def.stopTimeout ?? DEFAULT_STOP_TIMEOUT_SECONDS,
    // The agent's labels are set last, over the user's.
    Labels: {
      ...def.dockerLabels,
      [LABEL.taskArn]: input.taskArn,
      [LABEL.containerName]: def.name ?? '',
      [LABEL.cluster]: input.clusterName,
      [LABEL.family]: td.family ?? '',
      [LABEL.version]: String(td.revision ?? ''),
      [LABEL.owner]: input.owner,
      [LABEL.region]: input.region,
    },
    HostConfig: host,
  };
}
