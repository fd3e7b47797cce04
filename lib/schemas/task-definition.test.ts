import { describe, expect, it } from 'vitest';
import {
  deleteRevisionsSchema,
  deregisterRevisionsSchema,
  JSON_DEPTH_MAX,
  jsonDepth,
  registerFormSchema,
  revisionListSchema,
  TASK_DEFINITION_DOCUMENT_MAX,
  taskDefinitionShapeProblems,
} from './task-definition';
import { errorsOf } from './testing';

/** Every member RegisterTaskDefinition takes, at every level, each with a value of its type. */
const everything = {
  family: 'web',
  taskRoleArn: 'arn:aws:iam::123456789012:role/task',
  executionRoleArn: 'arn:aws:iam::123456789012:role/exec',
  networkMode: 'awsvpc',
  containerDefinitions: [
    {
      name: 'web',
      image: 'nginx',
      repositoryCredentials: { credentialsParameter: 'arn:secret' },
      cpu: 256,
      memory: 512,
      memoryReservation: 256,
      links: ['db'],
      portMappings: [
        { containerPort: 80, hostPort: 80, protocol: 'tcp', name: 'http', appProtocol: 'http', containerPortRange: '8000-8010' },
      ],
      essential: true,
      restartPolicy: { enabled: true },
      entryPoint: ['sh'],
      command: ['-c', 'run'],
      environment: [{ name: 'A', value: '1' }],
      environmentFiles: [{ value: 'arn:aws:s3:::b/env', type: 's3' }],
      mountPoints: [{ sourceVolume: 'data', containerPath: '/data', readOnly: false }],
      volumesFrom: [{ sourceContainer: 'side', readOnly: true }],
      linuxParameters: { initProcessEnabled: true },
      secrets: [{ name: 'S', valueFrom: 'arn:secret' }],
      dependsOn: [{ containerName: 'side', condition: 'START' }],
      startTimeout: 30,
      stopTimeout: 30,
      versionConsistency: 'enabled',
      hostname: 'h',
      user: '1000',
      workingDirectory: '/app',
      disableNetworking: false,
      privileged: false,
      readonlyRootFilesystem: true,
      dnsServers: ['10.0.0.2'],
      dnsSearchDomains: ['example.com'],
      extraHosts: [{ hostname: 'db', ipAddress: '10.0.0.3' }],
      dockerSecurityOptions: ['no-new-privileges'],
      interactive: false,
      pseudoTerminal: false,
      dockerLabels: { team: 'a' },
      ulimits: [{ name: 'nofile', softLimit: 1024, hardLimit: 2048 }],
      logConfiguration: {
        logDriver: 'awslogs',
        options: { 'awslogs-group': '/ecs/web' },
        secretOptions: [{ name: 'K', valueFrom: 'arn:secret' }],
      },
      healthCheck: { command: ['CMD', 'true'], interval: 30, timeout: 5, retries: 3, startPeriod: 0 },
      systemControls: [{ namespace: 'net.core.somaxconn', value: '1024' }],
      resourceRequirements: [{ value: '1', type: 'GPU' }],
      firelensConfiguration: { type: 'fluentbit' },
      credentialSpecs: ['credentialspec:arn'],
    },
  ],
  volumes: [
    {
      name: 'data',
      host: { sourcePath: '/srv' },
      dockerVolumeConfiguration: {
        scope: 'task',
        autoprovision: false,
        driver: 'local',
        driverOpts: { type: 'tmpfs' },
        labels: { a: 'b' },
      },
      efsVolumeConfiguration: {
        fileSystemId: 'fs-1',
        rootDirectory: '/',
        transitEncryption: 'ENABLED',
        transitEncryptionPort: 2049,
        authorizationConfig: { accessPointId: 'fsap-1', iam: 'ENABLED' },
      },
      s3filesVolumeConfiguration: { bucket: 'b' },
      fsxWindowsFileServerVolumeConfiguration: { fileSystemId: 'fs-2' },
      configuredAtLaunch: false,
    },
  ],
  placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.os-type == linux' }],
  requiresCompatibilities: ['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'],
  cpu: '256',
  memory: '512',
  tags: [{ key: 'team', value: 'a' }],
  pidMode: 'task',
  ipcMode: 'none',
  proxyConfiguration: { type: 'APPMESH' },
  inferenceAccelerators: [{ deviceName: 'd' }],
  ephemeralStorage: { sizeInGiB: 21 },
  runtimePlatform: { cpuArchitecture: 'ARM64', operatingSystemFamily: 'LINUX' },
  enableFaultInjection: false,
};

