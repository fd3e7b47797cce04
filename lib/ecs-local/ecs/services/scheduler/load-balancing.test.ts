// ECS services behind target groups on a fake clock: validation with ECS's errors, registration at ACTIVATING,
// rollouts that wait for healthy targets, draining before a task stops, unhealthy targets replaced.
import type { TargetHealthDescription } from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import type { Wire } from '../../../protocol/serialize';
import { albWithTargetGroup, elb } from '../../../testing/elbv2';
import { START, testEngine } from '../../../testing/engine';
import { createService, describeService, fails, messages, registerFargate, serviceTasks, setup } from '../../../testing/services';
import { registerInstance } from '../../../testing/tasks';

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

const QUICK = { HealthCheckIntervalSeconds: 5, HealthCheckTimeoutSeconds: 2 };
const UNHEALTHY_503 = {
  State: 'unhealthy',
  Reason: 'Target.ResponseCodeMismatch',
  Description: 'Health checks failed with these codes: [503]',
};

describe('the targets ECS registers for a service', () => {
  it('registers an EC2 bridge task as its instance’s EC2 id and the host port of that container port, once ACTIVATING', () => {
    const { engine } = setup();
    const { ec2InstanceId } = registerInstance(engine);
    // No networkMode: bridge. Two containers map port 80; the load balancer names the second one's port 8080.
    engine.call('RegisterTaskDefinition', {
      family: 'app',
      requiresCompatibilities: ['EC2'],
      containerDefinitions: [
        { name: 'sidecar', image: 'busybox', cpu: 64, memory: 64, portMappings: [{ containerPort: 80 }] },
        { name: 'web', image: 'nginx', cpu: 64, memory: 64, portMappings: [{ containerPort: 80 }, { containerPort: 8080 }] },
      ],
    });
    const { targetGroupArn } = albWithTargetGroup(engine, 'web', 8080, { TargetType: 'instance' });
    engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'app',
      taskDefinition: 'app',
      desiredCount: 1,
      launchType: 'EC2',
      loadBalancers: [{ targetGroupArn, containerName: 'web', containerPort: 8080 }],
    });
    engine.advance(1_000);
    const [pending] = serviceTasks(engine, 'app');
    expect(pending.lastStatus).toBe('PENDING');
    expect(health(engine, targetGroupArn)).toEqual([]);
    engine.advance(1_000);
    const [task] = serviceTasks(engine, 'app');
    expect(task.lastStatus).toBe('ACTIVATING');
    const hostPort = task.containers
      ?.find((c) => c.name === 'web')
      ?.networkBindings?.find((b) => b.containerPort === 8080)?.hostPort;
    expect(hostPort).toBeGreaterThanOrEqual(49152);
    expect(health(engine, targetGroupArn).map((d) => [d.Target?.Id, d.Target?.Port, d.TargetHealth?.State])).toEqual([
      [ec2InstanceId, hostPort, 'initial'],
    ]);
    expect(messages(describeService(engine, 'app'))).toContain(
      `(service app) registered 1 targets in (target-group ${targetGroupArn})`,
    );
  });

  it('registers each task in each of its target groups, per container and port, and stops a task failing one of them', () => {
    const { engine } = setup();
    engine.call('RegisterTaskDefinition', {
      family: 'web',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      containerDefinitions: [
        { name: 'web', image: 'nginx', portMappings: [{ containerPort: 80 }] },
        {
          name: 'admin',
          image: 'nginx',
          portMappings: [{ containerPort: 81 }],
          dockerLabels: { 'ecs-local.lb-health': 'unhealthy' },
        },
      ],
    });
    const web = albWithTargetGroup(engine, 'web', 8080, QUICK).targetGroupArn;
    const admin = albWithTargetGroup(engine, 'admin', 8081, QUICK).targetGroupArn;
    createService(engine, {
      serviceName: 'web',
      desiredCount: 2,
      healthCheckGracePeriodSeconds: 30,
      loadBalancers: [
        { targetGroupArn: web, containerName: 'web', containerPort: 80 },
        { targetGroupArn: admin, containerName: 'admin', containerPort: 81 },
      ],
    });
    engine.advance(3_000);
    const ips = serviceTasks(engine, 'web')
      .map((t) => t.attachments?.[0].details?.find((d) => d.name === 'privateIPv4Address')?.value)
      .sort();
    expect(health(engine, web).map((d) => [d.Target?.Id, d.Target?.Port])).toEqual(ips.map((ip) => [ip, 80]));
    expect(health(engine, admin).map((d) => [d.Target?.Id, d.Target?.Port])).toEqual(ips.map((ip) => [ip, 81]));
    const text = messages(describeService(engine, 'web'));
    expect(text).toContain(`(service web) registered 2 targets in (target-group ${web})`);
    expect(text).toContain(`(service web) registered 2 targets in (target-group ${admin})`);
    engine.advance(25_000);
    expect(health(engine, web).map((d) => d.TargetHealth?.State)).toEqual(['healthy', 'healthy']);
    // Registered once: the later looks find each target in its own group.
    expect(messages(describeService(engine, 'web')).filter((m) => m.startsWith('(service web) registered'))).toHaveLength(2);
    expect(health(engine, admin).map((d) => d.TargetHealth)).toEqual([UNHEALTHY_503, UNHEALTHY_503]);
    // Inside the 30 s grace period the tasks keep running; after it they stop, naming the failing group.
    expect(serviceTasks(engine, 'web', 'STOPPED')).toEqual([]);
    engine.advance(20_000);
    const stopped = serviceTasks(engine, 'web', 'STOPPED');
    expect(stopped.length).toBeGreaterThanOrEqual(2);
    expect(new Set(stopped.map((t) => t.stoppedReason))).toEqual(
      new Set([`Task failed ELB health checks in (target-group ${admin})`]),
    );
  });

  it('fails a Network Load Balancer’s TCP checks with its own reason, next to an ALB’s on the same port', () => {
    const { engine } = setup();
    registerFargate(engine, 'web', { 'ecs-local.lb-health': 'unhealthy' });
    const alb = albWithTargetGroup(engine, 'web', 8080, QUICK).targetGroupArn;
    const lb = elb<{ LoadBalancers: { LoadBalancerArn: string }[] }>(engine, 'CreateLoadBalancer', {
      Name: 'web-nlb',
      Type: 'network',
    }).LoadBalancers[0].LoadBalancerArn;
    const targetGroupArn = elb<{ TargetGroups: { TargetGroupArn: string }[] }>(engine, 'CreateTargetGroup', {
      // Named to sort after the ALB's group: the task's ALB target is the first of its targets.
      Name: 'z-tcp',
      Protocol: 'TCP',
      Port: 80,
      VpcId: 'vpc-1',
      TargetType: 'ip',
      HealthCheckIntervalSeconds: 5,
      HealthCheckTimeoutSeconds: 2,
    }).TargetGroups[0].TargetGroupArn;
    elb(engine, 'CreateListener', {
      LoadBalancerArn: lb,
      Protocol: 'TCP',
      Port: 80,
      DefaultActions: [{ Type: 'forward', TargetGroupArn: targetGroupArn }],
    });
    balanced(engine, targetGroupArn, {
      desiredCount: 1,
      healthCheckGracePeriodSeconds: 600,
      loadBalancers: [
        { targetGroupArn: alb, containerName: 'web', containerPort: 80 },
        { targetGroupArn, containerName: 'web', containerPort: 80 },
      ],
    });
    engine.advance(20_000);
    for (let i = 0; i < 3; i++) {
      engine.advance(10_000);
      expect(health(engine, targetGroupArn).map((d) => d.TargetHealth)).toEqual([
        { State: 'unhealthy', Reason: 'Target.FailedHealthChecks', Description: 'Health checks failed' },
      ]);
      expect(health(engine, alb).map((d) => d.TargetHealth)).toEqual([UNHEALTHY_503]);
    }
  });

  it('leaves out a target group deleted under the service: its new tasks start, registered nowhere', () => {
    const { engine } = setup();
    registerFargate(engine);
    const { targetGroupArn, listenerArn } = albWithTargetGroup(engine, 'web', 8080, QUICK);
    balanced(engine, targetGroupArn, { desiredCount: 1 });
    engine.advance(30_000);
    elb(engine, 'DeleteListener', { ListenerArn: listenerArn });
    elb(engine, 'DeleteTargetGroup', { TargetGroupArn: targetGroupArn });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 2 });
    engine.advance(30_000);
    expect(serviceTasks(engine, 'web').map((t) => t.lastStatus)).toEqual(['RUNNING', 'RUNNING']);
    expect(messages(describeService(engine, 'web')).filter((m) => m.startsWith('(service web) registered'))).toHaveLength(1);
  });

  it('completes an update that moves the load balancer to a container the old revision does not have', () => {
    const { engine } = setup();
    registerFargate(engine);
    const { targetGroupArn } = albWithTargetGroup(engine, 'web', 8080, QUICK);
    balanced(engine, targetGroupArn, { desiredCount: 1 });
    engine.advance(30_000);
    engine.call('RegisterTaskDefinition', {
      family: 'web',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      containerDefinitions: [
        { name: 'web', image: 'nginx', portMappings: [{ containerPort: 80 }] },
        { name: 'api', image: 'nginx', portMappings: [{ containerPort: 8080 }] },
      ],
    });
    engine.call('UpdateService', {
      cluster: 'demo',
      service: 'web',
      taskDefinition: 'web:2',
      loadBalancers: [{ targetGroupArn, containerName: 'api', containerPort: 8080 }],
    });
    // The old task drains for the default deregistration delay (300 s) before it stops.
    engine.advance(7 * 60_000);
    const service = describeService(engine, 'web');
    expect(service.deployments.map((d) => [d.rolloutState, d.taskDefinition?.split(':').pop()])).toEqual([['COMPLETED', '2']]);
    const [task] = serviceTasks(engine, 'web');
    const ip = task.attachments?.[0].details?.find((d) => d.name === 'privateIPv4Address')?.value;
    expect(health(engine, targetGroupArn).map((d) => [d.Target?.Id, d.Target?.Port, d.TargetHealth?.State])).toEqual([
      [ip, 8080, 'healthy'],
    ]);
  });

  it('fails a task’s target once its container turns UNHEALTHY (a ten times faster engine)', () => {
    const { engine } = testEngine(START, { timeScale: 0.1 });
    engine.call('CreateCluster', { clusterName: 'demo' });
    registerFargate(engine, 'web', { 'ecs-local.health': 'unhealthy' });
    const { targetGroupArn } = albWithTargetGroup(engine, 'web', 8080, QUICK);
    balanced(engine, targetGroupArn, { desiredCount: 1, healthCheckGracePeriodSeconds: 100 });
    engine.advance(3_000);
    expect(serviceTasks(engine, 'web').map((t) => t.healthStatus)).toEqual(['UNKNOWN']);
    expect(health(engine, targetGroupArn).map((d) => d.TargetHealth)).toEqual([{ State: 'healthy' }]);
    engine.advance(2_000);
    expect(serviceTasks(engine, 'web').map((t) => t.healthStatus)).toEqual(['UNHEALTHY']);
    expect(health(engine, targetGroupArn).map((d) => d.TargetHealth)).toEqual([UNHEALTHY_503]);
  });

  it('counts the health check grace period in the engine’s time scale, and stops the task the moment it ends', () => {
    const { engine, clock } = testEngine(START, { timeScale: 0.1 });
    engine.call('CreateCluster', { clusterName: 'demo' });
    registerFargate(engine, 'web', { 'ecs-local.lb-health': 'unhealthy' });
    const { targetGroupArn } = albWithTargetGroup(engine, 'web', 8080, QUICK);
    // 100 s of grace are 10 s here: the target fails at once, the task stops only then.
    balanced(engine, targetGroupArn, { desiredCount: 1, healthCheckGracePeriodSeconds: 100 });
    engine.advance(3_000);
    const [task] = serviceTasks(engine, 'web');
    const graceEnds = (task.startedAt ?? 0) * 1000 + 10_000;
    engine.advance(graceEnds - 1 - clock.now());
    expect(health(engine, targetGroupArn).map((d) => d.TargetHealth)).toEqual([UNHEALTHY_503]);
    expect(serviceTasks(engine, 'web', 'STOPPED')).toEqual([]);
    // A look at the very end of the grace period (a desired count left as it is wakes the service) stops it.
    engine.advance(1);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 1 });
    engine.advance(0);
    const stopped = serviceTasks(engine, 'web', 'STOPPED');
    expect(stopped.map((t) => t.stoppedReason)).toEqual([`Task failed ELB health checks in (target-group ${targetGroupArn})`]);
    // Replaced in the same look.
    expect(serviceTasks(engine, 'web').map((t) => t.createdAt)).toEqual([stopped[0].stoppingAt]);
  });

  it('leaves a task whose target fails while it is still ACTIVATING: the grace period starts once it runs', () => {
    const { engine, clock } = setup();
    // 300 s to start: PROVISIONING 120 s, PENDING 120 s, then ACTIVATING from 240 s to 300 s.
    registerFargate(engine, 'web', { 'ecs-local.lb-health': 'unhealthy', 'ecs-local.start-seconds': '300' });
    const { targetGroupArn } = albWithTargetGroup(engine, 'web', 8080, QUICK);
    balanced(engine, targetGroupArn, { desiredCount: 1, healthCheckGracePeriodSeconds: 60 });
    engine.advance(START + 299_000 - clock.now());
    const [task] = serviceTasks(engine, 'web');
    expect(task.lastStatus).toBe('ACTIVATING');
    expect(health(engine, targetGroupArn).map((d) => d.TargetHealth)).toEqual([UNHEALTHY_503]);
    expect(serviceTasks(engine, 'web', 'STOPPED')).toEqual([]);
    expect(messages(describeService(engine, 'web')).some((m) => m.includes(' is unhealthy in '))).toBe(false);
    engine.advance(2_000);
    const [running] = serviceTasks(engine, 'web');
    expect(running.lastStatus).toBe('RUNNING');
    const graceEnds = (running.startedAt ?? 0) * 1000 + 60_000;
    engine.advance(graceEnds - 1 - clock.now());
    expect(serviceTasks(engine, 'web', 'STOPPED')).toEqual([]);
    engine.advance(16_000);
    expect(serviceTasks(engine, 'web', 'STOPPED').map((t) => [t.taskArn, t.stoppedReason])).toEqual([
      [task.taskArn, `Task failed ELB health checks in (target-group ${targetGroupArn})`],
    ]);
  });
});
