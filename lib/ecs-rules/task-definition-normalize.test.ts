// The echo RegisterTaskDefinition returns (normalizeTaskDefinition): ECS's defaults, the sizes as it stores them,
// `compatibilities` and `requiresAttributes`. toStrictEqual throughout: a member left `undefined` would show in the
// JSON the console displays and the engine stores, where ECS leaves it out.
import type { ContainerDefinition } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { normalizeTaskDefinition, type TaskDefinitionInput } from './task-definition';
import { ec2, fargate } from './testing';

/** The echo's requiresAttributes names, sorted (ECS does not promise an order). */
const attributes = (input: TaskDefinitionInput) =>
  (normalizeTaskDefinition(input).requiresAttributes ?? []).map((a) => a.name).sort();

const BASE = 'com.amazonaws.ecs.capability.docker-remote-api.1.18';
const ENI = 'ecs.capability.task-eni';

describe('normalizeTaskDefinition: containers', () => {
  it('fills in ECS defaults and leaves out what was not given', () => {
    expect(normalizeTaskDefinition(ec2()).containerDefinitions).toStrictEqual([
      {
        name: 'worker',
        image: 'busybox',
        cpu: 0,
        memory: 128,
        portMappings: [],
        essential: true,
        environment: [],
        mountPoints: [],
        volumesFrom: [],
        systemControls: [],
      },
    ]);
  });

  it('keeps what was given instead of the defaults', () => {
    const given: ContainerDefinition = {
      name: 'app',
      image: 'busybox',
      cpu: 64,
      memory: 256,
      memoryReservation: 128,
      links: ['db'],
      essential: false,
      environment: [{ name: 'A', value: '1' }],
      mountPoints: [{ sourceVolume: 'data', containerPath: '/data' }],
      volumesFrom: [{ sourceContainer: 'db' }],
      systemControls: [{ namespace: 'net.core.somaxconn', value: '1024' }],
      command: ['sleep', '60'],
    };
    expect(normalizeTaskDefinition(ec2({ containerDefinitions: [given] })).containerDefinitions).toStrictEqual([
      { ...given, portMappings: [] },
    ]);
  });

  it('sets the host port to the container port in awsvpc and host mode (0 is not set), not in bridge mode', () => {
    const ports = (networkMode: TaskDefinitionInput['networkMode'], portMappings: ContainerDefinition['portMappings']) =>
      normalizeTaskDefinition(ec2({ networkMode }, { portMappings })).containerDefinitions[0].portMappings;
    expect(ports('awsvpc', [{ containerPort: 80 }, { containerPort: 53, protocol: 'udp' }])).toStrictEqual([
      { containerPort: 80, hostPort: 80, protocol: 'tcp' },
      { containerPort: 53, hostPort: 53, protocol: 'udp' },
    ]);
    expect(ports('host', [{ containerPort: 8080, hostPort: 0 }])).toStrictEqual([
      { containerPort: 8080, hostPort: 8080, protocol: 'tcp' },
    ]);
    expect(ports('awsvpc', [{ containerPort: 80, hostPort: 80, name: 'http', appProtocol: 'http' }])).toStrictEqual([
      { containerPort: 80, hostPort: 80, protocol: 'tcp', name: 'http', appProtocol: 'http' },
    ]);
    expect(ports('bridge', [{ containerPort: 80 }, { containerPort: 81, hostPort: 8081 }])).toStrictEqual([
      { containerPort: 80, protocol: 'tcp' },
      { containerPort: 81, hostPort: 8081, protocol: 'tcp' },
    ]);
    expect(ports(undefined, [{ containerPort: 80 }])).toStrictEqual([{ containerPort: 80, protocol: 'tcp' }]);
    expect(ports('awsvpc', [{ containerPortRange: '8000-8010' }])).toStrictEqual([
      { containerPortRange: '8000-8010', protocol: 'tcp' },
    ]);
  });
});

