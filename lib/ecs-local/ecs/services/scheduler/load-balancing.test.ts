// ECS services behind target groups on a fake clock: validation with ECS's errors, registration at ACTIVATING,
// rollouts that wait for healthy targets, draining before a task stops, unhealthy targets replaced.
import type { TargetHealthDescription } from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import type { Wire } from '../../../protocol/serialize';
import { albWithTargetGroup, elb } from '../../../testing/elbv2';
import { createService, describeService, fails, messages, registerFargate, serviceTasks, setup } from '../../../testing/services';

function health(engine: ReturnType<typeof setup>['engine'], tgArn: string): Wire<TargetHealthDescription>[] {
  return elb<{ TargetHealthDescriptions: Wire<TargetHealthDescription>[] }>(engine, 'DescribeTargetHealth', {
    TargetGroupArn: tgArn,
  }).TargetHealthDescriptions;
}

function balanced(engine: ReturnType<typeof setup>['engine'], tgArn: string, input: Record<string, unknown> = {}) {
  return createService(engine, {
    serviceName: 'web',
    desiredCount: 2,
    loadBalancers: [{ targetGroupArn: tgArn, containerName: 'web', containerPort: 80 }],
    ...input,
  });
}

describe('CreateService with loadBalancers', () => {
  it('refuses target groups ECS refuses, with its words', () => {
    const { engine } = setup();
    registerFargate(engine);
    const missing = 'arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/none/0000000000000000';
    expect(fails(() => balanced(engine, missing)).message).toBe(
      `The target group with targetGroupArn ${missing} does not exist.`,
    );
    const lone = elb<{ TargetGroups: { TargetGroupArn: string }[] }>(engine, 'CreateTargetGroup', {
      Name: 'lone',
      Protocol: 'HTTP',
      Port: 80,
      VpcId: 'vpc-1',
      TargetType: 'ip',
    }).TargetGroups[0].TargetGroupArn;
    expect(fails(() => balanced(engine, lone)).message).toBe(
      `The target group with targetGroupArn ${lone} does not have an associated load balancer.`,
    );
    const instance = albWithTargetGroup(engine, 'inst', 8081, { TargetType: 'instance' }).targetGroupArn;
    expect(fails(() => balanced(engine, instance)).message).toBe(
      `The provided target group ${instance} has target type instance, which is incompatible with the awsvpc network mode specified in the task definition.`,
    );
    const { targetGroupArn } = albWithTargetGroup(engine);
    const wrongPort = fails(() =>
      createService(engine, {
        serviceName: 'web',
        desiredCount: 1,
        loadBalancers: [{ targetGroupArn, containerName: 'web', containerPort: 81 }],
      }),
    );
    expect(wrongPort.type).toBe('InvalidParameterException');
    expect(wrongPort.message).toBe('The container web did not have a container port 81 defined.');
  });
});

describe('UpdateService with loadBalancers', () => {
  it('checks them when they or the revision change, not for a change of desired count', () => {
    const { engine } = setup();
    registerFargate(engine);
    const { targetGroupArn, listenerArn } = albWithTargetGroup(engine);
    balanced(engine, targetGroupArn);
    elb(engine, 'DeleteListener', { ListenerArn: listenerArn });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 1 });
    expect(describeService(engine, 'web').desiredCount).toBe(1);
    const error = fails(() =>
      engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: registerFargate(engine) }),
    );
    expect(error.message).toBe(
      `The target group with targetGroupArn ${targetGroupArn} does not have an associated load balancer.`,
    );
  });
});

