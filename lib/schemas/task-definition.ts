// The shape of a RegisterTaskDefinition input, checked in the browser (pasted JSON) and again in the server
// action (a public endpoint). Members the console edits are typed strictly; the rarer nested settings are
// accepted as objects and left to ECS, which checks them against its own model.
import { z } from 'zod';
import { LOG_DRIVERS, ULIMIT_NAMES } from '../ecs-rules/container-settings';

const int = z.int();
const str = z.string();
const bool = z.boolean();
const strings = z.array(str);
const stringMap = z.record(str, str);
const nested = z.record(str, z.unknown());
const keyValue = z.strictObject({ name: str.optional(), value: str.optional() });
const secret = z.strictObject({ name: str, valueFrom: str });

export const portMappingSchema = z.strictObject({
  containerPort: int.optional(),
  hostPort: int.optional(),
  protocol: z.enum(['tcp', 'udp']).optional(),
  name: str.optional(),
  appProtocol: z.enum(['http', 'http2', 'grpc']).optional(),
  containerPortRange: str.optional(),
});

export const containerDefinitionSchema = z.strictObject({
  name: str.optional(),
  image: str.optional(),
  repositoryCredentials: z.strictObject({ credentialsParameter: str }).optional(),
  cpu: int.optional(),
  memory: int.optional(),
  memoryReservation: int.optional(),
  links: strings.optional(),
  portMappings: z.array(portMappingSchema).optional(),
  essential: bool.optional(),
  restartPolicy: nested.optional(),
  entryPoint: strings.optional(),
  command: strings.optional(),
  environment: z.array(keyValue).optional(),
  environmentFiles: z.array(z.strictObject({ value: str, type: z.enum(['s3']) })).optional(),
  mountPoints: z
    .array(z.strictObject({ sourceVolume: str.optional(), containerPath: str.optional(), readOnly: bool.optional() }))
    .optional(),
  volumesFrom: z.array(z.strictObject({ sourceContainer: str.optional(), readOnly: bool.optional() })).optional(),
  linuxParameters: nested.optional(),
  secrets: z.array(secret).optional(),
  dependsOn: z
    .array(z.strictObject({ containerName: str, condition: z.enum(['START', 'COMPLETE', 'SUCCESS', 'HEALTHY']) }))
    .optional(),
  startTimeout: int.optional(),
  stopTimeout: int.optional(),
  versionConsistency: z.enum(['enabled', 'disabled']).optional(),
  hostname: str.optional(),
  user: str.optional(),
  workingDirectory: str.optional(),
  disableNetworking: bool.optional(),
  privileged: bool.optional(),
  readonlyRootFilesystem: bool.optional(),
  dnsServers: strings.optional(),
  dnsSearchDomains: strings.optional(),
  extraHosts: z.array(nested).optional(),
  dockerSecurityOptions: strings.optional(),
  interactive: bool.optional(),
  pseudoTerminal: bool.optional(),
  dockerLabels: stringMap.optional(),
  ulimits: z
    .array(
      z.strictObject({
        name: z.enum(ULIMIT_NAMES),
        softLimit: int,
        hardLimit: int,
      }),
    )
    .optional(),
  logConfiguration: z
    .strictObject({
      logDriver: z.enum(LOG_DRIVERS),
      options: stringMap.optional(),
      secretOptions: z.array(secret).optional(),
    })
    .optional(),
  healthCheck: z
    .strictObject({
      command: strings,
      interval: int.optional(),
      timeout: int.optional(),
      retries: int.optional(),
      startPeriod: int.optional(),
    })
    .optional(),
  systemControls: z.array(nested).optional(),
  resourceRequirements: z.array(z.strictObject({ value: str, type: z.enum(['GPU', 'InferenceAccelerator']) })).optional(),
  firelensConfiguration: nested.optional(),
  credentialSpecs: strings.optional(),
});

const volume = z.strictObject({
  name: str.optional(),
  host: z.strictObject({ sourcePath: str.optional() }).optional(),
  dockerVolumeConfiguration: z
    .strictObject({
      scope: z.enum(['task', 'shared']).optional(),
      autoprovision: bool.optional(),
      driver: str.optional(),
      driverOpts: stringMap.optional(),
      labels: stringMap.optional(),
    })
    .optional(),
  efsVolumeConfiguration: z
    .strictObject({
      fileSystemId: str,
      rootDirectory: str.optional(),
      transitEncryption: z.enum(['ENABLED', 'DISABLED']).optional(),
      transitEncryptionPort: int.optional(),
      authorizationConfig: z
        .strictObject({ accessPointId: str.optional(), iam: z.enum(['ENABLED', 'DISABLED']).optional() })
        .optional(),
    })
    .optional(),
  s3filesVolumeConfiguration: nested.optional(),
  fsxWindowsFileServerVolumeConfiguration: nested.optional(),
  configuredAtLaunch: bool.optional(),
});