const container = everything.containerDefinitions[0];
const volume = everything.volumes[0];
/** The problems of `everything` with one part replaced. */
const withContainer = (patch: Record<string, unknown>) =>
  taskDefinitionShapeProblems({ family: 'web', containerDefinitions: [{ name: 'web', ...patch }] });
const withVolume = (patch: Record<string, unknown>) =>
  taskDefinitionShapeProblems({ family: 'web', containerDefinitions: [], volumes: [{ name: 'v', ...patch }] });
const messages = (problems: { message: string }[]) => problems.map((p) => p.message);

describe('taskDefinitionShapeProblems', () => {
  it('takes every member RegisterTaskDefinition takes, at every level', () => {
    expect(taskDefinitionShapeProblems(everything)).toEqual([]);
    expect(taskDefinitionShapeProblems({ family: 'web', containerDefinitions: [] })).toEqual([]);
  });

  it('takes each value of every choice', () => {
    const ok = (problems: unknown[], what: string) => expect(problems, what).toEqual([]);
    for (const networkMode of ['bridge', 'host', 'awsvpc', 'none'])
      ok(taskDefinitionShapeProblems({ family: 'f', containerDefinitions: [], networkMode }), networkMode);
    for (const pidMode of ['host', 'task'])
      ok(taskDefinitionShapeProblems({ family: 'f', containerDefinitions: [], pidMode }), pidMode);
    for (const ipcMode of ['host', 'task', 'none'])
      ok(taskDefinitionShapeProblems({ family: 'f', containerDefinitions: [], ipcMode }), ipcMode);
    for (const cpuArchitecture of ['X86_64', 'ARM64'])
      ok(
        taskDefinitionShapeProblems({ family: 'f', containerDefinitions: [], runtimePlatform: { cpuArchitecture } }),
        cpuArchitecture,
      );
    for (const protocol of ['tcp', 'udp']) ok(withContainer({ portMappings: [{ protocol }] }), protocol);
    for (const appProtocol of ['http', 'http2', 'grpc']) ok(withContainer({ portMappings: [{ appProtocol }] }), appProtocol);
    for (const condition of ['START', 'COMPLETE', 'SUCCESS', 'HEALTHY'])
      ok(withContainer({ dependsOn: [{ containerName: 'a', condition }] }), condition);
    for (const versionConsistency of ['enabled', 'disabled']) ok(withContainer({ versionConsistency }), versionConsistency);
    for (const type of ['GPU', 'InferenceAccelerator']) ok(withContainer({ resourceRequirements: [{ value: '1', type }] }), type);
    for (const scope of ['task', 'shared']) ok(withVolume({ dockerVolumeConfiguration: { scope } }), scope);
    for (const v of ['ENABLED', 'DISABLED'])
      ok(
        withVolume({ efsVolumeConfiguration: { fileSystemId: 'fs', transitEncryption: v, authorizationConfig: { iam: v } } }),
        v,
      );
  });

  it('names the choices a value must be one of', () => {
    expect(
      messages(
        taskDefinitionShapeProblems({
          family: 'f',
          containerDefinitions: [],
          networkMode: 'nat',
          placementConstraints: [{ type: 'distinctInstance' }],
          requiresCompatibilities: ['LAMBDA'],
          pidMode: 'none',
          ipcMode: 'shared',
          runtimePlatform: { cpuArchitecture: 'arm', operatingSystemFamily: 'MACOS' },
        }),
      ),
    ).toEqual([
      'networkMode: Invalid option: expected one of "bridge"|"host"|"awsvpc"|"none"',
      'placementConstraints.0.type: Invalid input: expected "memberOf"',
      'requiresCompatibilities.0: Invalid option: expected one of "EC2"|"FARGATE"|"EXTERNAL"|"MANAGED_INSTANCES"',
      'pidMode: Invalid option: expected one of "host"|"task"',
      'ipcMode: Invalid option: expected one of "host"|"task"|"none"',
      'runtimePlatform.cpuArchitecture: Invalid option: expected one of "X86_64"|"ARM64"',
      'runtimePlatform.operatingSystemFamily: Invalid option: expected one of "WINDOWS_SERVER_2019_FULL"|"WINDOWS_SERVER_2019_CORE"|"WINDOWS_SERVER_2016_FULL"|"WINDOWS_SERVER_2004_CORE"|"WINDOWS_SERVER_2022_CORE"|"WINDOWS_SERVER_2022_FULL"|"WINDOWS_SERVER_2025_CORE"|"WINDOWS_SERVER_2025_FULL"|"WINDOWS_SERVER_20H2_CORE"|"LINUX"',
    ]);
    expect(
      messages(
        withContainer({
          portMappings: [{ protocol: 'sctp', appProtocol: 'https' }],
          environmentFiles: [{ value: 'x', type: 'http' }],
          dependsOn: [{ containerName: 'a', condition: 'RUNNING' }],
          versionConsistency: 'on',
          resourceRequirements: [{ value: '1', type: 'TPU' }],
        }),
      ),
    ).toEqual([
      'containerDefinitions.0.portMappings.0.protocol: Invalid option: expected one of "tcp"|"udp"',
      'containerDefinitions.0.portMappings.0.appProtocol: Invalid option: expected one of "http"|"http2"|"grpc"',
      'containerDefinitions.0.environmentFiles.0.type: Invalid input: expected "s3"',
      'containerDefinitions.0.dependsOn.0.condition: Invalid option: expected one of "START"|"COMPLETE"|"SUCCESS"|"HEALTHY"',
      'containerDefinitions.0.versionConsistency: Invalid option: expected one of "enabled"|"disabled"',
      'containerDefinitions.0.resourceRequirements.0.type: Invalid option: expected one of "GPU"|"InferenceAccelerator"',
    ]);
    expect(
      messages(
        withVolume({
          dockerVolumeConfiguration: { scope: 'global' },
          efsVolumeConfiguration: { fileSystemId: 'fs', transitEncryption: 'on', authorizationConfig: { iam: 'on' } },
        }),
      ),
    ).toEqual([
      'volumes.0.dockerVolumeConfiguration.scope: Invalid option: expected one of "task"|"shared"',
      'volumes.0.efsVolumeConfiguration.transitEncryption: Invalid option: expected one of "ENABLED"|"DISABLED"',
      'volumes.0.efsVolumeConfiguration.authorizationConfig.iam: Invalid option: expected one of "ENABLED"|"DISABLED"',
    ]);
  });

  it('refuses unknown members at every level, with their paths', () => {
    const extra = { extra: 1 };
    const problems = taskDefinitionShapeProblems({
      ...everything,
      ...extra,
      containerDefinitions: [
        {
          ...container,
          ...extra,
          repositoryCredentials: { ...container.repositoryCredentials, ...extra },
          portMappings: [{ ...container.portMappings[0], ...extra }],
          environment: [{ ...container.environment[0], ...extra }],
          environmentFiles: [{ ...container.environmentFiles[0], ...extra }],
          mountPoints: [{ ...container.mountPoints[0], ...extra }],
          volumesFrom: [{ ...container.volumesFrom[0], ...extra }],
          secrets: [{ ...container.secrets[0], ...extra }],
          dependsOn: [{ ...container.dependsOn[0], ...extra }],
          ulimits: [{ ...container.ulimits[0], ...extra }],
          logConfiguration: { ...container.logConfiguration, ...extra },
          healthCheck: { ...container.healthCheck, ...extra },
          resourceRequirements: [{ ...container.resourceRequirements[0], ...extra }],
        },
      ],
      volumes: [
        {
          ...volume,
          ...extra,
          host: { ...volume.host, ...extra },
          dockerVolumeConfiguration: { ...volume.dockerVolumeConfiguration, ...extra },
          efsVolumeConfiguration: {
            ...volume.efsVolumeConfiguration,
            ...extra,
            authorizationConfig: { ...volume.efsVolumeConfiguration.authorizationConfig, ...extra },
          },
        },
      ],
      placementConstraints: [{ ...everything.placementConstraints[0], ...extra }],
      tags: [{ ...everything.tags[0], ...extra }],
      ephemeralStorage: { ...everything.ephemeralStorage, ...extra },
      runtimePlatform: { ...everything.runtimePlatform, ...extra },
    });
    expect(problems.map((p) => p.path).sort()).toEqual(
      [
        '',
        'containerDefinitions.0',
        'containerDefinitions.0.repositoryCredentials',
        'containerDefinitions.0.portMappings.0',
        'containerDefinitions.0.environment.0',
        'containerDefinitions.0.environmentFiles.0',
        'containerDefinitions.0.mountPoints.0',
        'containerDefinitions.0.volumesFrom.0',
        'containerDefinitions.0.secrets.0',
        'containerDefinitions.0.dependsOn.0',
        'containerDefinitions.0.ulimits.0',
        'containerDefinitions.0.logConfiguration',
        'containerDefinitions.0.healthCheck',
        'containerDefinitions.0.resourceRequirements.0',
        'volumes.0',
        'volumes.0.host',
        'volumes.0.dockerVolumeConfiguration',
        'volumes.0.efsVolumeConfiguration',
        'volumes.0.efsVolumeConfiguration.authorizationConfig',
        'placementConstraints.0',
        'tags.0',
        'ephemeralStorage',
        'runtimePlatform',
      ].sort(),
    );
    expect(problems.find((p) => p.path === '')?.message).toBe('Task definition: Unrecognized key: "extra"');
    expect(problems.find((p) => p.path === 'tags.0')?.message).toBe('tags.0: Unrecognized key: "extra"');
  });

  it('needs the family, the containers and the members a nested setting cannot do without', () => {
    expect(taskDefinitionShapeProblems({})).toEqual([
      { path: 'family', message: 'family: Invalid input: expected string, received undefined' },
      { path: 'containerDefinitions', message: 'containerDefinitions: Invalid input: expected array, received undefined' },
    ]);
    expect(taskDefinitionShapeProblems(null)).toEqual([
      { path: '', message: 'Task definition: Invalid input: expected object, received null' },
    ]);
    expect(
      messages(
        withContainer({
          repositoryCredentials: {},
          secrets: [{ name: 'S' }],
          ulimits: [{ name: 'nofile' }],
          logConfiguration: {},
          healthCheck: {},
        }),
      ),
    ).toEqual([
      'containerDefinitions.0.repositoryCredentials.credentialsParameter: Invalid input: expected string, received undefined',
      'containerDefinitions.0.secrets.0.valueFrom: Invalid input: expected string, received undefined',
      'containerDefinitions.0.ulimits.0.softLimit: Invalid input: expected number, received undefined',
      'containerDefinitions.0.ulimits.0.hardLimit: Invalid input: expected number, received undefined',
      'containerDefinitions.0.logConfiguration.logDriver: Invalid option: expected one of "awslogs"|"splunk"|"awsfirelens"|"json-file"|"syslog"|"journald"|"gelf"|"fluentd"',
      'containerDefinitions.0.healthCheck.command: Invalid input: expected array, received undefined',
    ]);
    expect(messages(withVolume({ efsVolumeConfiguration: {} }))).toEqual([
      'volumes.0.efsVolumeConfiguration.fileSystemId: Invalid input: expected string, received undefined',
    ]);
  });

  it('checks the type of each member: whole numbers, strings, booleans, lists and maps', () => {
    expect(
      messages(
        withContainer({
          cpu: 0.5,
          essential: 'yes',
          command: 'run',
          dockerLabels: { a: 1 },
          restartPolicy: 'on',
        }),
      ),
    ).toEqual([
      'containerDefinitions.0.cpu: Invalid input: expected int, received number',
      'containerDefinitions.0.essential: Invalid input: expected boolean, received string',
      'containerDefinitions.0.restartPolicy: Invalid input: expected record, received string',
      'containerDefinitions.0.command: Invalid input: expected array, received string',
      'containerDefinitions.0.dockerLabels.a: Invalid input: expected string, received number',
    ]);
  });
});

