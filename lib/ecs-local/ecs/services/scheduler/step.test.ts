// What one service step reads of the cluster and its tasks (scheduler/step.ts), seen through the API: tasks on a
// DRAINING container instance replaced elsewhere, a task behind two target groups counted healthy only once both
// say so, and a container health check still pending holding the rollout although the target is healthy.
import type { TargetHealthDescription } from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../engine';
import type { Wire } from '../../../protocol/serialize';
import { albWithTargetGroup, elb } from '../../../testing/elbv2';
import { createService, describeService, messages, registerFargate, serviceTasks, setup } from '../../../testing/services';
import { registerEc2, registerInstance } from '../../../testing/tasks';

function states(engine: Engine, targetGroupArn: string): (string | undefined)[] {
  return elb<{ TargetHealthDescriptions: Wire<TargetHealthDescription>[] }>(engine, 'DescribeTargetHealth', {
    TargetGroupArn: targetGroupArn,
  }).TargetHealthDescriptions.map((d) => d.TargetHealth?.State);
}

/** A target group whose first check comes 5 s after registration (10 s with the defaults). */
const QUICK = { HealthCheckIntervalSeconds: 5, HealthCheckTimeoutSeconds: 2, HealthyThresholdCount: 2 };

describe('a service step', () => {
  it('replaces the tasks of a DRAINING container instance on another one, and only those', () => {
    const { engine } = setup();
    registerEc2(engine, 'ec2', 256, 256);
    const first = registerInstance(engine).containerInstanceArn;
    engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'app',
      taskDefinition: 'ec2',
      desiredCount: 2,
      launchType: 'EC2',
    });
    engine.advance(60_000);
    const before = serviceTasks(engine, 'app');
    expect(before.map((t) => t.containerInstanceArn)).toEqual([first, first]);
    expect(describeService(engine, 'app').deployments[0].rolloutState).toBe('COMPLETED');
    const second = registerInstance(engine).containerInstanceArn;
    // A second, ACTIVE instance changes nothing: the service stays on the first.
    engine.advance(60_000);
    expect(serviceTasks(engine, 'app').map((t) => t.taskArn)).toEqual(before.map((t) => t.taskArn));

    engine.call('UpdateContainerInstancesState', { cluster: 'demo', containerInstances: [first], status: 'DRAINING' });
    engine.advance(60_000);
    const after = serviceTasks(engine, 'app');
    expect(after.map((t) => [t.containerInstanceArn, t.lastStatus])).toEqual([
      [second, 'RUNNING'],
      [second, 'RUNNING'],
    ]);
    const stopped = serviceTasks(engine, 'app', 'STOPPED');
    expect(stopped.map((t) => t.taskArn).sort()).toEqual(before.map((t) => t.taskArn).sort());
    const service = describeService(engine, 'app');
    expect(stopped.map((t) => t.stoppedReason)).toEqual([
      `Scaling activity initiated by (deployment ${service.deployments[0].id})`,
      `Scaling activity initiated by (deployment ${service.deployments[0].id})`,
    ]);
    expect(service.runningCount).toBe(2);
    expect(service.deployments).toHaveLength(1);
    expect(messages(service)[0]).toBe('(service app) has reached a steady state.');
  });

  it('counts a task behind two target groups as healthy only once both targets are', () => {
    const { engine } = setup();
    registerFargate(engine);
    const quick = albWithTargetGroup(engine, 'quick', 8080, QUICK).targetGroupArn;
    const slow = albWithTargetGroup(engine, 'slow', 8081, { HealthCheckIntervalSeconds: 30 }).targetGroupArn;
    createService(engine, {
      serviceName: 'web',
      desiredCount: 1,
      loadBalancers: [
        { targetGroupArn: quick, containerName: 'web', containerPort: 80 },
        { targetGroupArn: slow, containerName: 'web', containerPort: 80 },
      ],
    });
    engine.advance(10_000);
    expect([states(engine, quick), states(engine, slow)]).toEqual([['healthy'], ['initial']]);
    expect(describeService(engine, 'web').deployments[0].rolloutState).toBe('IN_PROGRESS');
    engine.advance(5_000);
    expect([states(engine, quick), states(engine, slow)]).toEqual([['healthy'], ['healthy']]);
    const service = describeService(engine, 'web');
    expect(service.deployments[0].rolloutState).toBe('COMPLETED');
    expect(messages(service)[0]).toBe('(service web) has reached a steady state.');
  });

  it('behind a target group, waits for a container health check too, even with the target healthy', () => {
    const { engine } = setup();
    registerFargate(engine, 'web', undefined, {
      healthCheck: { command: ['CMD-SHELL', 'true'], interval: 30, timeout: 2, retries: 1, startPeriod: 60 },
    });
    const { targetGroupArn } = albWithTargetGroup(engine, 'web', 8080, QUICK);
    createService(engine, {
      serviceName: 'web',
      desiredCount: 1,
      loadBalancers: [{ targetGroupArn, containerName: 'web', containerPort: 80 }],
    });
    engine.advance(30_000);
    expect(states(engine, targetGroupArn)).toEqual(['healthy']);
    expect(serviceTasks(engine, 'web').map((t) => [t.lastStatus, t.healthStatus])).toEqual([['RUNNING', 'UNKNOWN']]);
    expect(describeService(engine, 'web').deployments[0].rolloutState).toBe('IN_PROGRESS');
    engine.advance(5_000);
    expect(serviceTasks(engine, 'web').map((t) => t.healthStatus)).toEqual(['HEALTHY']);
    expect(describeService(engine, 'web').deployments[0].rolloutState).toBe('COMPLETED');
  });
  it('waits for the placement retry time after a failed placement, then places at that very time', () => {
    const { engine, clock } = setup();
    // One task per instance (3,000 of its 4,096 MiB): the second task finds no room.
    registerEc2(engine, 'ec2', 256, 3000);
    registerInstance(engine);
    engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'app',
      taskDefinition: 'ec2',
      desiredCount: 2,
      launchType: 'EC2',
    });
    const failedAt = clock.now();
    engine.advance(1_000);
    expect(messages(describeService(engine, 'app'))[0]).toMatch(/^\(service app\) was unable to place a task/);
    // Room appears at once, and the first task's notifications wake the service: still, no new try before 15 s.
    registerInstance(engine);
    engine.advance(failedAt + 15_000 - 1 - clock.now());
    expect(serviceTasks(engine, 'app').map((t) => t.lastStatus)).toEqual(['RUNNING']);
    // Exactly at the retry time, not a poll later.
    engine.advance(1);
    expect(
      serviceTasks(engine, 'app')
        .map((t) => t.lastStatus)
        .sort(),
    ).toEqual(['PROVISIONING', 'RUNNING']);
  });

  it('stops a task of an older deployment at once while it is still starting', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 2 });
    engine.advance(300);
    expect(serviceTasks(engine, 'web').map((t) => t.lastStatus)).toEqual(['PROVISIONING', 'PROVISIONING']);
    const v2 = registerFargate(engine, 'web', { version: '2' });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
    engine.advance(300);
    const stopping = serviceTasks(engine, 'web', 'STOPPED');
    expect(stopping.map((t) => t.taskDefinitionArn?.endsWith(':1'))).toEqual([true, true]);
    expect(serviceTasks(engine, 'web').map((t) => t.taskDefinitionArn)).toEqual([v2, v2]);
  });

  it('stops an UNHEALTHY task of an older deployment at once, inside its grace period', () => {
    const { engine } = setup();
    registerFargate(engine, 'web', { 'ecs-local.health': 'unhealthy' });
    createService(engine, { serviceName: 'web', desiredCount: 1, healthCheckGracePeriodSeconds: 300 });
    engine.advance(40_000);
    const [old] = serviceTasks(engine, 'web');
    expect([old.lastStatus, old.healthStatus]).toEqual(['RUNNING', 'UNHEALTHY']);
    const v2 = registerFargate(engine, 'web', { version: '2' });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
    engine.advance(1_000);
    // Not healthy and not warming up: it does not count towards minimumHealthyPercent (100).
    expect(serviceTasks(engine, 'web', 'STOPPED').map((t) => t.taskArn)).toEqual([old.taskArn]);
    expect(serviceTasks(engine, 'web').map((t) => [t.taskDefinitionArn, t.lastStatus])).toEqual([[v2, 'PENDING']]);
  });
  it('behind a target group, stops a task of an older deployment that is UNHEALTHY although its target is healthy', () => {
    const { engine } = setup();
    registerFargate(engine, 'web', { 'ecs-local.health': 'unhealthy' });
    const { targetGroupArn } = albWithTargetGroup(engine, 'web', 8080, QUICK);
    createService(engine, {
      serviceName: 'web',
      desiredCount: 1,
      healthCheckGracePeriodSeconds: 300,
      loadBalancers: [{ targetGroupArn, containerName: 'web', containerPort: 80 }],
    });
    engine.advance(40_000);
    const [old] = serviceTasks(engine, 'web');
    expect([old.lastStatus, old.healthStatus]).toEqual(['RUNNING', 'UNHEALTHY']);
    expect(states(engine, targetGroupArn)).toEqual(['healthy']);
    registerFargate(engine, 'web', { version: '2' });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
    engine.advance(1_000);
    expect(serviceTasks(engine, 'web', 'STOPPED').map((t) => t.taskArn)).toEqual([old.taskArn]);
  });
});