describe('a service behind an Application Load Balancer', () => {
  it('registers each task when it reaches ACTIVATING and completes the rollout only once targets are healthy', () => {
    const { engine } = setup();
    registerFargate(engine);
    const { targetGroupArn } = albWithTargetGroup(engine, 'web', 8080, { HealthCheckIntervalSeconds: 10 });
    balanced(engine, targetGroupArn);
    engine.advance(3_000);
    const tasks = serviceTasks(engine, 'web');
    expect(tasks.map((t) => t.lastStatus)).toEqual(['RUNNING', 'RUNNING']);
    const ips = tasks.map((t) => t.attachments?.[0].details?.find((d) => d.name === 'privateIPv4Address')?.value).sort();
    const registered = health(engine, targetGroupArn);
    expect(registered.map((d) => d.Target?.Id).sort()).toEqual(ips);
    expect(registered.every((d) => d.Target?.Port === 80 && d.TargetHealth?.State === 'initial')).toBe(true);
    expect(messages(describeService(engine, 'web'))).toContain(
      `(service web) registered 2 targets in (target-group ${targetGroupArn})`,
    );
    expect(describeService(engine, 'web').deployments[0].rolloutState).toBe('IN_PROGRESS');
    engine.advance(10_000);
    expect(health(engine, targetGroupArn).map((d) => d.TargetHealth?.State)).toEqual(['healthy', 'healthy']);
    const service = describeService(engine, 'web');
    expect(service.deployments[0].rolloutState).toBe('COMPLETED');
    expect(messages(service)).toContain('(service web) has reached a steady state.');
  });

  it('drains a task’s targets for the deregistration delay before the task stops on scale-in', () => {
    const { engine } = setup();
    registerFargate(engine);
    const { targetGroupArn } = albWithTargetGroup(engine, 'web', 8080, { HealthCheckIntervalSeconds: 10 });
    elb(engine, 'ModifyTargetGroupAttributes', {
      TargetGroupArn: targetGroupArn,
      Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '20' }],
    });
    balanced(engine, targetGroupArn);
    engine.advance(30_000);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 1 });
    engine.advance(1_000);
    const stopping = serviceTasks(engine, 'web', 'STOPPED');
    expect(stopping).toHaveLength(1);
    expect(stopping[0].lastStatus).toBe('DEACTIVATING');
    expect(
      health(engine, targetGroupArn)
        .map((d) => d.TargetHealth)
        .sort((a, b) => (a?.State ?? '').localeCompare(b?.State ?? '')),
    ).toEqual([
      { State: 'draining', Reason: 'Target.DeregistrationInProgress', Description: 'Target deregistration is in progress' },
      { State: 'healthy' },
    ]);
    const text = messages(describeService(engine, 'web'));
    expect(text).toContain(`(service web) deregistered 1 targets in (target-group ${targetGroupArn})`);
    expect(text).toContain('(service web) has begun draining connections on 1 tasks.');
    engine.advance(15_000);
    expect(serviceTasks(engine, 'web', 'STOPPED')[0].lastStatus).toBe('DEACTIVATING');
    engine.advance(10_000);
    expect(serviceTasks(engine, 'web', 'STOPPED')[0].lastStatus).toBe('STOPPED');
    expect(health(engine, targetGroupArn).map((d) => d.TargetHealth?.State)).toEqual(['healthy']);
  });

  it('stops tasks whose targets fail after the grace period, in ECS’s words, and the circuit breaker rolls back', () => {
    const { engine } = setup();
    const good = registerFargate(engine);
    const { targetGroupArn } = albWithTargetGroup(engine, 'web', 8080, {
      HealthCheckIntervalSeconds: 5,
      HealthCheckTimeoutSeconds: 2,
    });
    elb(engine, 'ModifyTargetGroupAttributes', {
      TargetGroupArn: targetGroupArn,
      Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '0' }],
    });
    balanced(engine, targetGroupArn, {
      healthCheckGracePeriodSeconds: 12,
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
    });
    engine.advance(30_000);
    expect(describeService(engine, 'web').deployments[0].rolloutState).toBe('COMPLETED');
    registerFargate(engine, 'web', { 'ecs-local.lb-health': 'unhealthy' });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
    engine.advance(13_000);
    const failing = serviceTasks(engine, 'web').filter((t) => t.taskDefinitionArn?.endsWith(':2'));
    // Inside the grace period: unhealthy targets, tasks still running.
    expect(failing.length).toBeGreaterThan(0);
    expect(health(engine, targetGroupArn).some((d) => d.TargetHealth?.State === 'unhealthy')).toBe(true);
    engine.advance(300_000);
    const stopped = serviceTasks(engine, 'web', 'STOPPED').filter((t) => t.taskDefinitionArn?.endsWith(':2'));
    expect(stopped.length).toBeGreaterThan(0);
    expect(stopped[0].stoppedReason).toBe(`Task failed ELB health checks in (target-group ${targetGroupArn})`);
    expect(stopped[0].stopCode).toBe('ServiceSchedulerInitiated');
    const service = describeService(engine, 'web');
    expect(messages(service).join('\n')).toMatch(
      new RegExp(
        `\\(service web\\) \\(task [0-9a-f]{32}\\) \\(port 80\\) is unhealthy in \\(target-group ${targetGroupArn.replace(/[/.]/g, '\\$&')}\\) due to \\(reason Health checks failed with these codes: \\[503\\]\\)\\.`,
      ),
    );
    expect(service.taskDefinition).toBe(good);
    expect(messages(service).join('\n')).toMatch(
      /\(service web\) \(deployment ecs-svc\/\d+\) deployment failed: tasks failed to start\./,
    );
    engine.advance(60_000);
    expect(describeService(engine, 'web').deployments).toHaveLength(1);
    expect(health(engine, targetGroupArn).map((d) => d.TargetHealth?.State)).toEqual(['healthy', 'healthy']);
  });
});
