// The container rules of RegisterTaskDefinition (task-definition-containers.ts), through validateTaskDefinition as the
// engine and the console call it: each limit on both sides, and the exact message of each refusal.
import type { ContainerDefinition } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { type TaskDefinitionInput, validateTaskDefinition } from './task-definition';
import { ec2, fargate } from './testing';

/** A Fargate definition (256 CPU, 512 MiB) with these containers. */
const containers = (...defs: ContainerDefinition[]) => fargate({ containerDefinitions: defs });

/** The problems as `path: message` lines, so a failing test shows all of them. */
const problems = (input: TaskDefinitionInput) => validateTaskDefinition(input).map((p) => `${p.path}: ${p.message}`);

describe('container names and images', () => {
  it('needs an image', () => {
    expect(problems(fargate({}, { image: undefined }))).toEqual([
      'containerDefinitions.0.image: Container.image should not be null or empty.',
    ]);
  });

  it('words an invalid name as ECS does', () => {
    expect(problems(fargate({}, { name: 'we b' }))).toEqual([
      'containerDefinitions.0.name: Container.name contains invalid characters. Up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores are allowed.',
    ]);
  });

  it('does not call two nameless containers duplicates', () => {
    expect(problems(containers({ image: 'x' }, { image: 'y' }))).toEqual([
      'containerDefinitions.0.name: Container.name should not be null or empty.',
      'containerDefinitions.1.name: Container.name should not be null or empty.',
    ]);
  });
});

describe('a container without a name', () => {
  it("is called '' in every message about it", () => {
    const nameless: ContainerDefinition = {
      image: 'x',
      cpu: -1,
      memory: 5,
      links: ['db'],
      healthCheck: { command: [], interval: 4, retries: 11 },
      dependsOn: [{ containerName: 'db', condition: 'HEALTHY' }],
      mountPoints: [{ sourceVolume: 'data', containerPath: '/data' }],
      volumesFrom: [{ sourceContainer: 'ghost' }],
      privileged: true,
      logConfiguration: { logDriver: 'syslog' },
      stopTimeout: 1,
    };
    expect(problems(containers(nameless, { name: 'db', image: 'y' }))).toEqual([
      'containerDefinitions.0.name: Container.name should not be null or empty.',
      "containerDefinitions.0.cpu: Invalid 'cpu' setting for container ''. It must be 0 or more CPU units.",
      "containerDefinitions.0.memory: Invalid 'memory' setting for container ''. The minimum is 6 MiB; got 5.",
      "containerDefinitions.0.links: links are only supported when networkMode=bridge (container '' uses awsvpc).",
      'containerDefinitions.0.healthCheck.command: Health check command for container \'\' should not be empty, for example ["CMD-SHELL", "curl -f http://localhost/ || exit 1"].',
      "containerDefinitions.0.healthCheck.interval: Health check interval must be greater than or equal to the minimum allowed value 5 for container ''",
      "containerDefinitions.0.healthCheck.retries: Health check retries must be less than or equal to the maximum allowed value 10 for container ''",
      "containerDefinitions.0.dependsOn.0.condition: Container 'db' has no health check, so '' cannot wait for it to be HEALTHY.",
      "containerDefinitions.0.mountPoints.0.sourceVolume: Container '' mounts volume 'data', which is not defined in the task definition's volumes.",
      "containerDefinitions.0.volumesFrom.0.sourceContainer: Container '' takes volumes from 'ghost', which is not another container of this task definition.",
      "containerDefinitions.0.privileged: Tasks using the Fargate launch type do not support privileged containers ('').",
      "containerDefinitions.0.logConfiguration.logDriver: Log driver 'syslog' is not supported on Fargate (container ''). Use awslogs, splunk or awsfirelens.",
      "containerDefinitions.0.stopTimeout: On Fargate the stop timeout must be between 2 and 120 seconds (container '').",
    ]);
  });
});

