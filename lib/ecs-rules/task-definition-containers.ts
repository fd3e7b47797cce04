// ECS's rules for the containers of a task definition (see task-definition.ts for the task-level rules).
import type { ContainerDefinition } from '@aws-sdk/client-ecs';
import { RESOURCE_NAME_HINT, RESOURCE_NAME_PATTERN } from './names';
import { portMappingProblems } from './task-definition-ports';

/** What the container rules need to know about the task around them. */
export interface TaskFacts {
  /** The effective network mode (`bridge` when omitted). */
  networkMode: string;
  /** The definition asks for Fargate. */
  fargate: boolean;
  /** Task-level cpu (units) / memory (MiB) when set and parseable. */
  taskCpu?: number;
  taskMemory?: number;
  volumeNames: ReadonlySet<string>;
}

interface Problem {
  path: string;
  message: string;
}

/** Health check bounds in seconds (retries: attempts). */
export const HEALTH_CHECK_LIMITS = {
  interval: { min: 5, max: 300 },
  timeout: { min: 2, max: 60 },
  retries: { min: 1, max: 10 },
  startPeriod: { min: 0, max: 300 },
} as const;
/** Smallest container memory Docker accepts, in MiB. */
export const CONTAINER_MEMORY_MIN = 6;
/** Fargate's stopTimeout bounds, in seconds. */
export const FARGATE_STOP_TIMEOUT = { min: 2, max: 120 } as const;
/** Log drivers a Fargate task may use. */
export const FARGATE_LOG_DRIVERS: readonly string[] = ['awslogs', 'splunk', 'awsfirelens'];
export const CONTAINER_CONDITIONS: readonly string[] = ['START', 'COMPLETE', 'SUCCESS', 'HEALTHY'];

export function containerProblems(containers: readonly ContainerDefinition[], f: TaskFacts): Problem[] {
  const out: Problem[] = [];
  const names = new Set<string>();
  containers.forEach((c, i) => {
    out.push(...identityProblems(c, i));
    if (c.name && names.has(c.name))
      out.push({ path: `containerDefinitions.${i}.name`, message: 'Container names must be unique within a Task Definition.' });
    if (c.name) names.add(c.name);
  });
  if (containers.length > 0 && !containers.some((c) => c.essential !== false))
    out.push({
      path: 'containerDefinitions',
      message: 'At least one essential container is required for the task definition.',
    });
  containers.forEach((c, i) => {
    out.push(...resourceProblems(c, i, f));
  });
  out.push(...totalProblems(containers, f));
  const portNames = new Map<string, string>();
  containers.forEach((c, i) => {
    out.push(...networkProblems(c, i, f));
    out.push(...portMappingProblems(c, i, f.networkMode, portNames));
    out.push(...healthCheckProblems(c, i));
    out.push(...dependsOnProblems(c, i, containers));
    out.push(...storageProblems(c, i, f, names));
    if (f.fargate) out.push(...fargateContainerProblems(c, i));
  });
  return out;
}

function identityProblems(c: ContainerDefinition, i: number): Problem[] {
  const out: Problem[] = [];
  const path = `containerDefinitions.${i}`;
  if (!c.name) out.push({ path: `${path}.name`, message: 'Container.name should not be null or empty.' });
  else if (!RESOURCE_NAME_PATTERN.test(c.name))
    out.push({ path: `${path}.name`, message: `Container.name contains invalid characters. ${RESOURCE_NAME_HINT}` });
  if (!c.image?.trim()) out.push({ path: `${path}.image`, message: 'Container.image should not be null or empty.' });
  return out;
}

