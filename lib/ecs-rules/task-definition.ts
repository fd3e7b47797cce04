// ECS's rules for a RegisterTaskDefinition input, as pure code: the engine rejects with the first problem
// (ECS reports one at a time), the console's task definition form shows them all next to their fields.
// Messages use ECS's own wording where it is known (see the reference, section 2.2); the rest say what to change.
import type { RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';
import { fargatePairError, isValidFargatePair, parseCpu, parseMemory } from './fargate';
import { CONTAINERS_PER_TASK_DEFINITION_MAX } from './limits';
import { RESOURCE_NAME_HINT, RESOURCE_NAME_PATTERN, tagsError } from './names';
import { containerProblems, type TaskFacts } from './task-definition-containers';
import { type NormalizedTaskDefinition, normalizeWith } from './task-definition-normalize';

export {
  CONTAINER_CONDITIONS,
  CONTAINER_MEMORY_MIN,
  FARGATE_LOG_DRIVERS,
  FARGATE_STOP_TIMEOUT,
  HEALTH_CHECK_LIMITS,
} from './task-definition-containers';
export type { NormalizedTaskDefinition } from './task-definition-normalize';

/** The input the console form builds and the engine receives: the SDK's RegisterTaskDefinition input. */
export type TaskDefinitionInput = RegisterTaskDefinitionCommandInput;

/**
 * One thing wrong with a task definition. `path` is a dotted form path such as `family`, `cpu`,
 * `containerDefinitions.0.image` or `containerDefinitions.1.portMappings.0.containerPort`; an empty path
 * means the definition as a whole.
 */
export interface TaskDefinitionProblem {
  path: string;
  message: string;
}

/** RegisterTaskDefinition's limit on the size of the definition's JSON. */
export const TASK_DEFINITION_MAX_BYTES = 64 * 1024;
/** EC2 task-level CPU bounds, in CPU units. */
export const EC2_TASK_CPU_MIN = 128;
export const EC2_TASK_CPU_MAX = 196608;
/** Fargate ephemeral storage bounds in GiB (20 GiB when omitted). */
export const FARGATE_EPHEMERAL_MIN_GIB = 21;
export const FARGATE_EPHEMERAL_MAX_GIB = 200;

/** True when the definition asks for Fargate (alone or with other launch types). */
export function requiresFargate(input: Pick<TaskDefinitionInput, 'requiresCompatibilities'>): boolean {
  return input.requiresCompatibilities?.includes('FARGATE') ?? false;
}

/** Task-level cpu / memory as numbers (CPU units / MiB); undefined when absent or not a size. */
export function taskSizes(input: Pick<TaskDefinitionInput, 'cpu' | 'memory'>): { cpu?: number; memory?: number } {
  return {
    cpu: input.cpu === undefined || input.cpu === '' ? undefined : parseCpu(input.cpu),
    memory: input.memory === undefined || input.memory === '' ? undefined : parseMemory(input.memory),
  };
}

function facts(input: TaskDefinitionInput, fargate: boolean): TaskFacts {
  const sizes = taskSizes(input);
  return {
    networkMode: input.networkMode ?? 'bridge',
    fargate,
    taskCpu: sizes.cpu,
    taskMemory: sizes.memory,
    volumeNames: new Set((input.volumes ?? []).map((v) => v.name ?? '')),
  };
}

/** Every problem with a task definition, in the order ECS checks them (the first one is what ECS reports). */
export function validateTaskDefinition(input: TaskDefinitionInput): TaskDefinitionProblem[] {
  const fargate = requiresFargate(input);
  const f = facts(input, fargate);
  const problems: TaskDefinitionProblem[] = [
    ...familyProblems(input.family),
    ...sizeProblems(input, f),
    ...(fargate ? fargateTaskProblems(input, f) : []),
    ...launchTypeProblems(input, f),
    ...containerProblems(input.containerDefinitions ?? [], f),
    ...volumeProblems(input, f),
  ];
  const tags = tagsError(input.tags ?? []);
  if (tags) problems.push({ path: 'tags', message: tags });
  const bytes = new TextEncoder().encode(JSON.stringify(input)).length;
  if (bytes > TASK_DEFINITION_MAX_BYTES)
    problems.push({
      path: '',
      message: `The task definition is ${bytes} bytes of JSON; the maximum is ${TASK_DEFINITION_MAX_BYTES} bytes (64 KiB). Shorten it, for example by moving environment variables to an environment file.`,
    });
  return problems;
}

/** The first problem (what ECS would answer with), or undefined when the definition is valid. */
export function firstTaskDefinitionProblem(input: TaskDefinitionInput): TaskDefinitionProblem | undefined {
  return validateTaskDefinition(input)[0];
}

/**
 * Whether the definition could run on Fargate as it stands: it meets every Fargate rule, whether or not it
 * asks for Fargate. ECS lists FARGATE in `compatibilities` exactly then.
 */
export function isFargateCompatible(input: TaskDefinitionInput): boolean {
  const asFargate: TaskDefinitionInput = { ...input, requiresCompatibilities: ['FARGATE'] };
  return validateTaskDefinition(asFargate).length === 0;
}

/**
 * The task definition ECS echoes for this input (without ARN, revision, status and timestamps): containers
 * with cpu 0, essential true, empty environment / mountPoints / volumesFrom / systemControls, port mappings
 * with protocol tcp (and hostPort = containerPort in awsvpc / host mode); volumes and placementConstraints
 * default to []; cpu / memory as unit strings ("1 vCPU" → "1024", "2 GB" → "2048"); `compatibilities`
 * (EXTERNAL unless awsvpc, EC2 always, FARGATE when Fargate-valid) and `requiresAttributes`.
 * Call it on a valid input; it does not validate.
 */
export function normalizeTaskDefinition(input: TaskDefinitionInput): NormalizedTaskDefinition {
  return normalizeWith(input, isFargateCompatible(input));
}

function familyProblems(family: string | undefined): TaskDefinitionProblem[] {
  if (!family) return [{ path: 'family', message: 'Family should not be null or empty.' }];
  if (!RESOURCE_NAME_PATTERN.test(family))
    return [{ path: 'family', message: `Family contains invalid characters. ${RESOURCE_NAME_HINT}` }];
  return [];
}

function sizeProblems(input: TaskDefinitionInput, f: TaskFacts): TaskDefinitionProblem[] {
  const out: TaskDefinitionProblem[] = [];
  const containers = input.containerDefinitions ?? [];
  if (containers.length === 0) out.push({ path: 'containerDefinitions', message: 'Container list cannot be empty.' });
  if (containers.length > CONTAINERS_PER_TASK_DEFINITION_MAX)
    out.push({
      path: 'containerDefinitions',
      message: `Too many containers: a task definition can have at most ${CONTAINERS_PER_TASK_DEFINITION_MAX}; it has ${containers.length}.`,
    });
  if (input.cpu !== undefined && input.cpu !== '' && f.taskCpu === undefined)
    out.push({
      path: 'cpu',
      message: `Invalid 'cpu' setting for task. Use CPU units (for example 1024) or vCPUs (for example 1 vCPU); got '${input.cpu}'.`,
    });
  if (input.memory !== undefined && input.memory !== '' && f.taskMemory === undefined)
    out.push({
      path: 'memory',
      message: `Invalid 'memory' setting for task. Use MiB (for example 2048) or GB (for example 2 GB); got '${input.memory}'.`,
    });
  return out;
}

/** Task-level Fargate rules (container-level ones live with the container rules). */
function fargateTaskProblems(input: TaskDefinitionInput, f: TaskFacts): TaskDefinitionProblem[] {
  const out: TaskDefinitionProblem[] = [];
  if (f.networkMode !== 'awsvpc')
    out.push({ path: 'networkMode', message: 'Fargate only supports network mode \u2018awsvpc\u2019.' });
  if (!input.cpu) out.push({ path: 'cpu', message: "Fargate requires that 'cpu' be defined at the task level." });
  if (!input.memory) out.push({ path: 'memory', message: "Fargate requires that 'memory' be defined at the task level." });
  if (f.taskCpu !== undefined && f.taskMemory !== undefined) {
    if (!isValidFargatePair(f.taskCpu, f.taskMemory))
      out.push({ path: 'memory', message: fargatePairError(f.taskCpu, f.taskMemory) });
    else if (input.runtimePlatform?.operatingSystemFamily?.startsWith('WINDOWS') && f.taskCpu < 1024)
      out.push({ path: 'cpu', message: 'Windows containers on Fargate need at least 1 vCPU (cpu 1024).' });
  }
  if (input.ipcMode) out.push({ path: 'ipcMode', message: 'Tasks using the Fargate launch type do not support ipcMode.' });
  if (input.pidMode && input.pidMode !== 'task')
    out.push({
      path: 'pidMode',
      message: `Tasks using the Fargate launch type do not support pidMode '${input.pidMode}'. The supported value for pidMode is 'task'.`,
    });
  if ((input.placementConstraints ?? []).length > 0)
    out.push({
      path: 'placementConstraints',
      message: 'Tasks using the Fargate launch type do not support placement constraints. Remove them or drop FARGATE.',
    });
  const size = input.ephemeralStorage?.sizeInGiB;
  if (size !== undefined && (size < FARGATE_EPHEMERAL_MIN_GIB || size > FARGATE_EPHEMERAL_MAX_GIB))
    out.push({
      path: 'ephemeralStorage.sizeInGiB',
      message: `Ephemeral storage must be between ${FARGATE_EPHEMERAL_MIN_GIB} and ${FARGATE_EPHEMERAL_MAX_GIB} GiB; got ${size}. Leave it empty for the default 20 GiB.`,
    });
  return out;
}

function launchTypeProblems(input: TaskDefinitionInput, f: TaskFacts): TaskDefinitionProblem[] {
  const out: TaskDefinitionProblem[] = [];
  if (input.requiresCompatibilities?.includes('EXTERNAL') && f.networkMode === 'awsvpc')
    out.push({
      path: 'networkMode',
      message: 'External instances (EXTERNAL) do not support network mode \u2018awsvpc\u2019. Use bridge, host or none.',
    });
  if (!f.fargate && f.taskCpu !== undefined && (f.taskCpu < EC2_TASK_CPU_MIN || f.taskCpu > EC2_TASK_CPU_MAX))
    out.push({
      path: 'cpu',
      message: `Invalid 'cpu' setting for task. Task CPU must be between ${EC2_TASK_CPU_MIN} and ${EC2_TASK_CPU_MAX} CPU units; got ${f.taskCpu}.`,
    });
  if (f.taskMemory !== undefined && f.taskMemory < 6)
    out.push({ path: 'memory', message: `Invalid 'memory' setting for task. The minimum is 6 MiB; got ${f.taskMemory}.` });
  return out;
}

function volumeProblems(input: TaskDefinitionInput, f: TaskFacts): TaskDefinitionProblem[] {
  const out: TaskDefinitionProblem[] = [];
  const seen = new Set<string>();
  (input.volumes ?? []).forEach((volume, i) => {
    const path = `volumes.${i}`;
    const name = volume.name ?? '';
    if (!RESOURCE_NAME_PATTERN.test(name))
      out.push({ path: `${path}.name`, message: `Volume names are required. ${RESOURCE_NAME_HINT}` });
    else if (seen.has(name)) out.push({ path: `${path}.name`, message: `Volume name '${name}' is used more than once.` });
    seen.add(name);
    if (f.fargate && volume.host?.sourcePath)
      out.push({
        path: `${path}.host.sourcePath`,
        message: `Fargate does not support host paths for volumes (volume '${name}'). Leave sourcePath empty for a task-scoped volume.`,
      });
    if (f.fargate && volume.dockerVolumeConfiguration)
      out.push({
        path: `${path}.dockerVolumeConfiguration`,
        message: `Fargate does not support Docker volumes (volume '${name}'). Use a bind mount, EFS or EBS volume.`,
      });
  });
  return out;
}
