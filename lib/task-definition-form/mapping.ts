// The task definition form ↔ RegisterTaskDefinition input. Both directions are total: whatever the form holds
// shows in the JSON (half-typed numbers included), and whatever valid input is pasted fills the form, with
// members the form has no inputs for kept in `extra` so nothing is lost either way.
import type { Volume } from '@aws-sdk/client-ecs';
import type { TaskDefinitionInput } from '../ecs-rules/task-definition';
import { containerToForm, containerToInput } from './container-mapping';
import { emptyVolume, type TaskDefinitionForm, type VolumeForm, type VolumeKind } from './form-model';
import { compact, extraKeys, intToText, optionalList, optionalText, textToInt, textToTriBool, triBoolToText } from './text-lists';

export type { TaskDefinitionInput } from '../ecs-rules/task-definition';

const MODELLED_TASK = [
  'family',
  'requiresCompatibilities',
  'runtimePlatform',
  'networkMode',
  'cpu',
  'memory',
  'taskRoleArn',
  'executionRoleArn',
  'containerDefinitions',
  'ephemeralStorage',
  'volumes',
  'tags',
] as const;
const MODELLED_VOLUME = ['name', 'host', 'efsVolumeConfiguration', 'dockerVolumeConfiguration', 'configuredAtLaunch'];
const MODELLED_EFS = ['fileSystemId', 'rootDirectory', 'transitEncryption', 'transitEncryptionPort', 'authorizationConfig'];
const MODELLED_DOCKER = ['scope', 'autoprovision', 'driver'];

type EfsConfig = NonNullable<Volume['efsVolumeConfiguration']>;
type DockerConfig = NonNullable<Volume['dockerVolumeConfiguration']>;

function efsToInput(efs: VolumeForm['efs']): EfsConfig {
  const authorization = compact({
    accessPointId: optionalText(efs.accessPointId),
    iam: optionalText(efs.iam) as 'ENABLED' | 'DISABLED' | undefined,
  });
  return compact({
    fileSystemId: efs.fileSystemId,
    rootDirectory: optionalText(efs.rootDirectory),
    transitEncryption: optionalText(efs.transitEncryption) as 'ENABLED' | 'DISABLED' | undefined,
    transitEncryptionPort: textToInt(efs.transitEncryptionPort),
    authorizationConfig: Object.keys(authorization).length === 0 ? undefined : authorization,
    ...efs.extra,
  });
}

function dockerToInput(docker: VolumeForm['docker']): DockerConfig {
  return compact({
    scope: optionalText(docker.scope) as 'task' | 'shared' | undefined,
    autoprovision: textToTriBool(docker.autoprovision),
    driver: optionalText(docker.driver),
    ...docker.extra,
  });
}

export function volumeToInput(v: VolumeForm): Volume {
  return compact({
    name: v.name,
    host: v.kind === 'host' ? compact({ sourcePath: optionalText(v.sourcePath) }) : undefined,
    efsVolumeConfiguration: v.kind === 'efs' ? efsToInput(v.efs) : undefined,
    dockerVolumeConfiguration: v.kind === 'docker' ? dockerToInput(v.docker) : undefined,
    configuredAtLaunch: textToTriBool(v.configuredAtLaunch),
    ...v.extra,
  });
}

function volumeKind(v: Volume): VolumeKind {
  if (v.host) return 'host';
  if (v.efsVolumeConfiguration) return 'efs';
  if (v.dockerVolumeConfiguration) return 'docker';
  return '';
}

export function volumeToForm(v: Volume): VolumeForm {
  const empty = emptyVolume();
  const efs = v.efsVolumeConfiguration;
  const docker = v.dockerVolumeConfiguration;
  return {
    name: v.name ?? '',
    kind: volumeKind(v),
    configuredAtLaunch: triBoolToText(v.configuredAtLaunch),
    sourcePath: v.host?.sourcePath ?? '',
    efs: efs
      ? {
          fileSystemId: efs.fileSystemId ?? '',
          rootDirectory: efs.rootDirectory ?? '',
          transitEncryption: efs.transitEncryption ?? '',
          transitEncryptionPort: intToText(efs.transitEncryptionPort),
          accessPointId: efs.authorizationConfig?.accessPointId ?? '',
          iam: efs.authorizationConfig?.iam ?? '',
          extra: extraKeys(efs, MODELLED_EFS),
        }
      : empty.efs,
    docker: docker
      ? {
          scope: docker.scope ?? '',
          autoprovision: triBoolToText(docker.autoprovision),
          driver: docker.driver ?? '',
          extra: extraKeys(docker, MODELLED_DOCKER),
        }
      : empty.docker,
    extra: extraKeys(v, MODELLED_VOLUME),
  };
}

export function formToInput(form: TaskDefinitionForm): TaskDefinitionInput {
  const platform = compact({
    operatingSystemFamily: optionalText(form.operatingSystemFamily),
    cpuArchitecture: optionalText(form.cpuArchitecture),
  }) as TaskDefinitionInput['runtimePlatform'];
  const storage = textToInt(form.ephemeralStorage);
  return compact({
    family: form.family,
    requiresCompatibilities: optionalList(form.requiresCompatibilities, (c) => c as 'FARGATE'),
    runtimePlatform: Object.keys(platform ?? {}).length === 0 ? undefined : platform,
    networkMode: optionalText(form.networkMode) as TaskDefinitionInput['networkMode'],
    cpu: optionalText(form.cpu),
    memory: optionalText(form.memory),
    taskRoleArn: optionalText(form.taskRoleArn),
    executionRoleArn: optionalText(form.executionRoleArn),
    containerDefinitions: form.containers.map(containerToInput),
    ephemeralStorage: storage === undefined ? undefined : { sizeInGiB: storage },
    volumes: optionalList(form.volumes, volumeToInput),
    tags: optionalList(form.tags, (t) => ({ key: t.key, value: t.value })),
    ...form.extra,
  });
}

export function inputToForm(input: TaskDefinitionInput): TaskDefinitionForm {
  return {
    family: input.family ?? '',
    requiresCompatibilities: [...(input.requiresCompatibilities ?? [])],
    operatingSystemFamily: input.runtimePlatform?.operatingSystemFamily ?? '',
    cpuArchitecture: input.runtimePlatform?.cpuArchitecture ?? '',
    networkMode: input.networkMode ?? '',
    cpu: intToText(input.cpu),
    memory: intToText(input.memory),
    taskRoleArn: input.taskRoleArn ?? '',
    executionRoleArn: input.executionRoleArn ?? '',
    containers: (input.containerDefinitions ?? []).map(containerToForm),
    ephemeralStorage: intToText(input.ephemeralStorage?.sizeInGiB),
    volumes: (input.volumes ?? []).map(volumeToForm),
    tags: (input.tags ?? []).map((t) => ({ key: t.key ?? '', value: t.value ?? '' })),
    extra: extraKeys(input, MODELLED_TASK),
  };
}