function resourceProblems(c: ContainerDefinition, i: number, f: TaskFacts): Problem[] {
  const out: Problem[] = [];
  const path = `containerDefinitions.${i}`;
  const name = c.name ?? '';
  if (c.cpu !== undefined && c.cpu < 0)
    out.push({ path: `${path}.cpu`, message: `Invalid 'cpu' setting for container '${name}'. It must be 0 or more CPU units.` });
  if (c.memory !== undefined && c.memory < CONTAINER_MEMORY_MIN)
    out.push({
      path: `${path}.memory`,
      message: `Invalid 'memory' setting for container '${name}'. The minimum is ${CONTAINER_MEMORY_MIN} MiB; got ${c.memory}.`,
    });
  if (c.memoryReservation !== undefined && c.memoryReservation < CONTAINER_MEMORY_MIN)
    out.push({
      path: `${path}.memoryReservation`,
      message: `Invalid 'memoryReservation' setting for container '${name}'. The minimum is ${CONTAINER_MEMORY_MIN} MiB; got ${c.memoryReservation}.`,
    });
  if (f.taskMemory === undefined && !f.fargate && c.memory === undefined && c.memoryReservation === undefined)
    out.push({
      path: `${path}.memory`,
      message: `Invalid setting for container '${name}'. At least one of 'memory' or 'memoryReservation' must be specified.`,
    });
  if (c.memory !== undefined && c.memoryReservation !== undefined && c.memoryReservation > c.memory)
    out.push({
      path: `${path}.memoryReservation`,
      message: `Invalid setting for container '${name}'. 'memoryReservation' (${c.memoryReservation} MiB) must not be greater than 'memory' (${c.memory} MiB).`,
    });
  if (f.taskMemory !== undefined && c.memory !== undefined && c.memory > f.taskMemory)
    out.push({
      path: `${path}.memory`,
      message: `The 'memory' setting for container '${name}' is greater than for the task.`,
    });
  if (f.taskMemory !== undefined && c.memoryReservation !== undefined && c.memoryReservation > f.taskMemory)
    out.push({
      path: `${path}.memoryReservation`,
      message: `The 'memoryReservation' setting for container '${name}' is greater than for the task.`,
    });
  if (f.taskCpu !== undefined && c.cpu !== undefined && c.cpu > f.taskCpu)
    out.push({ path: `${path}.cpu`, message: `The 'cpu' setting for container '${name}' is greater than for the task.` });
  return out;
}

/** The containers together must fit in the task's cpu and memory. */
function totalProblems(containers: readonly ContainerDefinition[], f: TaskFacts): Problem[] {
  const out: Problem[] = [];
  const cpu = containers.reduce((sum, c) => sum + (c.cpu ?? 0), 0);
  const memory = containers.reduce((sum, c) => sum + (c.memoryReservation ?? c.memory ?? 0), 0);
  if (f.taskCpu !== undefined && cpu > f.taskCpu && containers.every((c) => (c.cpu ?? 0) <= (f.taskCpu ?? 0)))
    out.push({
      path: 'cpu',
      message: `The containers' 'cpu' settings add up to ${cpu} CPU units, more than the task's ${f.taskCpu}. Lower them or raise the task CPU.`,
    });
  // A container already over the task on its own is told so by itself (containerProblems), not again in the sum.
  const fits = (value: number | undefined) => (value ?? 0) <= (f.taskMemory ?? 0);
  if (f.taskMemory !== undefined && memory > f.taskMemory && containers.every((c) => fits(c.memory) && fits(c.memoryReservation)))
    out.push({
      path: 'memory',
      message: `The containers' memory reservations add up to ${memory} MiB, more than the task's ${f.taskMemory} MiB. Lower them or raise the task memory.`,
    });
  return out;
}

function networkProblems(c: ContainerDefinition, i: number, f: TaskFacts): Problem[] {
  const out: Problem[] = [];
  const path = `containerDefinitions.${i}`;
  if (c.hostname && f.networkMode === 'awsvpc')
    out.push({ path: `${path}.hostname`, message: 'hostname is not supported on container when networkMode=awsvpc.' });
  if ((c.links ?? []).length > 0 && f.networkMode !== 'bridge')
    out.push({
      path: `${path}.links`,
      message: `links are only supported when networkMode=bridge (container '${c.name ?? ''}' uses ${f.networkMode}).`,
    });
  return out;
}

function healthCheckProblems(c: ContainerDefinition, i: number): Problem[] {
  const check = c.healthCheck;
  if (!check) return [];
  const out: Problem[] = [];
  const path = `containerDefinitions.${i}.healthCheck`;
  if (!check.command || check.command.filter((part) => part.trim() !== '').length === 0)
    out.push({
      path: `${path}.command`,
      message: `Health check command for container '${c.name ?? ''}' should not be empty, for example ["CMD-SHELL", "curl -f http://localhost/ || exit 1"].`,
    });
  for (const key of ['interval', 'timeout', 'retries', 'startPeriod'] as const) {
    const value = check[key];
    const { min, max } = HEALTH_CHECK_LIMITS[key];
    if (value === undefined) continue;
    const label = key === 'startPeriod' ? 'start period' : key;
    if (value < min)
      out.push({
        path: `${path}.${key}`,
        message: `Health check ${label} must be greater than or equal to the minimum allowed value ${min} for container '${c.name ?? ''}'`,
      });
    if (value > max)
      out.push({
        path: `${path}.${key}`,
        message: `Health check ${label} must be less than or equal to the maximum allowed value ${max} for container '${c.name ?? ''}'`,
      });
  }
  return out;
}

