import type { ContainerDefinition } from '@aws-sdk/client-ecs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FARGATE_SIZES } from './fargate';
import {
  firstTaskDefinitionProblem,
  isFargateCompatible,
  normalizeTaskDefinition,
  requiresFargate,
  type TaskDefinitionInput,
  taskSizes,
  validateTaskDefinition,
} from './task-definition';
import { ec2, fargate } from './testing';

/** The problems as `path: message` lines, so a failing test shows all of them. */
const problems = (input: TaskDefinitionInput) => validateTaskDefinition(input).map((p) => `${p.path}: ${p.message}`);

function expectOnly(input: TaskDefinitionInput, path: string, message: string | RegExp) {
  const found = validateTaskDefinition(input);
  expect(found.map((p) => p.path)).toEqual([path]);
  if (typeof message === 'string') expect(found[0].message).toBe(message);
  else expect(found[0].message).toMatch(message);
}

describe('validateTaskDefinition: valid definitions', () => {
  it('accepts the reference Fargate and EC2 definitions', () => {
    expect(problems(fargate())).toEqual([]);
    expect(problems(ec2())).toEqual([]);
    expect(problems(fargate({ cpu: '1 vCPU', memory: '2 GB' }))).toEqual([]);
    expect(firstTaskDefinitionProblem(fargate())).toBeUndefined();
  });
});

describe('validateTaskDefinition: names and containers', () => {
  it('needs a family of 1-255 letters, digits, _ and -', () => {
    expectOnly(fargate({ family: '' }), 'family', 'Family should not be null or empty.');
    expectOnly(fargate({ family: 'my app' }), 'family', /^Family contains invalid characters\./);
    expectOnly(fargate({ family: 'a'.repeat(256) }), 'family', /^Family contains invalid characters\./);
    expect(problems(fargate({ family: `A_b-${'c'.repeat(251)}` }))).toEqual([]);
  });

  it('needs at least one and at most 10 containers', () => {
    expect(problems(fargate({ containerDefinitions: [] }))).toEqual(['containerDefinitions: Container list cannot be empty.']);
    const eleven = Array.from({ length: 11 }, (_, i) => ({ name: `c${i}`, image: 'nginx' }));
    expect(problems(fargate({ containerDefinitions: eleven }))[0]).toMatch(/^containerDefinitions: Too many containers/);
    expect(problems(fargate({ containerDefinitions: eleven.slice(0, 10) }))).toEqual([]);
  });

  it('needs container names and images, with ECS wording', () => {
    expectOnly(fargate({}, { name: '' }), 'containerDefinitions.0.name', 'Container.name should not be null or empty.');
    expectOnly(fargate({}, { name: 'we b' }), 'containerDefinitions.0.name', /^Container\.name contains invalid characters\./);
    expectOnly(fargate({}, { image: ' ' }), 'containerDefinitions.0.image', 'Container.image should not be null or empty.');
  });

  it('needs unique container names', () => {
    const twice = fargate({
      containerDefinitions: [
        { name: 'a', image: 'x' },
        { name: 'a', image: 'y' },
      ],
    });
    expectOnly(twice, 'containerDefinitions.1.name', 'Container names must be unique within a Task Definition.');
  });

  it('needs an essential container (essential defaults to true)', () => {
    expectOnly(
      fargate({}, { essential: false }),
      'containerDefinitions',
      'At least one essential container is required for the task definition.',
    );
    expect(
      problems(
        fargate({
          containerDefinitions: [
            { name: 'a', image: 'x', essential: false },
            { name: 'b', image: 'y' },
          ],
        }),
      ),
    ).toEqual([]);
  });
});

