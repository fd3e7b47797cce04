// The task definition editor's form model: plain data with a string for every text input, so a form can hold
// half-typed values ("8a") that the JSON and the validation then show honestly. See mapping.ts for the
// two-way mapping to RegisterTaskDefinition's input.

/** An optional API boolean: '' = not set (ECS applies its default), 'true' / 'false' = set explicitly. */
export type TriBool = '' | 'true' | 'false';

/** Settings the form has no inputs for, kept verbatim so a round trip through the form loses nothing. */
export type Extra = Record<string, unknown>;

export interface KeyValueRow {
  key: string;
  value: string;
}

export interface PortMappingRow {
  containerPort: string;
  hostPort: string;
  /** '' | 'tcp' | 'udp' */
  protocol: string;
  name: string;
  /** '' | 'http' | 'http2' | 'grpc' */
  appProtocol: string;
  containerPortRange: string;
}

/** One environment variable: a plain value (`environment`) or a secret reference (`secrets`). */
export interface EnvironmentRow {
  name: string;
  valueType: 'value' | 'valueFrom';
  value: string;
}

export interface EnvironmentFileRow {
  value: string;
  type: string;
}

export interface LogConfigurationForm {
  /** "Use log collection": off means no `logConfiguration` at all. */
  enabled: boolean;
  logDriver: string;
  options: KeyValueRow[];
  secretOptions: { name: string; valueFrom: string }[];
}

export interface HealthCheckForm {
  /** Comma separated like the AWS console ("CMD-SHELL, curl -f http://localhost/ || exit 1"); see text-lists.ts. */
  command: string;
  interval: string;
  timeout: string;
  retries: string;
  startPeriod: string;
}

export interface DependsOnRow {
  containerName: string;
  condition: string;
}

export interface UlimitRow {
  name: string;
  softLimit: string;
  hardLimit: string;
}

export interface MountPointRow {
  sourceVolume: string;
  containerPath: string;
  readOnly: TriBool;
}

export interface ContainerForm {
  name: string;
  image: string;
  essential: TriBool;
  /** Secrets Manager ARN for private registry authentication (`repositoryCredentials.credentialsParameter`). */
  repositoryCredentials: string;
  portMappings: PortMappingRow[];
  readonlyRootFilesystem: TriBool;
  /** CPU units (1024 = 1 vCPU). */
  cpu: string;
  /** Number of GPUs (`resourceRequirements` of type GPU). */
  gpu: string;
  /** Memory hard limit, MiB. */
  memory: string;
  /** Memory soft limit, MiB. */
  memoryReservation: string;
  environment: EnvironmentRow[];
  environmentFiles: EnvironmentFileRow[];
  logConfiguration: LogConfigurationForm;
  healthCheck: HealthCheckForm;
  dependsOn: DependsOnRow[];
  startTimeout: string;
  stopTimeout: string;
  /** Comma separated lists, see text-lists.ts. */
  entryPoint: string;
  command: string;
  workingDirectory: string;
  user: string;
  ulimits: UlimitRow[];
  dockerLabels: KeyValueRow[];
  mountPoints: MountPointRow[];
  extra: Extra;
}

/** '' = name only, 'host' = bind mount (`host`), 'efs', 'docker'. EBS is `configuredAtLaunch: true`. */
export type VolumeKind = '' | 'host' | 'efs' | 'docker';

export interface VolumeForm {
  name: string;
  kind: VolumeKind;
  configuredAtLaunch: TriBool;
  sourcePath: string;
  efs: {
    fileSystemId: string;
    rootDirectory: string;
    /** '' | 'ENABLED' | 'DISABLED' */
    transitEncryption: string;
    transitEncryptionPort: string;
    accessPointId: string;
    /** '' | 'ENABLED' | 'DISABLED' */
    iam: string;
    extra: Extra;
  };
  docker: {
    /** '' | 'task' | 'shared' */
    scope: string;
    autoprovision: TriBool;
    driver: string;
    extra: Extra;
  };
  extra: Extra;
}