function dependsOnProblems(c: ContainerDefinition, i: number, containers: readonly ContainerDefinition[]): Problem[] {
  const out: Problem[] = [];
  (c.dependsOn ?? []).forEach((dep, j) => {
    const path = `containerDefinitions.${i}.dependsOn.${j}`;
    // A dependency without a container name names no container (not a nameless one, which would be itself).
    const target = dep.containerName ? containers.find((other) => other.name === dep.containerName) : undefined;
    if (!target)
      out.push({
        path: `${path}.containerName`,
        message: `Cannot depend on container '${dep.containerName ?? ''}' because it does not exist.`,
      });
    else if (target === c)
      out.push({ path: `${path}.containerName`, message: `Container '${c.name ?? ''}' cannot depend on itself.` });
    if (!dep.condition || !CONTAINER_CONDITIONS.includes(dep.condition)) {
      out.push({
        path: `${path}.condition`,
        message: `Invalid dependency condition '${dep.condition ?? ''}'. Use START, COMPLETE, SUCCESS or HEALTHY.`,
      });
      return;
    }
    if (!target || target === c) return;
    if ((dep.condition === 'SUCCESS' || dep.condition === 'COMPLETE') && target.essential !== false)
      out.push({
        path: `${path}.condition`,
        message: 'A dependency container with SUCCESS or COMPLETE condition cannot be an essential container',
      });
    if (dep.condition === 'HEALTHY' && !target.healthCheck)
      out.push({
        path: `${path}.condition`,
        message: `Container '${target.name}' has no health check, so '${c.name ?? ''}' cannot wait for it to be HEALTHY.`,
      });
  });
  return out;
}

function storageProblems(c: ContainerDefinition, i: number, f: TaskFacts, containerNames: ReadonlySet<string>): Problem[] {
  const out: Problem[] = [];
  const name = c.name ?? '';
  (c.mountPoints ?? []).forEach((mount, j) => {
    if (!mount.sourceVolume || !f.volumeNames.has(mount.sourceVolume))
      out.push({
        path: `containerDefinitions.${i}.mountPoints.${j}.sourceVolume`,
        message: `Container '${name}' mounts volume '${mount.sourceVolume ?? ''}', which is not defined in the task definition's volumes.`,
      });
  });
  (c.volumesFrom ?? []).forEach((from, j) => {
    if (!from.sourceContainer || !containerNames.has(from.sourceContainer) || from.sourceContainer === name)
      out.push({
        path: `containerDefinitions.${i}.volumesFrom.${j}.sourceContainer`,
        message: `Container '${name}' takes volumes from '${from.sourceContainer ?? ''}', which is not another container of this task definition.`,
      });
  });
  return out;
}

function fargateContainerProblems(c: ContainerDefinition, i: number): Problem[] {
  const out: Problem[] = [];
  const path = `containerDefinitions.${i}`;
  const name = c.name ?? '';
  if (c.privileged)
    out.push({
      path: `${path}.privileged`,
      message: `Tasks using the Fargate launch type do not support privileged containers ('${name}').`,
    });
  const driver = c.logConfiguration?.logDriver;
  if (driver && !FARGATE_LOG_DRIVERS.includes(driver))
    out.push({
      path: `${path}.logConfiguration.logDriver`,
      message: `Log driver '${driver}' is not supported on Fargate (container '${name}'). Use awslogs, splunk or awsfirelens.`,
    });
  if (c.stopTimeout !== undefined && (c.stopTimeout < FARGATE_STOP_TIMEOUT.min || c.stopTimeout > FARGATE_STOP_TIMEOUT.max))
    out.push({
      path: `${path}.stopTimeout`,
      message: `On Fargate the stop timeout must be between ${FARGATE_STOP_TIMEOUT.min} and ${FARGATE_STOP_TIMEOUT.max} seconds (container '${name}').`,
    });
  return out;
}
