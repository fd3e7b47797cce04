import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContainerForm, LogConfigurationForm, TaskDefinitionForm, VolumeForm } from './form-model';
import { emptyVolume, newTaskDefinitionForm } from './form-model';
import { formToInput, inputToForm, type TaskDefinitionInput } from './mapping';
import { healthCommandToText, listToText } from './text-lists';

// Arbitraries for canonical forms: what a person can produce in the form. Canonical means: numbers typed
// without leading zeros, environment rows with plain values before secret references (the order the JSON
// keeps them in), sections that are off carry no leftover values, and map keys that are not integers
// (JavaScript orders integer-like object keys first).

const text = fc.string({ maxLength: 12 });
const intText = fc.oneof(fc.constant(''), fc.integer({ min: -5, max: 100_000 }).map(String), text);
const triBool = fc.constantFrom('' as const, 'true' as const, 'false' as const);
const listText = fc.option(fc.array(text, { minLength: 1, maxLength: 4 }), { nil: undefined }).map(listToText);
const mapKey = text.map((s) => `k${s}`);
const keyValueRows = fc.uniqueArray(fc.record({ key: mapKey, value: text }), { selector: (r) => r.key, maxLength: 3 });
const rows = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 3 });

const environment = fc
  .tuple(rows(fc.record({ name: text, value: text })), rows(fc.record({ name: text, value: text })))
  .map(([values, secrets]) => [
    ...values.map((v) => ({ ...v, valueType: 'value' as const })),
    ...secrets.map((v) => ({ ...v, valueType: 'valueFrom' as const })),
  ]);

const logConfiguration = fc.oneof(
  fc.constant<LogConfigurationForm>({ enabled: false, logDriver: '', options: [], secretOptions: [] }),
  fc.record({
    enabled: fc.constant(true),
    logDriver: fc.constantFrom('awslogs', 'splunk', 'json-file'),
    options: keyValueRows,
    secretOptions: rows(fc.record({ name: text, valueFrom: text })),
  }),
);

const healthCheck = fc.record({
  command: fc
    .option(
      fc.oneof(
        fc.tuple(fc.constant('CMD-SHELL'), text).map((t) => [...t]),
        fc.array(text, { minLength: 1, maxLength: 3 }),
      ),
      { nil: undefined },
    )
    .map(healthCommandToText),
  interval: intText,
  timeout: intText,
  retries: intText,
  startPeriod: intText,
});

const containerExtra = fc.record(
  {
    privileged: fc.boolean(),
    hostname: text,
    links: fc.array(text, { minLength: 1, maxLength: 2 }),
    linuxParameters: fc.record({ initProcessEnabled: fc.boolean() }),
    resourceRequirements: fc.constant([{ type: 'InferenceAccelerator' as const, value: 'device_1' }]),
  },
  { requiredKeys: [] },
);

const container: fc.Arbitrary<ContainerForm> = fc.record({
  name: text,
  image: text,
  essential: triBool,
  repositoryCredentials: text,
  portMappings: rows(
    fc.record({
      containerPort: intText,
      hostPort: intText,
      protocol: fc.constantFrom('', 'tcp', 'udp'),
      name: text,
      appProtocol: fc.constantFrom('', 'http', 'http2', 'grpc'),
      containerPortRange: text,
    }),
  ),
  readonlyRootFilesystem: triBool,
  cpu: intText,
  gpu: text,
  memory: intText,
  memoryReservation: intText,
  environment,
  environmentFiles: rows(fc.record({ value: text, type: fc.constant('s3') })),
  logConfiguration,
  healthCheck,
  dependsOn: rows(fc.record({ containerName: text, condition: fc.constantFrom('START', 'COMPLETE', 'SUCCESS', 'HEALTHY') })),
  startTimeout: intText,
  stopTimeout: intText,
  entryPoint: listText,
  command: listText,
  workingDirectory: text,
  user: text,
  ulimits: rows(fc.record({ name: fc.constantFrom('nofile', 'core'), softLimit: intText, hardLimit: intText })),
  dockerLabels: keyValueRows,
  mountPoints: rows(fc.record({ sourceVolume: text, containerPath: text, readOnly: triBool })),
  extra: containerExtra,
});