describe('validateTaskDefinition: Fargate', () => {
  it('needs awsvpc, with the curly quotes of the real message', () => {
    expectOnly(fargate({ networkMode: 'bridge' }), 'networkMode', 'Fargate only supports network mode \u2018awsvpc\u2019.');
    expectOnly(fargate({ networkMode: undefined }), 'networkMode', 'Fargate only supports network mode ‘awsvpc’.');
  });

  it('needs task-level cpu and memory', () => {
    expectOnly(fargate({ cpu: undefined }), 'cpu', "Fargate requires that 'cpu' be defined at the task level.");
    expectOnly(fargate({ memory: undefined }), 'memory', "Fargate requires that 'memory' be defined at the task level.");
  });

  it('needs a valid cpu/memory pair', () => {
    expectOnly(
      fargate({ cpu: '512', memory: '512' }),
      'memory',
      'No Fargate configuration exists for given values: 512 CPU, 512 memory. See the Amazon ECS documentation for the valid values.',
    );
    expect(problems(fargate({ cpu: '512', memory: '1024' }))).toEqual([]);
    expectOnly(fargate({ runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } }), 'cpu', /at least 1 vCPU/);
  });

  it('refuses ipcMode, pidMode host, placement constraints, privileged and other log drivers', () => {
    expectOnly(fargate({ ipcMode: 'task' }), 'ipcMode', 'Tasks using the Fargate launch type do not support ipcMode.');
    expectOnly(
      fargate({ pidMode: 'host' }),
      'pidMode',
      /^Tasks using the Fargate launch type do not support pidMode 'host'\. The supported value for pidMode is 'task'\.$/,
    );
    expect(problems(fargate({ pidMode: 'task' }))).toEqual([]);
    expectOnly(
      fargate({ placementConstraints: [{ type: 'memberOf', expression: 'x' }] }),
      'placementConstraints',
      /placement constraints/,
    );
    expectOnly(fargate({}, { privileged: true }), 'containerDefinitions.0.privileged', /privileged/);
    expect(problems(ec2({}, { privileged: true }))).toEqual([]);
    expectOnly(
      fargate({}, { logConfiguration: { logDriver: 'json-file' } }),
      'containerDefinitions.0.logConfiguration.logDriver',
      /awslogs, splunk or awsfirelens/,
    );
    expect(problems(fargate({}, { logConfiguration: { logDriver: 'awslogs', options: {} } }))).toEqual([]);
    expect(problems(ec2({}, { logConfiguration: { logDriver: 'json-file' } }))).toEqual([]);
  });

  it('bounds ephemeral storage to 21-200 GiB and stopTimeout to 2-120 s', () => {
    expectOnly(fargate({ ephemeralStorage: { sizeInGiB: 20 } }), 'ephemeralStorage.sizeInGiB', /between 21 and 200 GiB/);
    expectOnly(fargate({ ephemeralStorage: { sizeInGiB: 201 } }), 'ephemeralStorage.sizeInGiB', /between 21 and 200 GiB/);
    expect(problems(fargate({ ephemeralStorage: { sizeInGiB: 21 } }))).toEqual([]);
    expectOnly(fargate({}, { stopTimeout: 121 }), 'containerDefinitions.0.stopTimeout', /between 2 and 120 seconds/);
    expect(problems(fargate({}, { stopTimeout: 120 }))).toEqual([]);
  });

  it('refuses host paths and Docker volumes', () => {
    const volumes = [{ name: 'data', host: { sourcePath: '/data' } }];
    expectOnly(fargate({ volumes }), 'volumes.0.host.sourcePath', /host paths/);
    expect(problems(fargate({ volumes: [{ name: 'data' }] }))).toEqual([]);
    expectOnly(
      fargate({ volumes: [{ name: 'd', dockerVolumeConfiguration: {} }] }),
      'volumes.0.dockerVolumeConfiguration',
      /Docker volumes/,
    );
  });
});