describe('revision lists (deregister and delete)', () => {
  it('takes 1 to 10 family:revision references, comma separated, trimmed', () => {
    expect(revisionListSchema.parse({ taskDefinitions: 'web:1' })).toEqual({ taskDefinitions: ['web:1'] });
    expect(revisionListSchema.parse({ taskDefinitions: ' web:1 , a_b-C:20,x:9' })).toEqual({
      taskDefinitions: ['web:1', 'a_b-C:20', 'x:9'],
    });
    const ten = Array.from({ length: 10 }, (_, i) => `web:${i + 1}`);
    expect(revisionListSchema.parse({ taskDefinitions: ten.join(',') }).taskDefinitions).toEqual(ten);
    expect(errorsOf(revisionListSchema, { taskDefinitions: [...ten, 'web:11'].join(',') })).toEqual({
      taskDefinitions: ['Select at most 10 revisions at a time.'],
    });
  });

  it('refuses anything but family:revision with a revision from 1', () => {
    for (const ref of ['web', 'web:0', 'web:01', 'web:', ':1', 'web:1a', 'a web:1', 'web:1:2', 'web.1:1', `${'f'.repeat(256)}:1`])
      expect(errorsOf(revisionListSchema, { taskDefinitions: ref }), ref).toEqual({
        'taskDefinitions.0': ['Use family:revision, for example web:3.'],
      });
    expect(revisionListSchema.parse({ taskDefinitions: `${'f'.repeat(255)}:10` }).taskDefinitions).toHaveLength(1);
    expect(errorsOf(revisionListSchema, { taskDefinitions: 'web:1,' })).toEqual({
      'taskDefinitions.1': ['Use family:revision, for example web:3.'],
    });
    expect(errorsOf(revisionListSchema, { taskDefinitions: `web:1${' '.repeat(3000)}` })).toEqual({
      taskDefinitions: ['Too big: expected string to have <=3000 characters'],
    });
  });

  it('needs the typed word: deregister or delete, exactly', () => {
    expect(deregisterRevisionsSchema.parse({ taskDefinitions: 'web:1', confirmation: 'deregister' })).toEqual({
      taskDefinitions: ['web:1'],
      confirmation: 'deregister',
    });
    expect(deleteRevisionsSchema.parse({ taskDefinitions: 'web:1', confirmation: 'delete' }).confirmation).toBe('delete');
    for (const confirmation of ['', 'Deregister', 'deregister ', 'delete'])
      expect(errorsOf(deregisterRevisionsSchema, { taskDefinitions: 'web:1', confirmation }), confirmation).toEqual({
        confirmation: ['Type deregister to confirm.'],
      });
    expect(errorsOf(deleteRevisionsSchema, { taskDefinitions: 'web:1' })).toEqual({ confirmation: ['Type delete to confirm.'] });
    expect(errorsOf(deleteRevisionsSchema, { taskDefinitions: 'web:1', confirmation: 'deregister' })).toEqual({
      confirmation: ['Type delete to confirm.'],
    });
  });
});