describe('container cpu and memory', () => {
  it('needs cpu of 0 or more', () => {
    expect(problems(fargate({}, { cpu: 0 }))).toEqual([]);
    expect(problems(fargate({}, { cpu: -1 }))).toEqual([
      "containerDefinitions.0.cpu: Invalid 'cpu' setting for container 'web'. It must be 0 or more CPU units.",
    ]);
  });

  it('needs memory and memoryReservation of at least 6 MiB', () => {
    expect(problems(ec2({}, { memory: 6 }))).toEqual([]);
    expect(problems(ec2({}, { memory: 5 }))).toEqual([
      "containerDefinitions.0.memory: Invalid 'memory' setting for container 'worker'. The minimum is 6 MiB; got 5.",
    ]);
    expect(problems(ec2({}, { memory: undefined, memoryReservation: 6 }))).toEqual([]);
    expect(problems(ec2({}, { memory: undefined, memoryReservation: 5 }))).toEqual([
      "containerDefinitions.0.memoryReservation: Invalid 'memoryReservation' setting for container 'worker'. The minimum is 6 MiB; got 5.",
    ]);
  });

  it('keeps memoryReservation at most memory', () => {
    expect(problems(ec2({}, { memory: 128, memoryReservation: 128 }))).toEqual([]);
    expect(problems(ec2({}, { memory: 128, memoryReservation: 129 }))).toEqual([
      "containerDefinitions.0.memoryReservation: Invalid setting for container 'worker'. 'memoryReservation' (129 MiB) must not be greater than 'memory' (128 MiB).",
    ]);
  });

  it('keeps a container within the task memory and cpu, equal included', () => {
    expect(problems(fargate({}, { memoryReservation: 512 }))).toEqual([]);
    // Said once, for the container: not again as the containers' sum (as a container's memory over the task is not).
    expect(problems(fargate({}, { memoryReservation: 513 }))).toEqual([
      "containerDefinitions.0.memoryReservation: The 'memoryReservation' setting for container 'web' is greater than for the task.",
    ]);
    expect(problems(ec2({ memory: '512' }, { memory: 513 }))).toEqual([
      "containerDefinitions.0.memory: The 'memory' setting for container 'worker' is greater than for the task.",
    ]);
    expect(problems(fargate({}, { cpu: 256 }))).toEqual([]);
  });

  it('needs no container memory on Fargate or with task memory', () => {
    expect(problems(fargate({}, { memory: undefined }))).toEqual([]);
    expect(problems(ec2({ memory: '256' }, { memory: undefined }))).toEqual([]);
  });
});

describe('containers together', () => {
  it('adds up cpu against the task cpu, equal included', () => {
    expect(problems(containers({ name: 'a', image: 'x', cpu: 200 }, { name: 'b', image: 'y', cpu: 56 }))).toEqual([]);
    expect(problems(containers({ name: 'a', image: 'x', cpu: 256 }, { name: 'b', image: 'y', cpu: 1 }))).toEqual([
      "cpu: The containers' 'cpu' settings add up to 257 CPU units, more than the task's 256. Lower them or raise the task CPU.",
    ]);
    // A container over the task's cpu by itself is reported alone, not again in the sum.
    expect(problems(containers({ name: 'a', image: 'x', cpu: 300 }, { name: 'b', image: 'y', cpu: 10 }))).toEqual([
      "containerDefinitions.0.cpu: The 'cpu' setting for container 'a' is greater than for the task.",
    ]);
  });

  it('adds up memory reservations (memory where there is none) against the task memory', () => {
    expect(
      problems(
        containers(
          { name: 'a', image: 'x', memory: 400, memoryReservation: 200 },
          { name: 'b', image: 'y', memory: 400, memoryReservation: 200 },
          { name: 'c', image: 'z', memory: 112 },
        ),
      ),
    ).toEqual([]);
    expect(problems(containers({ name: 'a', image: 'x', memory: 507 }, { name: 'b', image: 'y', memoryReservation: 6 }))).toEqual(
      [
        "memory: The containers' memory reservations add up to 513 MiB, more than the task's 512 MiB. Lower them or raise the task memory.",
      ],
    );
    expect(problems(containers({ name: 'a', image: 'x', memory: 512 }, { name: 'b', image: 'y', memoryReservation: 6 }))).toEqual(
      [
        "memory: The containers' memory reservations add up to 518 MiB, more than the task's 512 MiB. Lower them or raise the task memory.",
      ],
    );
    expect(problems(containers({ name: 'a', image: 'x', memory: 600 }, { name: 'b', image: 'y', memory: 10 }))).toEqual([
      "containerDefinitions.0.memory: The 'memory' setting for container 'a' is greater than for the task.",
    ]);
  });
});