describe('validateTaskDefinition: sizes', () => {
  it('parses cpu and memory strings', () => {
    expectOnly(ec2({ cpu: 'lots' }), 'cpu', /^Invalid 'cpu' setting for task\./);
    expectOnly(ec2({ memory: '1 TB' }), 'memory', /^Invalid 'memory' setting for task\./);
    expect(problems(ec2({ cpu: '0.5 vCPU', memory: '1GB' }))).toEqual([]);
  });

  it('bounds EC2 task cpu to 128-196608 units', () => {
    expectOnly(ec2({ cpu: '127' }), 'cpu', /between 128 and 196608/);
    expectOnly(ec2({ cpu: '196609' }), 'cpu', /between 128 and 196608/);
    expect(problems(ec2({ cpu: '128' }))).toEqual([]);
  });

  it('needs memory or memoryReservation on EC2 without task memory', () => {
    expectOnly(
      ec2({}, { memory: undefined }),
      'containerDefinitions.0.memory',
      "Invalid setting for container 'worker'. At least one of 'memory' or 'memoryReservation' must be specified.",
    );
    expect(problems(ec2({}, { memory: undefined, memoryReservation: 64 }))).toEqual([]);
    expect(problems(ec2({ memory: '512' }, { memory: undefined }))).toEqual([]);
  });

  it('keeps memoryReservation within memory and containers within the task', () => {
    expectOnly(
      ec2({}, { memoryReservation: 256 }),
      'containerDefinitions.0.memoryReservation',
      /must not be greater than 'memory'/,
    );
    expectOnly(
      fargate({}, { memory: 1024 }),
      'containerDefinitions.0.memory',
      "The 'memory' setting for container 'web' is greater than for the task.",
    );
    expectOnly(
      fargate({}, { cpu: 512 }),
      'containerDefinitions.0.cpu',
      "The 'cpu' setting for container 'web' is greater than for the task.",
    );
    expect(problems(fargate({}, { cpu: 256, memory: 512 }))).toEqual([]);
  });

  it('keeps the sum of container cpu and memory within the task', () => {
    const two = (a: Partial<ContainerDefinition>, b: Partial<ContainerDefinition>) =>
      fargate({
        containerDefinitions: [
          { name: 'a', image: 'x', ...a },
          { name: 'b', image: 'y', ...b },
        ],
      });
    expectOnly(two({ cpu: 200 }, { cpu: 100 }), 'cpu', /add up to 300 CPU units, more than the task's 256/);
    expectOnly(two({ memory: 300 }, { memoryReservation: 300 }), 'memory', /add up to 600 MiB, more than the task's 512 MiB/);
    expect(problems(two({ cpu: 128, memory: 256 }, { cpu: 128, memoryReservation: 256 }))).toEqual([]);
  });
});

describe('validateTaskDefinition: networking', () => {
  it('refuses hostname with awsvpc', () => {
    expectOnly(
      fargate({}, { hostname: 'web' }),
      'containerDefinitions.0.hostname',
      'hostname is not supported on container when networkMode=awsvpc.',
    );
    expect(problems(ec2({}, { hostname: 'web' }))).toEqual([]);
  });

  it('needs hostPort to equal containerPort (or be omitted) with awsvpc and host', () => {
    const path = 'containerDefinitions.0.portMappings.0.hostPort';
    expectOnly(
      fargate({}, { portMappings: [{ containerPort: 80, hostPort: 8080 }] }),
      path,
      'When networkMode=awsvpc, the host ports and container ports in port mappings must match.',
    );
    expectOnly(ec2({ networkMode: 'host' }, { portMappings: [{ containerPort: 80, hostPort: 81 }] }), path, /networkMode=host/);
    expect(problems(fargate({}, { portMappings: [{ containerPort: 80, hostPort: 80 }] }))).toEqual([]);
    expect(problems(ec2({}, { portMappings: [{ containerPort: 80, hostPort: 8080 }] }))).toEqual([]);
  });

  it('needs a container port in range, a valid port name, no duplicates', () => {
    expectOnly(
      fargate({}, { portMappings: [{ hostPort: 80 }] }),
      'containerDefinitions.0.portMappings.0.containerPort',
      /^Invalid 'containerPort' setting for container 'web'\./,
    );
    expectOnly(
      fargate({}, { portMappings: [{ containerPort: 70000 }] }),
      'containerDefinitions.0.portMappings.0.containerPort',
      /1 to 65535/,
    );
    expectOnly(
      fargate({}, { portMappings: [{ containerPort: 80, name: 'Web' }] }),
      'containerDefinitions.0.portMappings.0.name',
      /lowercase/,
    );
    expectOnly(
      fargate({}, { portMappings: [{ containerPort: 80, name: '-web' }] }),
      'containerDefinitions.0.portMappings.0.name',
      /hyphen/,
    );
    expect(problems(fargate({}, { portMappings: [{ containerPort: 80, name: 'web-80-tcp' }] }))).toEqual([]);
    expectOnly(
      fargate({}, { portMappings: [{ containerPort: 80 }, { containerPort: 80, protocol: 'tcp' }] }),
      'containerDefinitions.0.portMappings.1.containerPort',
      /more than once/,
    );
    expect(problems(fargate({}, { portMappings: [{ containerPort: 53 }, { containerPort: 53, protocol: 'udp' }] }))).toEqual([]);
    const sameName = fargate({
      containerDefinitions: [
        { name: 'a', image: 'x', portMappings: [{ containerPort: 80, name: 'http' }] },
        { name: 'b', image: 'y', portMappings: [{ containerPort: 81, name: 'http' }] },
      ],
    });
    expectOnly(sameName, 'containerDefinitions.1.portMappings.0.name', /already used by container 'a'/);
  });

  it('checks container port ranges', () => {
    const range = (containerPortRange: string) => fargate({}, { portMappings: [{ containerPortRange }] });
    expect(problems(range('8000-8010'))).toEqual([]);
    expectOnly(range('8010-8000'), 'containerDefinitions.0.portMappings.0.containerPortRange', /first lower than the last/);
    expectOnly(range('80'), 'containerDefinitions.0.portMappings.0.containerPortRange', /for example 8000-8010/);
  });

  it('allows links only with bridge', () => {
    const linked = (networkMode?: 'bridge' | 'awsvpc') =>
      ec2({
        networkMode,
        containerDefinitions: [
          { name: 'a', image: 'x', memory: 64, links: ['b'] },
          { name: 'b', image: 'y', memory: 64 },
        ],
      });
    expect(problems(linked())).toEqual([]);
    expectOnly(linked('awsvpc'), 'containerDefinitions.0.links', /only supported when networkMode=bridge/);
  });

  it('refuses awsvpc for EXTERNAL', () => {
    expectOnly(ec2({ requiresCompatibilities: ['EXTERNAL'], networkMode: 'awsvpc' }), 'networkMode', /EXTERNAL/);
    expect(problems(ec2({ requiresCompatibilities: ['EXTERNAL'] }))).toEqual([]);
  });
});

describe('validateTaskDefinition: health checks, dependencies, storage, tags, size', () => {
  const check = (over: object) => ({ healthCheck: { command: ['CMD-SHELL', 'true'], ...over } });
  it.each([
    ['interval', 4, 5, 'greater than or equal to the minimum allowed value 5'],
    ['interval', 301, 300, 'less than or equal to the maximum allowed value 300'],
    ['timeout', 1, 2, 'minimum allowed value 2'],
    ['timeout', 61, 60, 'maximum allowed value 60'],
    ['retries', 0, 1, 'minimum allowed value 1'],
    ['retries', 11, 10, 'maximum allowed value 10'],
    ['startPeriod', -1, 0, 'minimum allowed value 0'],
    ['startPeriod', 301, 300, 'maximum allowed value 300'],
  ])('bounds the health check %s (%i fails, %i passes)', (key, bad, good, wording) => {
    expectOnly(
      fargate({}, check({ [key]: bad })),
      `containerDefinitions.0.healthCheck.${key}`,
      new RegExp(`${wording} for container 'web'$`),
    );
    expect(problems(fargate({}, check({ [key]: good })))).toEqual([]);
  });

  it('uses the real wording for retries and needs a command', () => {
    expect(firstTaskDefinitionProblem(fargate({}, check({ retries: 11 })))?.message).toBe(
      "Health check retries must be less than or equal to the maximum allowed value 10 for container 'web'",
    );
    expectOnly(
      fargate({}, { healthCheck: { command: [] } }),
      'containerDefinitions.0.healthCheck.command',
      /should not be empty/,
    );
  });

  it('needs dependsOn to name another container with a valid condition', () => {
    const pair = (dep: { containerName: string; condition: string }, sidecar: Partial<ContainerDefinition> = {}) =>
      fargate({
        containerDefinitions: [
          { name: 'app', image: 'x', dependsOn: [dep as never] },
          { name: 'init', image: 'y', essential: false, ...sidecar },
        ],
      });
    expect(problems(pair({ containerName: 'init', condition: 'SUCCESS' }))).toEqual([]);
    expectOnly(
      pair({ containerName: 'nope', condition: 'START' }),
      'containerDefinitions.0.dependsOn.0.containerName',
      "Cannot depend on container 'nope' because it does not exist.",
    );
    expectOnly(pair({ containerName: 'app', condition: 'START' }), 'containerDefinitions.0.dependsOn.0.containerName', /itself/);
    expectOnly(
      pair({ containerName: 'init', condition: 'READY' }),
      'containerDefinitions.0.dependsOn.0.condition',
      /START, COMPLETE/,
    );
    expectOnly(
      pair({ containerName: 'init', condition: 'COMPLETE' }, { essential: true }),
      'containerDefinitions.0.dependsOn.0.condition',
      'A dependency container with SUCCESS or COMPLETE condition cannot be an essential container',
    );
    expectOnly(
      pair({ containerName: 'init', condition: 'HEALTHY' }),
      'containerDefinitions.0.dependsOn.0.condition',
      /no health check/,
    );
    expect(
      problems(pair({ containerName: 'init', condition: 'HEALTHY' }, { healthCheck: { command: ['CMD', 'true'] } })),
    ).toEqual([]);
  });

  it('needs mount points to name a defined volume, volumes uniquely named', () => {
    const mount = { mountPoints: [{ sourceVolume: 'data', containerPath: '/data' }] };
    expectOnly(fargate({}, mount), 'containerDefinitions.0.mountPoints.0.sourceVolume', /volume 'data', which is not defined/);
    expect(problems(fargate({ volumes: [{ name: 'data' }] }, mount))).toEqual([]);
    expectOnly(fargate({ volumes: [{ name: 'd' }, { name: 'd' }] }), 'volumes.1.name', /more than once/);
    expectOnly(
      fargate({}, { volumesFrom: [{ sourceContainer: 'ghost' }] }),
      'containerDefinitions.0.volumesFrom.0.sourceContainer',
      /ghost/,
    );
  });

  it('checks tags and the 64 KiB limit', () => {
    expectOnly(fargate({ tags: [{ key: 'aws:x', value: 'y' }] }), 'tags', /reserved/);
    const big = fargate(
      {},
      { environment: Array.from({ length: 700 }, (_, i) => ({ name: `VAR_${i}`, value: 'x'.repeat(90) })) },
    );
    expectOnly(big, '', /maximum is 65536 bytes/);
  });

  it('lists every problem, in ECS order, so the first is what ECS reports', () => {
    const bad = fargate({ networkMode: 'bridge', cpu: undefined }, { image: '' });
    expect(validateTaskDefinition(bad).map((p) => p.path)).toEqual(['networkMode', 'cpu', 'containerDefinitions.0.image']);
  });
});

describe('normalizeTaskDefinition', () => {
  it("matches the echo in the reference's register-task-definition example", () => {
    const input = fargate({}, { essential: true, portMappings: [{ containerPort: 80, protocol: 'tcp' }] });
    expect(normalizeTaskDefinition(input)).toEqual({
      containerDefinitions: [
        {
          name: 'web',
          image: 'nginx:latest',
          cpu: 0,
          portMappings: [{ containerPort: 80, hostPort: 80, protocol: 'tcp' }],
          essential: true,
          environment: [],
          mountPoints: [],
          volumesFrom: [],
          systemControls: [],
        },
      ],
      family: 'web',
      networkMode: 'awsvpc',
      volumes: [],
      requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.docker-remote-api.1.18' }, { name: 'ecs.capability.task-eni' }],
      placementConstraints: [],
      compatibilities: ['EC2', 'FARGATE'],
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
    });
  });

  it('keeps bridge host ports as given and normalizes sizes', () => {
    const td = normalizeTaskDefinition(ec2({ cpu: '1 vCPU', memory: '2 GB' }, { portMappings: [{ containerPort: 80 }] }));
    expect(td.containerDefinitions[0].portMappings).toEqual([{ containerPort: 80, protocol: 'tcp' }]);
    expect([td.cpu, td.memory]).toEqual(['1024', '2048']);
    expect(td.compatibilities).toEqual(['EXTERNAL', 'EC2']);
    expect(td.networkMode).toBeUndefined();
  });

  it('lists FARGATE only when the definition meets the Fargate rules, whatever it asks for', () => {
    const awsvpcEc2 = { networkMode: 'awsvpc' as const, cpu: '256', memory: '512' };
    expect(isFargateCompatible(ec2(awsvpcEc2))).toBe(true);
    expect(normalizeTaskDefinition(ec2(awsvpcEc2)).compatibilities).toEqual(['EC2', 'FARGATE']);
    expect(normalizeTaskDefinition(ec2({ networkMode: 'awsvpc' })).compatibilities).toEqual(['EC2']);
  });

  it('derives requiresAttributes from roles, log drivers and health checks', () => {
    const td = normalizeTaskDefinition(
      fargate(
        { executionRoleArn: 'arn:aws:iam::1:role/exec', taskRoleArn: 'arn:aws:iam::1:role/task' },
        { logConfiguration: { logDriver: 'awslogs', options: {} }, healthCheck: { command: ['CMD', 'true'] } },
      ),
    );
    const names = td.requiresAttributes?.map((a) => a.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'com.amazonaws.ecs.capability.docker-remote-api.1.18',
        'com.amazonaws.ecs.capability.logging-driver.awslogs',
        'ecs.capability.execution-role-awslogs',
        'ecs.capability.container-health-check',
        'com.amazonaws.ecs.capability.task-iam-role',
        'ecs.capability.task-eni',
      ]),
    );
    expect(new Set(names).size).toBe(names?.length);
  });

  it('echoes what it was given, including docker labels, untouched', () => {
    const labels = { 'ecs-local.fault': 'exit:1' };
    const td = normalizeTaskDefinition(fargate({}, { dockerLabels: labels, environment: [{ name: 'A', value: '1' }], cpu: 128 }));
    expect(td.containerDefinitions[0]).toMatchObject({
      dockerLabels: labels,
      environment: [{ name: 'A', value: '1' }],
      cpu: 128,
    });
  });
});