export const taskDefinitionInputSchema = z.strictObject({
  family: str,
  taskRoleArn: str.optional(),
  executionRoleArn: str.optional(),
  networkMode: z.enum(['bridge', 'host', 'awsvpc', 'none']).optional(),
  containerDefinitions: z.array(containerDefinitionSchema),
  volumes: z.array(volume).optional(),
  placementConstraints: z.array(z.strictObject({ type: z.enum(['memberOf']).optional(), expression: str.optional() })).optional(),
  requiresCompatibilities: z.array(z.enum(['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'])).optional(),
  cpu: str.optional(),
  memory: str.optional(),
  tags: z.array(z.strictObject({ key: str.optional(), value: str.optional() })).optional(),
  pidMode: z.enum(['host', 'task']).optional(),
  ipcMode: z.enum(['host', 'task', 'none']).optional(),
  proxyConfiguration: nested.optional(),
  inferenceAccelerators: z.array(nested).optional(),
  ephemeralStorage: z.strictObject({ sizeInGiB: int }).optional(),
  runtimePlatform: z
    .strictObject({
      cpuArchitecture: z.enum(['X86_64', 'ARM64']).optional(),
      operatingSystemFamily: z
        .enum([
          'WINDOWS_SERVER_2019_FULL',
          'WINDOWS_SERVER_2019_CORE',
          'WINDOWS_SERVER_2016_FULL',
          'WINDOWS_SERVER_2004_CORE',
          'WINDOWS_SERVER_2022_CORE',
          'WINDOWS_SERVER_2022_FULL',
          'WINDOWS_SERVER_2025_CORE',
          'WINDOWS_SERVER_2025_FULL',
          'WINDOWS_SERVER_20H2_CORE',
          'LINUX',
        ])
        .optional(),
    })
    .optional(),
  enableFaultInjection: bool.optional(),
});

export interface SchemaProblem {
  /** Dotted path in the input, e.g. `containerDefinitions.0.portMappings.0.containerPort`. */
  path: string;
  message: string;
}

/** The input's shape problems, with paths the rules' problems also use. */
export function taskDefinitionShapeProblems(input: unknown): SchemaProblem[] {
  const result = taskDefinitionInputSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return { path, message: `${path || 'Task definition'}: ${issue.message}` };
  });
}

/** A `family:revision` reference, as the deregister / delete forms send it (a comma separated list for several). */
const FAMILY_REVISION = /^[a-zA-Z0-9_-]{1,255}:[1-9]\d*$/;

export const revisionListSchema = z.object({
  taskDefinitions: z
    .string()
    .max(3_000)
    .transform((value) => value.split(',').map((s) => s.trim()))
    .pipe(
      z
        .array(z.string().regex(FAMILY_REVISION, 'Use family:revision, for example web:3.'))
        .min(1)
        .max(10, 'Select at most 10 revisions at a time.'),
    ),
});

/** The typed confirmation of a destructive form: exactly `word`, case and all (checked on the server, not only in the dialog). */
export function typedConfirmation(word: string) {
  return z
    .string()
    .default('')
    .refine((typed) => typed === word, `Type ${word} to confirm.`);
}

export const deregisterRevisionsSchema = revisionListSchema.extend({ confirmation: typedConfirmation('deregister') });
export const deleteRevisionsSchema = revisionListSchema.extend({ confirmation: typedConfirmation('delete') });

/** The editor posts the RegisterTaskDefinition input as JSON text; the action parses and validates it again. */
/** Bounds on the posted JSON: ECS's own limit on a task definition is 64 KiB; nesting deeper than this is never valid. */
export const TASK_DEFINITION_DOCUMENT_MAX = 512 * 1024;
export const JSON_DEPTH_MAX = 32;

/** The deepest nesting of arrays and objects in JSON text, counted without parsing (so a hostile depth costs nothing). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return deepest;
}

export const registerFormSchema = z.object({
  document: z
    .string()
    .min(2, 'The task definition is empty.')
    .max(TASK_DEFINITION_DOCUMENT_MAX, `The task definition must be at most ${TASK_DEFINITION_DOCUMENT_MAX / 1024} KiB of JSON.`)
    .refine(
      (text) => jsonDepth(text) <= JSON_DEPTH_MAX,
      `The task definition JSON is nested more than ${JSON_DEPTH_MAX} levels deep.`,
    ),
});