describe('container networking', () => {
  it('allows hostname outside awsvpc', () => {
    expect(problems(ec2({ networkMode: 'host' }, { hostname: 'worker' }))).toEqual([]);
  });

  it('words the links refusal with the container and the mode', () => {
    expect(problems(ec2({ networkMode: 'host' }, { links: ['db'] }))).toEqual([
      "containerDefinitions.0.links: links are only supported when networkMode=bridge (container 'worker' uses host).",
    ]);
    expect(problems(ec2({ networkMode: 'host' }, { links: [] }))).toEqual([]);
  });
});

describe('container health checks', () => {
  it('needs a command with something in it', () => {
    const empty =
      'containerDefinitions.0.healthCheck.command: Health check command for container \'web\' should not be empty, for example ["CMD-SHELL", "curl -f http://localhost/ || exit 1"].';
    expect(problems(fargate({}, { healthCheck: { command: [' ', ''] } }))).toEqual([empty]);
    expect(problems(fargate({}, { healthCheck: {} as never }))).toEqual([empty]);
    expect(problems(fargate({}, { healthCheck: { command: ['CMD-SHELL', 'exit 0'] } }))).toEqual([]);
  });

  it('calls startPeriod the start period', () => {
    expect(problems(fargate({}, { healthCheck: { command: ['CMD', 'true'], startPeriod: 301 } }))).toEqual([
      "containerDefinitions.0.healthCheck.startPeriod: Health check start period must be less than or equal to the maximum allowed value 300 for container 'web'",
    ]);
    expect(problems(fargate({}, { healthCheck: { command: ['CMD', 'true'], interval: 4 } }))).toEqual([
      "containerDefinitions.0.healthCheck.interval: Health check interval must be greater than or equal to the minimum allowed value 5 for container 'web'",
    ]);
  });
});

describe('container dependencies', () => {
  it('words a self-dependency and a bad condition as ECS does', () => {
    expect(
      problems(containers({ name: 'app', image: 'x', dependsOn: [{ containerName: 'app', condition: 'HEALTHY' }] })),
    ).toEqual(["containerDefinitions.0.dependsOn.0.containerName: Container 'app' cannot depend on itself."]);
    const bad = (condition?: string) =>
      problems(
        containers(
          { name: 'app', image: 'x', dependsOn: [{ containerName: 'init', condition } as never] },
          { name: 'init', image: 'y', essential: false },
        ),
      );
    expect(bad('READY')).toEqual([
      "containerDefinitions.0.dependsOn.0.condition: Invalid dependency condition 'READY'. Use START, COMPLETE, SUCCESS or HEALTHY.",
    ]);
    expect(bad(undefined)).toEqual([
      "containerDefinitions.0.dependsOn.0.condition: Invalid dependency condition ''. Use START, COMPLETE, SUCCESS or HEALTHY.",
    ]);
    expect(bad('START')).toEqual([]);
    expect(bad('COMPLETE')).toEqual([]);
    expect(bad('SUCCESS')).toEqual([]);
  });

  it('takes START and HEALTHY dependencies on an essential container', () => {
    const on = (condition: 'START' | 'HEALTHY') =>
      problems(
        containers(
          { name: 'app', image: 'x', dependsOn: [{ containerName: 'db', condition }] },
          { name: 'db', image: 'y', healthCheck: { command: ['CMD', 'true'] } },
        ),
      );
    expect(on('START')).toEqual([]);
    expect(on('HEALTHY')).toEqual([]);
  });

  it('reports a dependency without a container name as not existing', () => {
    expect(problems(containers({ name: 'app', image: 'x', dependsOn: [{ condition: 'START' } as never] }))).toEqual([
      "containerDefinitions.0.dependsOn.0.containerName: Cannot depend on container '' because it does not exist.",
    ]);
    // Not "cannot depend on itself" for a container that has no name either.
    expect(problems(containers({ image: 'x', dependsOn: [{ condition: 'START' }] } as never))).toContain(
      "containerDefinitions.0.dependsOn.0.containerName: Cannot depend on container '' because it does not exist.",
    );
  });

  it('reports only that a missing container does not exist, whatever the condition', () => {
    for (const condition of ['SUCCESS', 'COMPLETE', 'HEALTHY'] as const)
      expect(problems(containers({ name: 'app', image: 'x', dependsOn: [{ containerName: 'gone', condition }] }))).toEqual([
        "containerDefinitions.0.dependsOn.0.containerName: Cannot depend on container 'gone' because it does not exist.",
      ]);
  });

  it('needs a SUCCESS or COMPLETE dependency to be non-essential (essential by default)', () => {
    const on = (condition: 'SUCCESS' | 'COMPLETE') =>
      problems(
        containers({ name: 'app', image: 'x', dependsOn: [{ containerName: 'init', condition }] }, { name: 'init', image: 'y' }),
      );
    const message =
      'containerDefinitions.0.dependsOn.0.condition: A dependency container with SUCCESS or COMPLETE condition cannot be an essential container';
    expect(on('SUCCESS')).toEqual([message]);
    expect(on('COMPLETE')).toEqual([message]);
  });

  it('needs a health check on a HEALTHY dependency', () => {
    expect(
      problems(
        containers(
          { name: 'app', image: 'x', dependsOn: [{ containerName: 'db', condition: 'HEALTHY' }] },
          { name: 'db', image: 'y' },
        ),
      ),
    ).toEqual([
      "containerDefinitions.0.dependsOn.0.condition: Container 'db' has no health check, so 'app' cannot wait for it to be HEALTHY.",
    ]);
  });
});