describe('normalizeTaskDefinition: properties', () => {
  const name = fc.stringMatching(/^[a-zA-Z0-9_-]{1,20}$/);
  const size = fc.constantFrom(...FARGATE_SIZES).chain((s) => fc.tuple(fc.constant(s.cpu), fc.constantFrom(...s.memory)));
  const container = fc.record({
    image: fc.constantFrom('nginx:latest', 'busybox', '123.dkr.ecr.us-east-1.amazonaws.com/app:1'),
    essential: fc.option(fc.boolean(), { nil: undefined }),
    ports: fc.uniqueArray(fc.integer({ min: 1, max: 65535 }), { maxLength: 3 }),
  });
  const input = fc
    .record({
      family: name,
      size,
      networkMode: fc.constantFrom('awsvpc', 'bridge', 'host'),
      containers: fc.array(container, { minLength: 1, maxLength: 4 }),
    })
    .map(
      ({ family, size: [cpu, memory], networkMode, containers }): TaskDefinitionInput => ({
        family,
        networkMode: networkMode as 'awsvpc',
        cpu: String(cpu),
        memory: String(memory),
        containerDefinitions: containers.map((c, i) => ({
          name: `c${i}`,
          image: c.image,
          essential: i === 0 ? true : c.essential,
          portMappings: c.ports.map((containerPort) => ({ containerPort })),
        })),
      }),
    );

  /** What "Create new revision with JSON" sends back: the echo without its output-only members. */
  const resubmit = (td: ReturnType<typeof normalizeTaskDefinition>): TaskDefinitionInput => {
    const { compatibilities: _c, requiresAttributes: _r, ...rest } = td;
    return rest;
  };

  it('turns a valid definition into one that is still valid and normalizes to itself', () => {
    fc.assert(
      fc.property(input, (td) => {
        expect(problems(td)).toEqual([]);
        const once = normalizeTaskDefinition(td);
        expect(problems(resubmit(once))).toEqual([]);
        expect(normalizeTaskDefinition(resubmit(once))).toEqual(once);
        expect(once.compatibilities?.includes('FARGATE')).toBe(td.networkMode === 'awsvpc');
      }),
      { numRuns: 200 },
    );
  });
});