export interface TaskDefinitionForm {
  family: string;
  /** Launch type compatibility, in the order chosen: FARGATE, EC2, EXTERNAL (MANAGED_INSTANCES via JSON). */
  requiresCompatibilities: string[];
  operatingSystemFamily: string;
  cpuArchitecture: string;
  /** '' = ECS's default (bridge on Linux). */
  networkMode: string;
  /** Task size as ECS stores it: CPU units and MiB as strings ("1024" / "3072"); "1 vCPU" / "3 GB" also accepted. */
  cpu: string;
  memory: string;
  taskRoleArn: string;
  executionRoleArn: string;
  containers: ContainerForm[];
  /** Ephemeral storage in GiB; '' = 20 GiB default. */
  ephemeralStorage: string;
  volumes: VolumeForm[];
  tags: KeyValueRow[];
  extra: Extra;
}

/** The awslogs options the AWS console fills in when log collection is on. */
export function defaultLogConfiguration(family: string, region: string): LogConfigurationForm {
  return {
    enabled: true,
    logDriver: 'awslogs',
    options: [
      { key: 'awslogs-group', value: `/ecs/${family}` },
      { key: 'awslogs-region', value: region },
      { key: 'awslogs-stream-prefix', value: 'ecs' },
      { key: 'awslogs-create-group', value: 'true' },
    ],
    secretOptions: [],
  };
}

export function emptyHealthCheck(): HealthCheckForm {
  return { command: '', interval: '', timeout: '', retries: '', startPeriod: '' };
}

export function emptyLogConfiguration(): LogConfigurationForm {
  return { enabled: false, logDriver: '', options: [], secretOptions: [] };
}

export function emptyContainer(): ContainerForm {
  return {
    name: '',
    image: '',
    essential: '',
    repositoryCredentials: '',
    portMappings: [],
    readonlyRootFilesystem: '',
    cpu: '',
    gpu: '',
    memory: '',
    memoryReservation: '',
    environment: [],
    environmentFiles: [],
    logConfiguration: emptyLogConfiguration(),
    healthCheck: emptyHealthCheck(),
    dependsOn: [],
    startTimeout: '',
    stopTimeout: '',
    entryPoint: '',
    command: '',
    workingDirectory: '',
    user: '',
    ulimits: [],
    dockerLabels: [],
    mountPoints: [],
    extra: {},
  };
}

/** A container as "Add container" creates it: essential, with awslogs log collection like the AWS console. */
export function newContainer(family: string, region: string): ContainerForm {
  return { ...emptyContainer(), essential: 'true', logConfiguration: defaultLogConfiguration(family, region) };
}

export function newPortMapping(): PortMappingRow {
  return { containerPort: '', hostPort: '', protocol: 'tcp', name: '', appProtocol: '', containerPortRange: '' };
}

export function emptyVolume(): VolumeForm {
  return {
    name: '',
    kind: '',
    configuredAtLaunch: '',
    sourcePath: '',
    efs: {
      fileSystemId: '',
      rootDirectory: '',
      transitEncryption: '',
      transitEncryptionPort: '',
      accessPointId: '',
      iam: '',
      extra: {},
    },
    docker: { scope: '', autoprovision: '', driver: '', extra: {} },
    extra: {},
  };
}

export function emptyForm(): TaskDefinitionForm {
  return {
    family: '',
    requiresCompatibilities: [],
    operatingSystemFamily: '',
    cpuArchitecture: '',
    networkMode: '',
    cpu: '',
    memory: '',
    taskRoleArn: '',
    executionRoleArn: '',
    containers: [],
    ephemeralStorage: '',
    volumes: [],
    tags: [],
    extra: {},
  };
}

/** The form "Create new task definition" opens with: the AWS console's defaults (Fargate, Linux/X86_64, 1 vCPU, 3 GB). */
export function newTaskDefinitionForm(region: string): TaskDefinitionForm {
  return {
    ...emptyForm(),
    requiresCompatibilities: ['FARGATE'],
    operatingSystemFamily: 'LINUX',
    cpuArchitecture: 'X86_64',
    networkMode: 'awsvpc',
    cpu: '1024',
    memory: '3072',
    containers: [newContainer('', region)],
  };
}

export { CPU_ARCHITECTURES, LAUNCH_TYPES, LOG_DRIVERS, NETWORK_MODES, OPERATING_SYSTEMS, ULIMIT_NAMES } from './form-options';
