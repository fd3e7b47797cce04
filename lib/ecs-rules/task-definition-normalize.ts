// The task definition ECS echoes back for a RegisterTaskDefinition input: the input with ECS's defaults
// filled in, sizes normalized, and the derived `compatibilities` and `requiresAttributes`.
import type {
  Attribute,
  Compatibility,
  ContainerDefinition,
  PortMapping,
  RegisterTaskDefinitionCommandInput,
  TaskDefinition,
} from '@aws-sdk/client-ecs';
import { parseCpu, parseMemory } from './fargate';
import { hostPortMustMatch } from './task-definition-ports';

/** The echo without what only the registry knows (ARN, revision, status, timestamps, registeredBy). */
export type NormalizedTaskDefinition = Omit<
  TaskDefinition,
  'taskDefinitionArn' | 'revision' | 'status' | 'registeredAt' | 'registeredBy' | 'deregisteredAt' | 'deleteRequestedAt'
> & { family: string; containerDefinitions: ContainerDefinition[] };

/** Drops undefined members so the echo only carries what is set. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function normalizePortMapping(pm: PortMapping, networkMode: string): PortMapping {
  const matchHost = hostPortMustMatch(networkMode) && pm.containerPort !== undefined && !pm.hostPort;
  return compact({
    ...pm,
    containerPort: pm.containerPort,
    hostPort: matchHost ? pm.containerPort : pm.hostPort,
    protocol: pm.protocol ?? 'tcp',
  });
}

/** A container as ECS echoes it: cpu 0, essential true and empty lists where nothing was given. */
export function normalizeContainer(c: ContainerDefinition, networkMode: string): ContainerDefinition {
  const { name, image, cpu, memory, memoryReservation, links, portMappings, essential, ...rest } = c;
  return compact({
    name,
    image,
    cpu: cpu ?? 0,
    memory,
    memoryReservation,
    links,
    portMappings: (portMappings ?? []).map((pm) => normalizePortMapping(pm, networkMode)),
    essential: essential ?? true,
    ...rest,
    environment: rest.environment ?? [],
    mountPoints: rest.mountPoints ?? [],
    volumesFrom: rest.volumesFrom ?? [],
    systemControls: rest.systemControls ?? [],
  });
}

/** The launch types ECS reports the definition valid for, in ECS's order. */
export function compatibilitiesOf(input: RegisterTaskDefinitionCommandInput, fargateValid: boolean): Compatibility[] {
  const out: Compatibility[] = [];
  // ECS Anywhere (EXTERNAL) instances have no ENI trunking, so awsvpc definitions cannot run there.
  if ((input.networkMode ?? 'bridge') !== 'awsvpc') out.push('EXTERNAL');
  out.push('EC2');
  if (fargateValid) out.push('FARGATE');
  if (input.requiresCompatibilities?.includes('MANAGED_INSTANCES')) out.push('MANAGED_INSTANCES');
  return out;
}

/** The agent capabilities a container instance needs to run the definition, as ECS lists them. */
export function requiresAttributesOf(input: RegisterTaskDefinitionCommandInput): Attribute[] {
  const names = new Set<string>(['com.amazonaws.ecs.capability.docker-remote-api.1.18']);
  const containers = input.containerDefinitions ?? [];
  const hasExecRole = Boolean(input.executionRoleArn);
  for (const c of containers) {
    if (c.memoryReservation !== undefined) names.add('com.amazonaws.ecs.capability.docker-remote-api.1.21');
    const driver = c.logConfiguration?.logDriver;
    if (driver) {
      names.add(`com.amazonaws.ecs.capability.logging-driver.${driver}`);
      if (driver === 'awslogs') {
        names.add('com.amazonaws.ecs.capability.docker-remote-api.1.19');
        if (hasExecRole) names.add('ecs.capability.execution-role-awslogs');
      }
    }
    if (c.healthCheck) {
      names.add('com.amazonaws.ecs.capability.docker-remote-api.1.24');
      names.add('ecs.capability.container-health-check');
    }
    if (hasExecRole && /\.dkr\.ecr\./.test(c.image ?? '')) {
      names.add('com.amazonaws.ecs.capability.ecr-auth');
      names.add('ecs.capability.execution-role-ecr-pull');
    }
    if (c.repositoryCredentials) names.add('com.amazonaws.ecs.capability.private-registry-authentication.secretsmanager');
    for (const secret of c.secrets ?? []) {
      names.add(
        secret.valueFrom?.includes(':secretsmanager:')
          ? 'ecs.capability.secrets.asm.environment-variables'
          : 'ecs.capability.secrets.ssm.environment-variables',
      );
    }
    if ((c.dependsOn ?? []).length > 0) names.add('ecs.capability.container-ordering');
    if ((c.environmentFiles ?? []).length > 0) names.add('ecs.capability.env-files.s3');
    if (c.firelensConfiguration) names.add(`ecs.capability.firelens.${c.firelensConfiguration.type ?? 'fluentbit'}`);
  }
  if (input.taskRoleArn) names.add('com.amazonaws.ecs.capability.task-iam-role');
  if (input.networkMode === 'awsvpc') names.add('ecs.capability.task-eni');
  if ((input.volumes ?? []).some((v) => v.efsVolumeConfiguration)) names.add('ecs.capability.efs');
  return [...names].map((name) => ({ name }));
}

/** A task-level size as ECS stores it: the number of CPU units / MiB as a string ("1 vCPU" → "1024"). */
function normalizeSize(value: string | undefined, parse: (v: string) => number | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const n = parse(value);
  return n === undefined ? value : String(n);
}

/** See normalizeTaskDefinition in task-definition.ts; `fargateValid` says whether the definition meets Fargate's rules. */
export function normalizeWith(input: RegisterTaskDefinitionCommandInput, fargateValid: boolean): NormalizedTaskDefinition {
  const networkMode = input.networkMode ?? 'bridge';
  return compact({
    containerDefinitions: (input.containerDefinitions ?? []).map((c) => normalizeContainer(c, networkMode)),
    family: input.family ?? '',
    taskRoleArn: input.taskRoleArn,
    executionRoleArn: input.executionRoleArn,
    networkMode: input.networkMode,
    volumes: input.volumes ?? [],
    requiresAttributes: requiresAttributesOf(input),
    placementConstraints: input.placementConstraints ?? [],
    compatibilities: compatibilitiesOf(input, fargateValid),
    runtimePlatform: input.runtimePlatform,
    requiresCompatibilities: input.requiresCompatibilities,
    cpu: normalizeSize(input.cpu, parseCpu),
    memory: normalizeSize(input.memory, parseMemory),
    inferenceAccelerators: input.inferenceAccelerators,
    pidMode: input.pidMode,
    ipcMode: input.ipcMode,
    proxyConfiguration: input.proxyConfiguration,
    ephemeralStorage: input.ephemeralStorage,
    enableFaultInjection: input.enableFaultInjection,
  });
}