const volume: fc.Arbitrary<VolumeForm> = fc.oneof(
  fc.record({ name: text, configuredAtLaunch: triBool }).map((v) => ({ ...emptyVolume(), ...v })),
  fc.record({ name: text, sourcePath: text }).map((v) => ({ ...emptyVolume(), ...v, kind: 'host' as const })),
  fc
    .record({
      name: text,
      fileSystemId: text,
      rootDirectory: text,
      transitEncryption: fc.constantFrom('', 'ENABLED', 'DISABLED'),
      transitEncryptionPort: intText,
      accessPointId: text,
      iam: fc.constantFrom('', 'ENABLED', 'DISABLED'),
    })
    .map(({ name, ...efs }) => ({ ...emptyVolume(), name, kind: 'efs' as const, efs: { ...efs, extra: {} } })),
  fc
    .record({ name: text, scope: fc.constantFrom('', 'task', 'shared'), autoprovision: triBool, driver: text })
    .map(({ name, ...docker }) => ({
      ...emptyVolume(),
      name,
      kind: 'docker' as const,
      docker: { ...docker, extra: { driverOpts: { a: 'b' } } },
    })),
);

const taskForm: fc.Arbitrary<TaskDefinitionForm> = fc.record({
  family: text,
  requiresCompatibilities: fc.uniqueArray(fc.constantFrom('FARGATE', 'EC2', 'EXTERNAL', 'MANAGED_INSTANCES'), { maxLength: 3 }),
  operatingSystemFamily: fc.constantFrom('', 'LINUX', 'WINDOWS_SERVER_2022_CORE'),
  cpuArchitecture: fc.constantFrom('', 'X86_64', 'ARM64'),
  networkMode: fc.constantFrom('', 'awsvpc', 'bridge', 'host', 'none'),
  cpu: text,
  memory: text,
  taskRoleArn: text,
  executionRoleArn: text,
  containers: fc.array(container, { maxLength: 3 }),
  ephemeralStorage: intText,
  volumes: rows(volume),
  tags: rows(fc.record({ key: text, value: text })),
  extra: fc.record(
    {
      pidMode: fc.constantFrom('task' as const, 'host' as const),
      enableFaultInjection: fc.boolean(),
      placementConstraints: fc.constant([{ type: 'memberOf' as const, expression: 'attribute:x == y' }]),
    },
    { requiredKeys: [] },
  ),
});

/** A round trip through JSON text, as the editor does it (drops undefined members). */
function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}

