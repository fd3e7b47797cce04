// One container: form ↔ ContainerDefinition. Members the form has no inputs for travel in `extra`.
import type { ContainerDefinition, KeyValuePair, Secret } from '@aws-sdk/client-ecs';
import {
  type ContainerForm,
  emptyHealthCheck,
  emptyLogConfiguration,
  type HealthCheckForm,
  type LogConfigurationForm,
} from './form-model';
import {
  compact,
  extraKeys,
  healthCommandToText,
  intToText,
  listToText,
  mapToRows,
  optionalList,
  optionalText,
  rowsToMap,
  textToHealthCommand,
  textToInt,
  textToList,
  textToTriBool,
  triBoolToText,
} from './text-lists';

/** ContainerDefinition members the form edits; every other member is kept in `extra`. */
const MODELLED = [
  'name',
  'image',
  'essential',
  'repositoryCredentials',
  'portMappings',
  'readonlyRootFilesystem',
  'cpu',
  'memory',
  'memoryReservation',
  'environment',
  'secrets',
  'environmentFiles',
  'logConfiguration',
  'healthCheck',
  'dependsOn',
  'startTimeout',
  'stopTimeout',
  'entryPoint',
  'command',
  'workingDirectory',
  'user',
  'ulimits',
  'dockerLabels',
  'mountPoints',
] as const;

function healthCheckToInput(h: HealthCheckForm): ContainerDefinition['healthCheck'] {
  const filled = Object.values(h).some((v) => v !== '');
  if (!filled) return undefined;
  return compact({
    command: textToHealthCommand(h.command) ?? [],
    interval: textToInt(h.interval),
    timeout: textToInt(h.timeout),
    retries: textToInt(h.retries),
    startPeriod: textToInt(h.startPeriod),
  });
}

function logToInput(log: LogConfigurationForm): ContainerDefinition['logConfiguration'] {
  if (!log.enabled) return undefined;
  return compact({
    logDriver: log.logDriver as NonNullable<ContainerDefinition['logConfiguration']>['logDriver'],
    options: rowsToMap(log.options),
    secretOptions: optionalList(log.secretOptions, (s) => ({ name: s.name, valueFrom: s.valueFrom })),
  });
}

function resourceRequirements(form: ContainerForm): ContainerDefinition['resourceRequirements'] {
  const others = (form.extra.resourceRequirements ?? []) as NonNullable<ContainerDefinition['resourceRequirements']>;
  const gpu = form.gpu === '' ? [] : [{ type: 'GPU' as const, value: form.gpu }];
  const all = [...gpu, ...others];
  return all.length === 0 ? undefined : all;
}

export function containerToInput(form: ContainerForm): ContainerDefinition {
  const environment: KeyValuePair[] = form.environment
    .filter((e) => e.valueType === 'value')
    .map((e) => ({ name: e.name, value: e.value }));
  const secrets: Secret[] = form.environment
    .filter((e) => e.valueType === 'valueFrom')
    .map((e) => ({ name: e.name, valueFrom: e.value }));
  const { resourceRequirements: _requirements, ...extra } = form.extra;
  return compact({
    name: form.name,
    image: form.image,
    essential: textToTriBool(form.essential),
    repositoryCredentials: form.repositoryCredentials === '' ? undefined : { credentialsParameter: form.repositoryCredentials },
    portMappings: optionalList(form.portMappings, (pm) =>
      compact({
        containerPort: textToInt(pm.containerPort),
        hostPort: textToInt(pm.hostPort),
        protocol: optionalText(pm.protocol) as 'tcp' | 'udp' | undefined,
        name: optionalText(pm.name),
        appProtocol: optionalText(pm.appProtocol) as 'http' | 'http2' | 'grpc' | undefined,
        containerPortRange: optionalText(pm.containerPortRange),
      }),
    ),
    readonlyRootFilesystem: textToTriBool(form.readonlyRootFilesystem),
    cpu: textToInt(form.cpu),
    memory: textToInt(form.memory),
    memoryReservation: textToInt(form.memoryReservation),
    resourceRequirements: resourceRequirements(form),
    environment: environment.length === 0 ? undefined : environment,
    secrets: secrets.length === 0 ? undefined : secrets,
    environmentFiles: optionalList(form.environmentFiles, (f) => ({ value: f.value, type: f.type as 's3' })),
    logConfiguration: logToInput(form.logConfiguration),
    healthCheck: healthCheckToInput(form.healthCheck),
    dependsOn: optionalList(form.dependsOn, (d) => ({
      containerName: d.containerName,
      condition: d.condition as 'START' | 'COMPLETE' | 'SUCCESS' | 'HEALTHY',
    })),
    startTimeout: textToInt(form.startTimeout),
    stopTimeout: textToInt(form.stopTimeout),
    entryPoint: textToList(form.entryPoint),
    command: textToList(form.command),
    workingDirectory: optionalText(form.workingDirectory),
    user: optionalText(form.user),
    ulimits: optionalList(form.ulimits, (u) => ({
      name: u.name as 'nofile',
      softLimit: textToInt(u.softLimit) as number,
      hardLimit: textToInt(u.hardLimit) as number,
    })),
    dockerLabels: rowsToMap(form.dockerLabels),
    mountPoints: optionalList(form.mountPoints, (m) =>
      compact({ sourceVolume: m.sourceVolume, containerPath: m.containerPath, readOnly: textToTriBool(m.readOnly) }),
    ),
    ...extra,
  });
}