describe('normalizeTaskDefinition: the task', () => {
  it('echoes the task-level members given and defaults the lists', () => {
    const input = fargate({
      taskRoleArn: 'arn:aws:iam::1:role/task',
      executionRoleArn: 'arn:aws:iam::1:role/exec',
      volumes: [{ name: 'data' }],
      runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' },
      pidMode: 'task',
      ephemeralStorage: { sizeInGiB: 30 },
      enableFaultInjection: true,
    });
    const td = normalizeTaskDefinition(input);
    expect(td).toMatchObject({
      family: 'web',
      taskRoleArn: 'arn:aws:iam::1:role/task',
      executionRoleArn: 'arn:aws:iam::1:role/exec',
      networkMode: 'awsvpc',
      volumes: [{ name: 'data' }],
      placementConstraints: [],
      runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' },
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      pidMode: 'task',
      ephemeralStorage: { sizeInGiB: 30 },
      enableFaultInjection: true,
    });
    const constraints = [{ type: 'memberOf' as const, expression: 'attribute:ecs.os-type == linux' }];
    expect(normalizeTaskDefinition(ec2({ placementConstraints: constraints, ipcMode: 'host' }))).toMatchObject({
      placementConstraints: constraints,
      ipcMode: 'host',
    });
  });

  it('leaves out the members not given (networkMode, roles, sizes)', () => {
    expect(Object.keys(normalizeTaskDefinition(ec2())).sort()).toEqual([
      'compatibilities',
      'containerDefinitions',
      'family',
      'placementConstraints',
      'requiresAttributes',
      'volumes',
    ]);
    const td = normalizeTaskDefinition(ec2({ cpu: '', memory: '' }));
    expect('cpu' in td || 'memory' in td).toBe(false);
  });

  it('stores sizes as units and MiB, and echoes one it cannot read as given', () => {
    expect(normalizeTaskDefinition(ec2({ cpu: '0.5 vCPU', memory: '1GB' }))).toMatchObject({ cpu: '512', memory: '1024' });
    expect(normalizeTaskDefinition(ec2({ cpu: ' 256 ', memory: '300' }))).toMatchObject({ cpu: '256', memory: '300' });
    expect(normalizeTaskDefinition(ec2({ cpu: 'lots', memory: '1 TB' }))).toMatchObject({ cpu: 'lots', memory: '1 TB' });
  });

  it('gives an empty family and no containers when they are missing', () => {
    const td = normalizeTaskDefinition({} as TaskDefinitionInput);
    expect(td.family).toBe('');
    expect(td.containerDefinitions).toStrictEqual([]);
    expect(td.compatibilities).toEqual(['EXTERNAL', 'EC2']);
  });
});

describe('normalizeTaskDefinition: compatibilities', () => {
  it('lists EXTERNAL unless awsvpc, EC2 always, FARGATE when Fargate-valid, MANAGED_INSTANCES when asked', () => {
    const compat = (input: TaskDefinitionInput) => normalizeTaskDefinition(input).compatibilities;
    expect(compat(ec2())).toEqual(['EXTERNAL', 'EC2']);
    expect(compat(ec2({ networkMode: 'host' }))).toEqual(['EXTERNAL', 'EC2']);
    expect(compat(ec2({ networkMode: 'none' }))).toEqual(['EXTERNAL', 'EC2']);
    expect(compat(ec2({ networkMode: 'awsvpc' }))).toEqual(['EC2']);
    expect(compat(fargate())).toEqual(['EC2', 'FARGATE']);
    expect(compat(ec2({ networkMode: 'awsvpc', requiresCompatibilities: ['MANAGED_INSTANCES'] }))).toEqual([
      'EC2',
      'MANAGED_INSTANCES',
    ]);
    expect(compat(ec2({ requiresCompatibilities: ['EC2'] }))).toEqual(['EXTERNAL', 'EC2']);
  });
});

