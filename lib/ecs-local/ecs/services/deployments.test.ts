import type { ServiceDeployment } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import type { Wire } from '../../protocol/serialize';
import { createProvider } from '../../testing/capacity-providers';
import { ACCOUNT_ARN, START } from '../../testing/engine';
import {
  createBreakerService,
  createService,
  describeService,
  NETWORK,
  registerFargate,
  serviceDeployments,
  serviceTasks,
  setup,
} from '../../testing/services';

type Engine = ReturnType<typeof setup>['engine'];

const revisionArn = (service: string, id: string) =>
  `${ACCOUNT_ARN}:service-revision/demo/${service}/${id.replace('ecs-svc/', '')}`;
const seconds = (ms: number) => (START + ms) / 1000;

describe('service deployments', () => {
  it('starts a service on a PRIMARY deployment IN_PROGRESS, Fargate 1.4.0 on Linux, and completes it', () => {
    const { engine } = setup();
    const td = registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 2 });
    const d = describeService(engine, 'web').deployments[0];
    expect(d).toMatchObject({
      status: 'PRIMARY',
      taskDefinition: td,
      desiredCount: 2,
      pendingCount: 0,
      runningCount: 0,
      failedTasks: 0,
      createdAt: seconds(0),
      updatedAt: seconds(0),
      launchType: 'FARGATE',
      platformVersion: '1.4.0',
      platformFamily: 'Linux',
      networkConfiguration: NETWORK,
      rolloutState: 'IN_PROGRESS',
      rolloutStateReason: `ECS deployment ${d.id} in progress.`,
    });
    expect(d.id).toMatch(/^ecs-svc\/\d{19}$/);

    const [sd] = serviceDeployments(engine);
    expect(sd.serviceDeploymentArn).toMatch(new RegExp(`^${ACCOUNT_ARN}:service-deployment/demo/web/[A-Za-z0-9_-]{20}$`));
    expect(sd).toEqual({
      serviceDeploymentArn: sd.serviceDeploymentArn,
      serviceArn: `${ACCOUNT_ARN}:service/demo/web`,
      clusterArn: `${ACCOUNT_ARN}:cluster/demo`,
      createdAt: seconds(0),
      startedAt: seconds(0),
      updatedAt: seconds(0),
      status: 'IN_PROGRESS',
      sourceServiceRevisions: [],
      targetServiceRevision: { arn: revisionArn('web', d.id), requestedTaskCount: 2, runningTaskCount: 0, pendingTaskCount: 0 },
      deploymentConfiguration: {
        deploymentCircuitBreaker: { enable: false, rollback: false },
        maximumPercent: 200,
        minimumHealthyPercent: 100,
      },
      deploymentCircuitBreaker: { status: 'DISABLED', failureCount: 0, threshold: 3 },
    });
    // The revision the deployment records is the one DescribeServiceRevisions finds.
    const revisions = engine.call('DescribeServiceRevisions', { serviceRevisionArns: [revisionArn('web', d.id)] }) as {
      serviceRevisions: { serviceRevisionArn: string; taskDefinition: string }[];
    };
    expect(revisions.serviceRevisions).toMatchObject([{ serviceRevisionArn: revisionArn('web', d.id), taskDefinition: td }]);

    engine.advance(60_000);
    const done = describeService(engine, 'web').deployments[0];
    expect(done).toMatchObject({ rolloutState: 'COMPLETED', rolloutStateReason: `ECS deployment ${d.id} completed.` });
    const [finished] = serviceDeployments(engine);
    expect(finished.status).toBe('SUCCESSFUL');
    expect(finished.finishedAt).toBe(done.updatedAt);
    expect(finished.updatedAt).toBe(done.updatedAt);
    expect(finished.stoppedAt).toBeUndefined();
    expect(finished.statusReason).toBeUndefined();
    // A breaker that was not monitoring stays DISABLED when the deployment finishes.
    expect(finished.deploymentCircuitBreaker?.status).toBe('DISABLED');
    // The status index follows the document: the filter finds it as SUCCESSFUL, no longer as IN_PROGRESS.
    expect(serviceDeployments(engine, 'web', ['SUCCESSFUL'])).toHaveLength(1);
    expect(serviceDeployments(engine, 'web', ['IN_PROGRESS'])).toHaveLength(0);
  });

  it('gives a Fargate deployment the platform version asked for, 1.4.0 for LATEST, and none off Fargate', () => {
    const { engine } = setup();
    registerFargate(engine);
    const platform = (serviceName: string, input: Record<string, unknown>) => {
      createService(engine, { serviceName, desiredCount: 0, ...input });
      return describeService(engine, serviceName).deployments[0].platformVersion;
    };
    expect(platform('latest', { platformVersion: 'LATEST' })).toBe('1.4.0');
    expect(platform('pinned', { platformVersion: '1.3.0' })).toBe('1.3.0');
    engine.call('PutClusterCapacityProviders', {
      cluster: 'demo',
      capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
      defaultCapacityProviderStrategy: [],
    });
    expect(
      platform('spot', { launchType: undefined, capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }] }),
    ).toBe('1.4.0');
    expect(platform('ec2', { launchType: 'EC2' })).toBeUndefined();
    // An Auto Scaling group capacity provider is EC2, whatever its name.
    createProvider(engine, 'asg');
    engine.call('PutClusterCapacityProviders', {
      cluster: 'demo',
      capacityProviders: ['FARGATE', 'FARGATE_SPOT', 'asg'],
      defaultCapacityProviderStrategy: [],
    });
    expect(
      platform('on-asg', { launchType: undefined, capacityProviderStrategy: [{ capacityProvider: 'asg', weight: 1 }] }),
    ).toBeUndefined();
  });

  it('records the platform family of the task definition: Linux for LINUX, the Windows family as named', () => {
    const { engine } = setup();
    registerFargate(engine, 'linux', undefined, {});
    engine.call('RegisterTaskDefinition', {
      family: 'linux',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'X86_64' },
      containerDefinitions: [{ name: 'web', image: 'nginx:latest', essential: true }],
    });
    engine.call('RegisterTaskDefinition', {
      family: 'windows',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '1024',
      memory: '2048',
      runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'X86_64' },
      containerDefinitions: [{ name: 'web', image: 'mcr.microsoft.com/windows/servercore:ltsc2022', essential: true }],
    });
    createService(engine, { serviceName: 'linux', taskDefinition: 'linux:2', desiredCount: 0 });
    createService(engine, { serviceName: 'windows', taskDefinition: 'windows', desiredCount: 0 });
    expect(describeService(engine, 'linux').deployments[0].platformFamily).toBe('Linux');
    expect(describeService(engine, 'windows').deployments[0].platformFamily).toBe('WINDOWS_SERVER_2022_CORE');
  });

  it('supersedes a deployment still in progress: it turns ACTIVE and its service deployment STOPPED', () => {
    const { engine } = setup();
    registerFargate(engine);
    createBreakerService(engine, 2, false);
    engine.advance(5_000);
    const first = describeService(engine, 'web').deployments[0];
    const td2 = registerFargate(engine);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
    const service = describeService(engine, 'web');
    const [second, old] = service.deployments;
    expect(second).toMatchObject({
      status: 'PRIMARY',
      taskDefinition: td2,
      rolloutState: 'IN_PROGRESS',
      createdAt: seconds(5_000),
    });
    expect(old).toMatchObject({ id: first.id, status: 'ACTIVE' });

    const [newSd, oldSd] = serviceDeployments(engine);
    expect(oldSd).toMatchObject({
      status: 'STOPPED',
      statusReason: 'Superseded by a newer service deployment.',
      stoppedAt: seconds(5_000),
      updatedAt: seconds(5_000),
      deploymentCircuitBreaker: { status: 'MONITORING_COMPLETE', failureCount: 0, threshold: 3 },
    });
    expect(oldSd.finishedAt).toBeUndefined();
    expect(newSd).toMatchObject({
      status: 'IN_PROGRESS',
      createdAt: seconds(5_000),
      startedAt: seconds(5_000),
      targetServiceRevision: {
        arn: revisionArn('web', second.id),
        requestedTaskCount: 2,
        runningTaskCount: 0,
        pendingTaskCount: 0,
      },
      deploymentCircuitBreaker: { status: 'MONITORING', failureCount: 0, threshold: 3 },
    });
    // The source revision is the superseded deployment, with its counts as they were when it was replaced.
    expect(newSd.sourceServiceRevisions).toEqual([
      {
        arn: revisionArn('web', first.id),
        requestedTaskCount: first.desiredCount,
        runningTaskCount: first.runningCount,
        pendingTaskCount: first.pendingCount,
      },
    ]);
    expect(serviceDeployments(engine, 'web', ['STOPPED'])).toHaveLength(1);

    // A third deployment stops the second; the first, ACTIVE and still in progress, is not stopped a second time.
    engine.advance(5_000);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', forceNewDeployment: true });
    expect(describeService(engine, 'web').deployments.map((d) => [d.status, d.rolloutState])).toEqual([
      ['PRIMARY', 'IN_PROGRESS'],
      ['ACTIVE', 'IN_PROGRESS'],
      ['ACTIVE', 'IN_PROGRESS'],
    ]);
    expect(serviceDeployments(engine).map((sd) => [sd.status, sd.stoppedAt])).toEqual([
      ['IN_PROGRESS', undefined],
      ['STOPPED', seconds(10_000)],
      ['STOPPED', seconds(5_000)],
    ]);
  });

  it('enters the first blue/green stage with its hooks: a PAUSE hook on RECONCILE_SERVICE waits', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 1, deploymentConfiguration: { strategy: 'BLUE_GREEN' } });
    engine.advance(15 * 60_000);
    registerFargate(engine);
    const paused = { strategy: 'BLUE_GREEN', lifecycleHooks: [{ targetType: 'PAUSE', lifecycleStages: ['RECONCILE_SERVICE'] }] };
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2', deploymentConfiguration: paused });
    engine.advance(60_000);
    const [sd] = serviceDeployments(engine);
    expect(sd.lifecycleStage).toBe('RECONCILE_SERVICE');
    expect(sd.lifecycleHookDetails).toMatchObject([{ targetType: 'PAUSE', status: 'AWAITING_ACTION' }]);
  });

  it('leaves a completed deployment SUCCESSFUL when the next one starts', () => {
    const { engine } = setup();
    registerFargate(engine);
    createBreakerService(engine, 1, true);
    engine.advance(60_000);
    const first = describeService(engine, 'web').deployments[0];
    expect(first.rolloutState).toBe('COMPLETED');
    const [firstSd] = serviceDeployments(engine);
    expect(firstSd.deploymentCircuitBreaker?.status).toBe('MONITORING_COMPLETE');
    engine.call('UpdateService', { cluster: 'demo', service: 'web', forceNewDeployment: true });
    const [, old] = describeService(engine, 'web').deployments;
    expect(old).toMatchObject({ id: first.id, status: 'ACTIVE', rolloutState: 'COMPLETED' });
    const [newSd, oldSd] = serviceDeployments(engine);
    expect(oldSd).toEqual(firstSd);
    expect(newSd.sourceServiceRevisions).toEqual([
      { arn: revisionArn('web', first.id), requestedTaskCount: 1, runningTaskCount: 1, pendingTaskCount: 0 },
    ]);
  });

  it('rolls back to the last completed revision, its network configuration and platform version included', () => {
    const { engine } = setup();
    const good = registerFargate(engine);
    const { completed, failing, rollback } = failAndRollBack(engine, { platformVersion: '1.3.0' }, true);
    const service = describeService(engine, 'web');
    expect(failing.networkConfiguration).toEqual(OTHER_NETWORK);
    expect(rollback).toMatchObject({
      status: 'PRIMARY',
      taskDefinition: good,
      desiredCount: 1,
      launchType: 'FARGATE',
      networkConfiguration: completed.networkConfiguration,
      platformVersion: '1.3.0',
      rolloutState: 'IN_PROGRESS',
      rolloutStateReason: `ECS deployment circuit breaker: rolling back to deploymentId ${completed.id}.`,
    });
    expect(service.taskDefinition).toBe(good);
    expect(service.networkConfiguration).toEqual(completed.networkConfiguration);
    // No new service deployment: the rollback reports to the failing one.
    const sds = serviceDeployments(engine);
    expect(sds).toHaveLength(2);
    expect(sds[0]).toMatchObject({
      status: 'ROLLBACK_IN_PROGRESS',
      statusReason: 'ECS deployment circuit breaker: tasks failed to start.',
      rollback: {
        reason: `ECS deployment circuit breaker: rolling back to deploymentId ${completed.id}.`,
        startedAt: rollback.createdAt,
        serviceRevisionArn: revisionArn('web', completed.id),
      },
    });
    expect(serviceDeployments(engine, 'web', ['ROLLBACK_IN_PROGRESS'])).toHaveLength(1);
  });

  it('rolls a capacity provider service back onto its capacity provider strategy', () => {
    const { engine } = setup();
    registerFargate(engine);
    engine.call('PutClusterCapacityProviders', {
      cluster: 'demo',
      capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
      defaultCapacityProviderStrategy: [],
    });
    const strategy = [{ capacityProvider: 'FARGATE_SPOT', weight: 1, base: 0 }];
    const { completed, rollback } = failAndRollBack(engine, { launchType: undefined, capacityProviderStrategy: strategy });
    expect(completed.capacityProviderStrategy).toEqual(strategy);
    expect(rollback.capacityProviderStrategy).toEqual(strategy);
    expect(rollback.launchType).toBeUndefined();
    expect(rollback.platformVersion).toBe('1.4.0');
  });

  it('keeps the last completed deployment as blue when a blue/green deployment supersedes one in progress', () => {
    const { engine } = setup();
    const v1 = registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 1, deploymentConfiguration: { strategy: 'BLUE_GREEN' } });
    engine.advance(15 * 60_000);
    registerFargate(engine);
    const paused = { strategy: 'BLUE_GREEN', lifecycleHooks: [{ targetType: 'PAUSE', lifecycleStages: ['POST_SCALE_UP'] }] };
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2', deploymentConfiguration: paused });
    engine.advance(60_000);
    // web:3 replaces web:2 while web:2 waits at its hook: the deployments before it are web:2 (in progress) and web:1.
    registerFargate(engine);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:3' });
    engine.advance(60_000);
    const sdArn = describeService(engine, 'web').currentServiceDeployment as string;
    const [sd] = (
      engine.call('DescribeServiceDeployments', { serviceDeploymentArns: [sdArn] }) as {
        serviceDeployments: Wire<ServiceDeployment>[];
      }
    ).serviceDeployments;
    const hook = sd.lifecycleHookDetails?.[0];
    expect(hook?.status).toBe('AWAITING_ACTION');
    engine.call('ContinueServiceDeployment', { serviceDeploymentArn: sdArn, hookId: hook?.hookId, action: 'ROLLBACK' });
    engine.advance(120_000);
    // The rollback goes back to web:1, the last deployment that completed, not to web:2.
    const service = describeService(engine, 'web');
    expect(service.taskDefinition).toBe(v1);
    expect(service.deployments.map((d) => [d.status, d.rolloutState, d.taskDefinition])).toEqual([['PRIMARY', 'COMPLETED', v1]]);
    expect(serviceTasks(engine, 'web').map((t) => t.taskDefinitionArn)).toEqual([v1]);
  });

  it('rolls back to a revision whose task definition was deleted since, on the Linux family', () => {
    const { engine } = setup();
    const good = registerFargate(engine);
    createBreakerService(engine, 1, true);
    engine.advance(60_000);
    const completed = describeService(engine, 'web').deployments[0];
    registerFargate(engine, 'web', { 'ecs-local.exit-code': '1' });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
    engine.call('DeregisterTaskDefinition', { taskDefinition: 'web:1' });
    engine.call('DeleteTaskDefinitions', { taskDefinitions: ['web:1'] });
    engine.advance(120_000);
    // ECS: services on a deleted (DELETE_IN_PROGRESS) revision keep running, so the rollback starts its tasks.
    const service = describeService(engine, 'web');
    expect(service.deployments).toHaveLength(1);
    expect(service.deployments[0]).toMatchObject({
      status: 'PRIMARY',
      taskDefinition: good,
      platformFamily: 'Linux',
      rolloutState: 'COMPLETED',
      runningCount: 1,
    });
    expect(serviceDeployments(engine)[0]).toMatchObject({
      status: 'ROLLBACK_SUCCESSFUL',
      rollback: { reason: `ECS deployment circuit breaker: rolling back to deploymentId ${completed.id}.` },
    });
    expect(serviceTasks(engine, 'web').map((t) => [t.lastStatus, t.taskDefinitionArn])).toEqual([['RUNNING', good]]);
  });
});

const OTHER_NETWORK = { awsvpcConfiguration: { subnets: ['subnet-2'], securityGroups: ['sg-2'], assignPublicIp: 'DISABLED' } };

/** A service that completes its first deployment, then one whose tasks fail until the circuit breaker rolls back. */
function failAndRollBack(engine: Engine, input: Record<string, unknown>, otherNetwork = false) {
  createService(engine, {
    serviceName: 'web',
    desiredCount: 1,
    deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
    ...input,
  });
  engine.advance(60_000);
  const completed = describeService(engine, 'web').deployments[0];
  expect(completed.rolloutState).toBe('COMPLETED');
  registerFargate(engine, 'web', { 'ecs-local.exit-code': '1' });
  engine.call('UpdateService', {
    cluster: 'demo',
    service: 'web',
    taskDefinition: 'web:2',
    ...(otherNetwork ? { networkConfiguration: OTHER_NETWORK } : {}),
  });
  const failing = describeService(engine, 'web').deployments[0];
  let rollback = failing;
  for (let i = 0; i < 1200 && rollback.id === failing.id; i++) {
    engine.advance(250);
    rollback = describeService(engine, 'web').deployments[0];
  }
  expect(rollback.id).not.toBe(failing.id);
  return { completed, failing, rollback };
}