function logToForm(log: ContainerDefinition['logConfiguration']): LogConfigurationForm {
  if (!log) return emptyLogConfiguration();
  return {
    enabled: true,
    logDriver: log.logDriver ?? '',
    options: mapToRows(log.options),
    secretOptions: (log.secretOptions ?? []).map((s) => ({ name: s.name ?? '', valueFrom: s.valueFrom ?? '' })),
  };
}

function healthCheckToForm(h: ContainerDefinition['healthCheck']): HealthCheckForm {
  if (!h) return emptyHealthCheck();
  return {
    command: healthCommandToText(h.command),
    interval: intToText(h.interval),
    timeout: intToText(h.timeout),
    retries: intToText(h.retries),
    startPeriod: intToText(h.startPeriod),
  };
}

export function containerToForm(def: ContainerDefinition): ContainerForm {
  const extra = extraKeys(def, [...MODELLED, 'resourceRequirements']);
  const requirements = def.resourceRequirements ?? [];
  const gpu = requirements.find((r) => r.type === 'GPU');
  const others = requirements.filter((r) => r !== gpu);
  if (others.length > 0) extra.resourceRequirements = others;
  return {
    name: def.name ?? '',
    image: def.image ?? '',
    essential: triBoolToText(def.essential),
    repositoryCredentials: def.repositoryCredentials?.credentialsParameter ?? '',
    portMappings: (def.portMappings ?? []).map((pm) => ({
      containerPort: intToText(pm.containerPort),
      hostPort: intToText(pm.hostPort),
      protocol: pm.protocol ?? '',
      name: pm.name ?? '',
      appProtocol: pm.appProtocol ?? '',
      containerPortRange: pm.containerPortRange ?? '',
    })),
    readonlyRootFilesystem: triBoolToText(def.readonlyRootFilesystem),
    cpu: intToText(def.cpu),
    gpu: gpu?.value ?? '',
    memory: intToText(def.memory),
    memoryReservation: intToText(def.memoryReservation),
    environment: [
      ...(def.environment ?? []).map((e) => ({ name: e.name ?? '', valueType: 'value' as const, value: e.value ?? '' })),
      ...(def.secrets ?? []).map((s) => ({ name: s.name ?? '', valueType: 'valueFrom' as const, value: s.valueFrom ?? '' })),
    ],
    environmentFiles: (def.environmentFiles ?? []).map((f) => ({ value: f.value ?? '', type: f.type ?? 's3' })),
    logConfiguration: logToForm(def.logConfiguration),
    healthCheck: healthCheckToForm(def.healthCheck),
    dependsOn: (def.dependsOn ?? []).map((d) => ({ containerName: d.containerName ?? '', condition: d.condition ?? '' })),
    startTimeout: intToText(def.startTimeout),
    stopTimeout: intToText(def.stopTimeout),
    entryPoint: listToText(def.entryPoint),
    command: listToText(def.command),
    workingDirectory: def.workingDirectory ?? '',
    user: def.user ?? '',
    ulimits: (def.ulimits ?? []).map((u) => ({
      name: u.name ?? '',
      softLimit: intToText(u.softLimit),
      hardLimit: intToText(u.hardLimit),
    })),
    dockerLabels: mapToRows(def.dockerLabels),
    mountPoints: (def.mountPoints ?? []).map((m) => ({
      sourceVolume: m.sourceVolume ?? '',
      containerPath: m.containerPath ?? '',
      readOnly: triBoolToText(m.readOnly),
    })),
    extra,
  };
}