describe('the register form', () => {
  it('counts how deep arrays and objects nest, not counting brackets inside strings', () => {
    expect(jsonDepth('')).toBe(0);
    expect(jsonDepth('"a"')).toBe(0);
    expect(jsonDepth('{}')).toBe(1);
    expect(jsonDepth('[[], {"a": [1]}]')).toBe(3);
    expect(jsonDepth('{"a": {}} [[]]')).toBe(2);
    expect(jsonDepth('{"a": "[[{{"}')).toBe(1);
    expect(jsonDepth('{"a\\"[[": "\\\\", "b": [[]]}')).toBe(3);
    expect(jsonDepth('["\\\\"]')).toBe(1);
    // An escaped quote does not end the string: the brackets after it are still inside.
    expect(jsonDepth('["\\"[["]')).toBe(1);
    expect(jsonDepth('[}]]]{')).toBe(1);
    expect(jsonDepth('[1]{"x":[2]}')).toBe(2);
  });

  it('takes JSON up to 512 KiB, nested at most 32 levels deep', () => {
    expect(TASK_DEFINITION_DOCUMENT_MAX).toBe(512 * 1024);
    expect(registerFormSchema.parse({ document: '{}' })).toEqual({ document: '{}' });
    const deepest = `${'['.repeat(JSON_DEPTH_MAX)}${']'.repeat(JSON_DEPTH_MAX)}`;
    expect(registerFormSchema.parse({ document: deepest }).document).toBe(deepest);
    expect(errorsOf(registerFormSchema, { document: `[${deepest}]` })).toEqual({
      document: ['The task definition JSON is nested more than 32 levels deep.'],
    });
    expect(errorsOf(registerFormSchema, { document: '{' })).toEqual({ document: ['The task definition is empty.'] });
    const big = `"${'x'.repeat(TASK_DEFINITION_DOCUMENT_MAX - 2)}"`;
    expect(registerFormSchema.parse({ document: big }).document).toHaveLength(TASK_DEFINITION_DOCUMENT_MAX);
    expect(errorsOf(registerFormSchema, { document: `${big} ` })).toEqual({
      document: ['The task definition must be at most 512 KiB of JSON.'],
    });
  });
});