describe('validateTaskDefinition: bounds at their edges, and the exact wording', () => {
  const windows = { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } as const;

  it('treats an empty cpu or memory as not given', () => {
    expect(problems(ec2({ cpu: '', memory: '' }))).toEqual([]);
    expectOnly(fargate({ cpu: '' }), 'cpu', "Fargate requires that 'cpu' be defined at the task level.");
    expectOnly(fargate({ memory: '' }), 'memory', "Fargate requires that 'memory' be defined at the task level.");
    expect(taskSizes({ cpu: '', memory: '' })).toEqual({ cpu: undefined, memory: undefined });
    expect(taskSizes({})).toEqual({ cpu: undefined, memory: undefined });
    expect(taskSizes({ cpu: '2 vCPU', memory: '4 GB' })).toEqual({ cpu: 2048, memory: 4096 });
  });

  it('says how to write a size it cannot read', () => {
    expectOnly(
      ec2({ cpu: 'lots' }),
      'cpu',
      "Invalid 'cpu' setting for task. Use CPU units (for example 1024) or vCPUs (for example 1 vCPU); got 'lots'.",
    );
    expectOnly(
      ec2({ memory: '1 TB' }),
      'memory',
      "Invalid 'memory' setting for task. Use MiB (for example 2048) or GB (for example 2 GB); got '1 TB'.",
    );
  });

  it('applies the Fargate rules when FARGATE is one of several launch types', () => {
    expect(requiresFargate({ requiresCompatibilities: ['EC2', 'FARGATE'] })).toBe(true);
    expect(requiresFargate({ requiresCompatibilities: ['EC2'] })).toBe(false);
    expect(requiresFargate({})).toBe(false);
    expectOnly(
      ec2({ requiresCompatibilities: ['EC2', 'FARGATE'], networkMode: 'awsvpc', cpu: '256' }),
      'memory',
      "Fargate requires that 'memory' be defined at the task level.",
    );
  });

  it('needs 1 vCPU for Windows on Fargate, not for Linux', () => {
    expectOnly(fargate({ runtimePlatform: windows }), 'cpu', 'Windows containers on Fargate need at least 1 vCPU (cpu 1024).');
    expect(problems(fargate({ cpu: '1024', memory: '2048', runtimePlatform: windows }))).toEqual([]);
    // An invalid pair is the one problem reported, Windows or not.
    expectOnly(
      fargate({ cpu: '256', memory: '4096', runtimePlatform: windows }),
      'memory',
      'No Fargate configuration exists for given values: 256 CPU, 4096 memory. See the Amazon ECS documentation for the valid values.',
    );
    expect(problems(fargate({ runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' } }))).toEqual([]);
    expect(problems(fargate({ runtimePlatform: { cpuArchitecture: 'ARM64' } }))).toEqual([]);
  });

  it('words the other Fargate refusals as ECS does', () => {
    expectOnly(
      fargate({ pidMode: 'host' }),
      'pidMode',
      "Tasks using the Fargate launch type do not support pidMode 'host'. The supported value for pidMode is 'task'.",
    );
    expectOnly(
      fargate({ placementConstraints: [{ type: 'memberOf', expression: 'x' }] }),
      'placementConstraints',
      'Tasks using the Fargate launch type do not support placement constraints. Remove them or drop FARGATE.',
    );
    expect(problems(fargate({ placementConstraints: [] }))).toEqual([]);
  });

  it('bounds Fargate ephemeral storage to 21-200 GiB, both ends included', () => {
    expect(problems(fargate({ ephemeralStorage: { sizeInGiB: 200 } }))).toEqual([]);
    expectOnly(
      fargate({ ephemeralStorage: { sizeInGiB: 20 } }),
      'ephemeralStorage.sizeInGiB',
      'Ephemeral storage must be between 21 and 200 GiB; got 20. Leave it empty for the default 20 GiB.',
    );
  });

  it('bounds EC2 task cpu to 128-196608 units, both ends included, and not on Fargate', () => {
    expect(problems(ec2({ cpu: '196608' }))).toEqual([]);
    expectOnly(
      ec2({ cpu: '127' }),
      'cpu',
      "Invalid 'cpu' setting for task. Task CPU must be between 128 and 196608 CPU units; got 127.",
    );
    // Fargate answers with its own pair rule, not the EC2 bounds.
    expectOnly(
      fargate({ cpu: '100' }),
      'memory',
      'No Fargate configuration exists for given values: 100 CPU, 512 memory. See the Amazon ECS documentation for the valid values.',
    );
  });

  it('needs at least 6 MiB of task memory', () => {
    expect(problems(ec2({ memory: '6' }, { memory: undefined }))).toEqual([]);
    expectOnly(
      ec2({ memory: '5' }, { memory: undefined }),
      'memory',
      "Invalid 'memory' setting for task. The minimum is 6 MiB; got 5.",
    );
  });

  it('words the family and container count refusals as ECS does', () => {
    expectOnly(
      fargate({ family: 'my app' }),
      'family',
      'Family contains invalid characters. Up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores are allowed.',
    );
    const eleven = Array.from({ length: 11 }, (_, i) => ({ name: `c${i}`, image: 'nginx' }));
    expectOnly(
      fargate({ containerDefinitions: eleven }),
      'containerDefinitions',
      'Too many containers: a task definition can have at most 10; it has 11.',
    );
    expectOnly(
      ec2({ requiresCompatibilities: ['EXTERNAL'], networkMode: 'awsvpc' }),
      'networkMode',
      'External instances (EXTERNAL) do not support network mode \u2018awsvpc\u2019. Use bridge, host or none.',
    );
  });

  it('needs a container list', () => {
    expect(problems({ family: 'web' } as TaskDefinitionInput)).toEqual(['containerDefinitions: Container list cannot be empty.']);
  });

  it('needs each volume named, once', () => {
    const hint = 'Up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores are allowed.';
    expectOnly(fargate({ volumes: [{}] }), 'volumes.0.name', `Volume names are required. ${hint}`);
    expect(problems(fargate({ volumes: [{ host: { sourcePath: '/data' } }] }))).toEqual([
      `volumes.0.name: Volume names are required. ${hint}`,
      "volumes.0.host.sourcePath: Fargate does not support host paths for volumes (volume ''). Leave sourcePath empty for a task-scoped volume.",
    ]);
    expectOnly(fargate({ volumes: [{ name: 'my data' }] }), 'volumes.0.name', `Volume names are required. ${hint}`);
    expectOnly(
      ec2({ volumes: [{ name: 'ok' }, { name: 'd' }, { name: 'd' }] }),
      'volumes.2.name',
      "Volume name 'd' is used more than once.",
    );
  });

  it('refuses host paths and Docker volumes on Fargate only', () => {
    const host = [{ name: 'data', host: { sourcePath: '/data' } }];
    const docker = [{ name: 'cache', dockerVolumeConfiguration: { scope: 'task' as const } }];
    expectOnly(
      fargate({ volumes: host }),
      'volumes.0.host.sourcePath',
      "Fargate does not support host paths for volumes (volume 'data'). Leave sourcePath empty for a task-scoped volume.",
    );
    expectOnly(
      fargate({ volumes: docker }),
      'volumes.0.dockerVolumeConfiguration',
      "Fargate does not support Docker volumes (volume 'cache'). Use a bind mount, EFS or EBS volume.",
    );
    expect(problems(fargate({ volumes: [{ name: 'scratch', host: {} }] }))).toEqual([]);
    expect(problems(ec2({ volumes: [...host, ...docker] }))).toEqual([]);
  });

  it('takes up to 65536 bytes of JSON, counted in bytes', () => {
    /** A definition whose JSON is exactly `bytes` bytes long, padded with `pad` (one or more bytes a character). */
    const sized = (bytes: number, pad = 'x') => {
      const base = fargate({}, { environment: [{ name: 'PAD', value: '' }] });
      const length = new TextEncoder().encode(JSON.stringify(base)).length;
      const padBytes = new TextEncoder().encode(pad).length;
      const value = pad.repeat(Math.floor((bytes - length) / padBytes)) + 'x'.repeat((bytes - length) % padBytes);
      return fargate({}, { environment: [{ name: 'PAD', value }] });
    };
    expect(problems(sized(65536))).toEqual([]);
    const message = (bytes: number) =>
      `The task definition is ${bytes} bytes of JSON; the maximum is 65536 bytes (64 KiB). Shorten it, for example by moving environment variables to an environment file.`;
    expectOnly(sized(65537), '', message(65537));
    // 'é' is two bytes in UTF-8: 33,000 characters or so, but more than 64 KiB.
    expectOnly(sized(65538, '\u00e9'), '', message(65538));
  });
});