describe('normalizeTaskDefinition: requiresAttributes', () => {
  it('needs only the base Docker API for a plain bridge definition', () => {
    expect(attributes(ec2())).toEqual([BASE]);
  });

  it('adds Docker API 1.21 for a memory reservation', () => {
    expect(attributes(ec2({}, { memory: undefined, memoryReservation: 64 }))).toEqual([
      BASE,
      'com.amazonaws.ecs.capability.docker-remote-api.1.21',
    ]);
  });

  it('adds the log driver, and for awslogs Docker API 1.19 and (with an execution role) execution-role-awslogs', () => {
    expect(attributes(ec2({}, { logConfiguration: { logDriver: 'json-file' } }))).toEqual([
      BASE,
      'com.amazonaws.ecs.capability.logging-driver.json-file',
    ]);
    const awslogs = { logConfiguration: { logDriver: 'awslogs' as const, options: {} } };
    expect(attributes(ec2({}, awslogs))).toEqual([
      BASE,
      'com.amazonaws.ecs.capability.docker-remote-api.1.19',
      'com.amazonaws.ecs.capability.logging-driver.awslogs',
    ]);
    expect(attributes(ec2({ executionRoleArn: 'arn:aws:iam::1:role/exec' }, awslogs))).toEqual([
      BASE,
      'com.amazonaws.ecs.capability.docker-remote-api.1.19',
      'com.amazonaws.ecs.capability.logging-driver.awslogs',
      'ecs.capability.execution-role-awslogs',
    ]);
  });

  it('adds Docker API 1.24 and container-health-check for a health check', () => {
    expect(attributes(ec2({}, { healthCheck: { command: ['CMD', 'true'] } }))).toEqual([
      BASE,
      'com.amazonaws.ecs.capability.docker-remote-api.1.24',
      'ecs.capability.container-health-check',
    ]);
  });

  it('adds the ECR pull capabilities for an ECR image with an execution role only', () => {
    const ecr = { image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1' };
    const role = { executionRoleArn: 'arn:aws:iam::1:role/exec' };
    expect(attributes(ec2(role, ecr))).toEqual([
      BASE,
      'com.amazonaws.ecs.capability.ecr-auth',
      'ecs.capability.execution-role-ecr-pull',
    ]);
    expect(attributes(ec2({}, ecr))).toEqual([BASE]);
    expect(attributes(ec2(role, { image: 'public.ecr.aws/nginx/nginx:latest' }))).toEqual([BASE]);
    expect(attributes(ec2(role, { image: 'registry.example.com/dkr-ecr-app:1' }))).toEqual([BASE]);
    expect(attributes(ec2(role, { image: undefined }))).toEqual([BASE]);
  });

  it('adds private registry authentication for repository credentials', () => {
    expect(
      attributes(ec2({}, { repositoryCredentials: { credentialsParameter: 'arn:aws:secretsmanager:us-east-1:1:secret:hub' } })),
    ).toEqual([BASE, 'com.amazonaws.ecs.capability.private-registry-authentication.secretsmanager']);
  });

  it('tells Secrets Manager secrets from Parameter Store ones', () => {
    const secrets = (valueFrom?: string) => attributes(ec2({}, { secrets: [{ name: 'S', valueFrom } as never] }));
    expect(secrets('arn:aws:secretsmanager:us-east-1:1:secret:db-AbCdEf')).toEqual([
      BASE,
      'ecs.capability.secrets.asm.environment-variables',
    ]);
    expect(secrets('arn:aws:ssm:us-east-1:1:parameter/db')).toEqual([BASE, 'ecs.capability.secrets.ssm.environment-variables']);
    expect(secrets('db-password')).toEqual([BASE, 'ecs.capability.secrets.ssm.environment-variables']);
    expect(secrets(undefined)).toEqual([BASE, 'ecs.capability.secrets.ssm.environment-variables']);
  });

  it('adds container-ordering for dependsOn, env-files.s3 for environment files, firelens with its type', () => {
    expect(
      attributes(
        ec2({
          containerDefinitions: [
            { name: 'app', image: 'x', memory: 64, dependsOn: [{ containerName: 'init', condition: 'START' }] },
            { name: 'init', image: 'y', memory: 64, essential: false, dependsOn: [] },
          ],
        }),
      ),
    ).toEqual([BASE, 'ecs.capability.container-ordering']);
    expect(attributes(ec2({}, { environmentFiles: [{ type: 's3', value: 'arn:aws:s3:::bucket/app.env' }] }))).toEqual([
      BASE,
      'ecs.capability.env-files.s3',
    ]);
    expect(attributes(ec2({}, { environmentFiles: [] }))).toEqual([BASE]);
    expect(attributes(ec2({}, { firelensConfiguration: { type: 'fluentd' } }))).toEqual([
      BASE,
      'ecs.capability.firelens.fluentd',
    ]);
    expect(attributes(ec2({}, { firelensConfiguration: {} as never }))).toEqual([BASE, 'ecs.capability.firelens.fluentbit']);
  });

  it('adds task-iam-role for a task role, task-eni for awsvpc, efs for an EFS volume', () => {
    expect(attributes(ec2({ taskRoleArn: 'arn:aws:iam::1:role/task' }))).toEqual([
      BASE,
      'com.amazonaws.ecs.capability.task-iam-role',
    ]);
    expect(attributes(ec2({ networkMode: 'awsvpc' }))).toEqual([BASE, ENI]);
    expect(attributes(ec2({ networkMode: 'host' }))).toEqual([BASE]);
    expect(
      attributes(ec2({ volumes: [{ name: 'scratch' }, { name: 'shared', efsVolumeConfiguration: { fileSystemId: 'fs-1' } }] })),
    ).toEqual([BASE, 'ecs.capability.efs']);
    expect(attributes(ec2({ volumes: [{ name: 'scratch' }] }))).toEqual([BASE]);
  });

  it('lists each capability once, whatever the number of containers needing it', () => {
    const container = { image: 'x', memory: 64, healthCheck: { command: ['CMD', 'true'] } };
    const td = normalizeTaskDefinition(
      ec2({
        containerDefinitions: [
          { name: 'a', ...container },
          { name: 'b', ...container },
        ],
      }),
    );
    expect(td.requiresAttributes).toStrictEqual([
      { name: BASE },
      { name: 'com.amazonaws.ecs.capability.docker-remote-api.1.24' },
      { name: 'ecs.capability.container-health-check' },
    ]);
  });
});