describe('container storage', () => {
  it('words an undefined volume as ECS does', () => {
    expect(problems(fargate({}, { mountPoints: [{ sourceVolume: 'data', containerPath: '/data' }] }))).toEqual([
      "containerDefinitions.0.mountPoints.0.sourceVolume: Container 'web' mounts volume 'data', which is not defined in the task definition's volumes.",
    ]);
    expect(problems(fargate({ volumes: [{ name: 'data' }] }, { mountPoints: [{ containerPath: '/data' }] }))).toEqual([
      "containerDefinitions.0.mountPoints.0.sourceVolume: Container 'web' mounts volume '', which is not defined in the task definition's volumes.",
    ]);
  });

  it('takes volumes from another container of the definition only', () => {
    const from = (sourceContainer?: string) =>
      problems(
        containers(
          { name: 'app', image: 'x', volumesFrom: [{ sourceContainer }] },
          { name: 'data', image: 'y', essential: false },
        ),
      );
    expect(from('data')).toEqual([]);
    const message = (source: string) =>
      `containerDefinitions.0.volumesFrom.0.sourceContainer: Container 'app' takes volumes from '${source}', which is not another container of this task definition.`;
    expect(from('app')).toEqual([message('app')]);
    expect(from('ghost')).toEqual([message('ghost')]);
    expect(from(undefined)).toEqual([message('')]);
  });
});

describe('Fargate containers', () => {
  it('words the privileged refusal, and takes privileged false', () => {
    expect(problems(fargate({}, { privileged: true }))).toEqual([
      "containerDefinitions.0.privileged: Tasks using the Fargate launch type do not support privileged containers ('web').",
    ]);
    expect(problems(fargate({}, { privileged: false }))).toEqual([]);
  });

  it('takes the awslogs, splunk and awsfirelens log drivers only', () => {
    for (const logDriver of ['awslogs', 'splunk', 'awsfirelens'] as const)
      expect(problems(fargate({}, { logConfiguration: { logDriver } }))).toEqual([]);
    expect(problems(fargate({}, { logConfiguration: { logDriver: 'syslog' } }))).toEqual([
      "containerDefinitions.0.logConfiguration.logDriver: Log driver 'syslog' is not supported on Fargate (container 'web'). Use awslogs, splunk or awsfirelens.",
    ]);
  });

  it('bounds the stop timeout to 2-120 seconds, both ends included', () => {
    expect(problems(fargate({}, { stopTimeout: 2 }))).toEqual([]);
    const message =
      "containerDefinitions.0.stopTimeout: On Fargate the stop timeout must be between 2 and 120 seconds (container 'web').";
    expect(problems(fargate({}, { stopTimeout: 1 }))).toEqual([message]);
    expect(problems(fargate({}, { stopTimeout: 121 }))).toEqual([message]);
    expect(problems(ec2({}, { stopTimeout: 600 }))).toEqual([]);
  });
});