describe('task definition form ↔ RegisterTaskDefinition input', () => {
  it('form → input → form loses nothing', () => {
    fc.assert(
      fc.property(taskForm, (form) => {
        expect(inputToForm(viaJson(formToInput(form)))).toEqual(form);
      }),
      { numRuns: 300 },
    );
  });

  it('input → form → input loses nothing', () => {
    fc.assert(
      fc.property(taskForm, (form) => {
        const input = viaJson(formToInput(form));
        expect(viaJson(formToInput(inputToForm(input)))).toEqual(input);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every member of a full task definition, including ones the form has no inputs for', () => {
    const input = viaJson(formToInput(inputToForm(FULL_INPUT)));
    expect(input).toEqual(FULL_INPUT);
  });

  it('maps the sections the form edits onto their fields', () => {
    const form = inputToForm(FULL_INPUT);
    const web = form.containers[0];
    expect(web.environment).toEqual([
      { name: 'MODE', valueType: 'value', value: 'production' },
      { name: 'DB_PASSWORD', valueType: 'valueFrom', value: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db' },
    ]);
    expect(web.healthCheck.command).toBe('CMD-SHELL, curl -f http://localhost/ || exit 1');
    expect(web.gpu).toBe('1');
    expect(web.command).toBe('nginx, -g, daemon off;');
    expect(web.extra).toMatchObject({ privileged: false, linuxParameters: { initProcessEnabled: true } });
    expect(form.volumes.map((v) => v.kind)).toEqual(['host', 'efs', 'docker', '']);
    expect(form.extra).toEqual({
      pidMode: 'task',
      enableFaultInjection: false,
      proxyConfiguration: FULL_INPUT.proxyConfiguration,
    });
  });

  it('shows half-typed numbers in the JSON as typed, and reads them back', () => {
    const form = newTaskDefinitionForm('us-east-1');
    form.containers[0].memory = '51a';
    const input = viaJson(formToInput(form));
    expect(input.containerDefinitions?.[0].memory).toBe('51a');
    expect(inputToForm(input).containers[0].memory).toBe('51a');
  });
});

const FULL_INPUT: TaskDefinitionInput = {
  family: 'web',
  requiresCompatibilities: ['FARGATE', 'EC2'],
  runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' },
  networkMode: 'awsvpc',
  cpu: '1024',
  memory: '3072',
  taskRoleArn: 'arn:aws:iam::123456789012:role/app',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  containerDefinitions: [
    {
      name: 'web',
      image: 'nginx:1.27',
      essential: true,
      repositoryCredentials: { credentialsParameter: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:reg' },
      portMappings: [
        { containerPort: 80, hostPort: 80, protocol: 'tcp', name: 'web-80-tcp', appProtocol: 'http' },
        { containerPortRange: '8000-8010', protocol: 'udp' },
      ],
      readonlyRootFilesystem: true,
      cpu: 512,
      memory: 1024,
      memoryReservation: 512,
      resourceRequirements: [
        { type: 'GPU', value: '1' },
        { type: 'InferenceAccelerator', value: 'device_1' },
      ],
      environment: [{ name: 'MODE', value: 'production' }],
      secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db' }],
      environmentFiles: [{ value: 'arn:aws:s3:::bucket/app.env', type: 's3' }],
      logConfiguration: {
        logDriver: 'awslogs',
        options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs' },
        secretOptions: [{ name: 'token', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/token' }],
      },
      healthCheck: {
        command: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'],
        interval: 30,
        timeout: 5,
        retries: 3,
        startPeriod: 10,
      },
      dependsOn: [{ containerName: 'sidecar', condition: 'START' }],
      startTimeout: 60,
      stopTimeout: 30,
      entryPoint: ['/docker-entrypoint.sh'],
      command: ['nginx', '-g', 'daemon off;'],
      workingDirectory: '/usr/share/nginx',
      user: '101',
      ulimits: [{ name: 'nofile', softLimit: 1024, hardLimit: 4096 }],
      dockerLabels: { team: 'web', 'com.example.tier': 'front' },
      mountPoints: [{ sourceVolume: 'data', containerPath: '/data', readOnly: true }],
      privileged: false,
      linuxParameters: { initProcessEnabled: true },
      volumesFrom: [{ sourceContainer: 'sidecar', readOnly: true }],
      restartPolicy: { enabled: true, ignoredExitCodes: [0], restartAttemptPeriod: 300 },
      versionConsistency: 'enabled',
      systemControls: [],
      credentialSpecs: ['credentialspec:arn:aws:s3:::bucket/spec'],
    },
    { name: 'sidecar', image: 'busybox', essential: false, command: ['sh', '-c', 'echo a,b'], cpu: 0 },
  ],
  ephemeralStorage: { sizeInGiB: 30 },
  volumes: [
    { name: 'data', host: {} },
    {
      name: 'shared',
      efsVolumeConfiguration: {
        fileSystemId: 'fs-1234',
        rootDirectory: '/',
        transitEncryption: 'ENABLED',
        transitEncryptionPort: 2049,
        authorizationConfig: { accessPointId: 'fsap-1', iam: 'ENABLED' },
      },
    },
    { name: 'docker', dockerVolumeConfiguration: { scope: 'shared', autoprovision: true, driver: 'local', labels: { a: 'b' } } },
    { name: 'ebs', configuredAtLaunch: true },
  ],
  tags: [{ key: 'team', value: 'web' }],
  pidMode: 'task',
  enableFaultInjection: false,
  proxyConfiguration: { type: 'APPMESH', containerName: 'envoy', properties: [{ name: 'IgnoredUID', value: '1337' }] },
};
