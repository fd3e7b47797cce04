// How the service scheduler starts and stops a service's tasks (scheduler/launch.ts), seen through the API: what a
// task takes from its service (tags, group, settings), launches of many tasks, the events ECS writes for tasks started
// and stopped and for targets deregistered and drained, the "unable to place a task" events in ECS's words, and how
// often the same one is written again.
import type { Task } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { AGENT_ATTRIBUTE } from '../../../../ecs-rules/agent';
import { FakeClock } from '../../../core/clock';
import { Engine } from '../../../engine';
import type { Wire } from '../../../protocol/serialize';
import { associate, createProvider } from '../../../testing/capacity-providers';
import { albWithTargetGroup, elb } from '../../../testing/elbv2';
import { START } from '../../../testing/engine';
import {
  createService,
  describeService,
  messages,
  NETWORK,
  registerFargate,
  serviceTasks,
  setup,
} from '../../../testing/services';
import { registerBridge, registerEc2, registerInstance } from '../../../testing/tasks';

type TestEngine = ReturnType<typeof setup>['engine'];

function tagsOf(engine: TestEngine, service: string): Wire<Task>['tags'][] {
  const arns = serviceTasks(engine, service).map((t) => t.taskArn);
  const out = engine.call('DescribeTasks', { cluster: 'demo', tasks: arns, include: ['TAGS'] }) as { tasks: Wire<Task>[] };
  return out.tasks.map((t) => t.tags);
}

function instanceId(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

/** An EC2 service `app` of the definition `td`. */
function ec2Service(engine: TestEngine, td: string, desiredCount: number, input: Record<string, unknown> = {}) {
  engine.call('CreateService', {
    cluster: 'demo',
    serviceName: 'app',
    taskDefinition: td,
    desiredCount,
    launchType: 'EC2',
    ...input,
  });
}

const UNPLACEABLE =
  '(service app) was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster.';

describe('the tasks a service starts', () => {
  it('carry the service’s tags, or its task definition’s, and the managed tags when asked', () => {
    const { engine } = setup();
    engine.call('RegisterTaskDefinition', {
      family: 'web',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      containerDefinitions: [{ name: 'web', image: 'nginx:latest' }],
      tags: [{ key: 'from', value: 'definition' }],
    });
    const tags = [{ key: 'from', value: 'service' }];
    createService(engine, { serviceName: 'svc', desiredCount: 1, tags, propagateTags: 'SERVICE' });
    createService(engine, { serviceName: 'def', desiredCount: 1, tags, propagateTags: 'TASK_DEFINITION' });
    createService(engine, { serviceName: 'managed', desiredCount: 1, tags, enableECSManagedTags: true });
    createService(engine, {
      serviceName: 'both',
      desiredCount: 1,
      tags,
      propagateTags: 'SERVICE',
      enableECSManagedTags: true,
    });
    createService(engine, { serviceName: 'none', desiredCount: 1, tags, propagateTags: 'NONE' });
    // Nothing to propagate: a service without tags, a revision without tags.
    createService(engine, { serviceName: 'untagged', desiredCount: 1, propagateTags: 'SERVICE' });
    registerFargate(engine, 'bare');
    createService(engine, { serviceName: 'bare', taskDefinition: 'bare', desiredCount: 1, propagateTags: 'TASK_DEFINITION' });
    engine.advance(1_000);
    expect(tagsOf(engine, 'svc')).toEqual([[{ key: 'from', value: 'service' }]]);
    expect(tagsOf(engine, 'def')).toEqual([[{ key: 'from', value: 'definition' }]]);
    expect(tagsOf(engine, 'managed')).toEqual([
      [
        { key: 'aws:ecs:serviceName', value: 'managed' },
        { key: 'aws:ecs:clusterName', value: 'demo' },
      ],
    ]);
    expect(tagsOf(engine, 'both')).toEqual([
      [
        { key: 'from', value: 'service' },
        { key: 'aws:ecs:serviceName', value: 'both' },
        { key: 'aws:ecs:clusterName', value: 'demo' },
      ],
    ]);
    expect(tagsOf(engine, 'none')).toEqual([[]]);
    expect(tagsOf(engine, 'untagged')).toEqual([[]]);
    expect(tagsOf(engine, 'bare')).toEqual([[]]);
  });

  it('are of the service’s group, started by its deployment, with its settings', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 1, enableExecuteCommand: true, platformVersion: '1.4.0' });
    createService(engine, { serviceName: 'plain', desiredCount: 1 });
    engine.advance(1_000);
    const [task] = serviceTasks(engine, 'web');
    expect(task).toMatchObject({
      group: 'service:web',
      startedBy: describeService(engine, 'web').deployments[0].id,
      enableExecuteCommand: true,
      platformVersion: '1.4.0',
      launchType: 'FARGATE',
    });
    expect(serviceTasks(engine, 'plain')[0]).toMatchObject({ group: 'service:plain', enableExecuteCommand: false });
  });

  it('keep coming from a revision deregistered since the service started', () => {
    const { engine } = setup();
    const arn = registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 1 });
    engine.advance(1_000);
    engine.call('DeregisterTaskDefinition', { taskDefinition: 'web:1' });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 3 });
    engine.advance(1_000);
    expect(serviceTasks(engine, 'web').map((t) => t.taskDefinitionArn)).toEqual([arn, arn, arn]);
    expect(messages(describeService(engine, 'web')).filter((m) => m.includes('unable to place'))).toEqual([]);
  });

  it('are started all in one step however many, and said in one event', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 25 });
    engine.advance(1_000);
    const tasks = serviceTasks(engine, 'web');
    expect(tasks).toHaveLength(25);
    const started = messages(describeService(engine, 'web')).filter((m) => m.includes('has started'));
    expect(started).toHaveLength(1);
    expect(started[0]).toMatch(/^\(service web\) has started 25 tasks: (\(task [0-9a-f]{32}\) ){24}\(task [0-9a-f]{32}\)\.$/);
    for (const t of tasks) expect(started[0]).toContain(`(task ${instanceId(t.taskArn as string)})`);
  });

  it('on EC2, fill the room there is and say why the rest could not be placed', () => {
    const { engine } = setup();
    // Room for 12 tasks of 256 MiB on the instance (3,072 of its 4,096 MiB would be 12; 13 do not fit).
    registerEc2(engine, 'ec2', 10, 300);
    const instance = registerInstance(engine, 'demo', 2048, 3600).containerInstanceArn as string;
    ec2Service(engine, 'ec2', 15);
    engine.advance(1_000);
    expect(serviceTasks(engine, 'app')).toHaveLength(12);
    const text = messages(describeService(engine, 'app'));
    expect(text[0]).toBe(
      `(service app) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance ${instanceId(instance)}) has insufficient memory available. For more information, see the Troubleshooting section.`,
    );
    expect(text[1]).toMatch(/^\(service app\) has started 12 tasks: /);
  });
});

describe('the events of tasks a service stops', () => {
  it('say which tasks stopped, and nothing of targets or draining without a load balancer', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 3 });
    engine.advance(60_000);
    const before = messages(describeService(engine, 'web')).length;
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 1 });
    engine.advance(1_000);
    const stopped = serviceTasks(engine, 'web', 'STOPPED');
    expect(stopped).toHaveLength(2);
    expect(stopped.map((t) => t.stopCode)).toEqual(['ServiceSchedulerInitiated', 'ServiceSchedulerInitiated']);
    const text = messages(describeService(engine, 'web'));
    const ids = stopped.map((t) => `(task ${instanceId(t.taskArn as string)})`);
    expect(text.slice(0, text.length - before)).toEqual([
      expect.stringMatching(/^\(service web\) has stopped 2 running tasks: /),
    ]);
    expect(ids.every((id) => text[0].includes(id))).toBe(true);
  });

  it('count the targets deregistered per target group and the tasks draining, leaving out targets already draining', () => {
    const { engine } = setup();
    registerFargate(engine);
    const first = albWithTargetGroup(engine, 'one', 8080).targetGroupArn;
    const second = albWithTargetGroup(engine, 'two', 8081).targetGroupArn;
    createService(engine, {
      serviceName: 'web',
      desiredCount: 3,
      loadBalancers: [
        { targetGroupArn: first, containerName: 'web', containerPort: 80 },
        { targetGroupArn: second, containerName: 'web', containerPort: 80 },
      ],
    });
    engine.advance(60_000);
    const tasks = serviceTasks(engine, 'web');
    expect(tasks).toHaveLength(3);
    // One task's target in the second group taken out by hand: it is draining already when the service stops it.
    const ip = tasks[0].attachments?.[0].details?.find((d) => d.name === 'privateIPv4Address')?.value;
    elb(engine, 'DeregisterTargets', { TargetGroupArn: second, Targets: [{ Id: ip, Port: 80 }] });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 0 });
    engine.advance(1_000);
    const text = messages(describeService(engine, 'web'));
    expect(text.slice(0, 4).sort()).toEqual(
      [
        `(service web) deregistered 3 targets in (target-group ${first})`,
        `(service web) deregistered 2 targets in (target-group ${second})`,
        '(service web) has begun draining connections on 3 tasks.',
        expect.stringMatching(/^\(service web\) has stopped 3 running tasks: /),
      ].sort(),
    );
  });

  it('are not written when a deleted service has no task to stop', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 0 });
    engine.advance(1_000);
    engine.call('DeleteService', { cluster: 'demo', service: 'web' });
    engine.advance(1_000);
    expect(messages(describeService(engine, 'web')).filter((m) => m.includes('has stopped'))).toEqual([]);
  });
});

describe('a task that cannot be placed', () => {
  it('is reported with the closest container instance and what it lacks', () => {
    const cases: [string, (engine: TestEngine) => void, string][] = [
      ['cpu', (engine) => registerEc2(engine, 'cpu', 1500, 128), 'has insufficient CPU units available'],
      ['memory', (engine) => registerEc2(engine, 'memory', 10, 3000), 'has insufficient memory available'],
      ['port', (engine) => registerEc2(engine, 'port', 10, 128, 80), 'is already using a port required by your task'],
    ];
    for (const [td, register, lacks] of cases) {
      const { engine } = setup();
      register(engine);
      const instance = registerInstance(engine).containerInstanceArn as string;
      ec2Service(engine, td, 2);
      engine.advance(1_000);
      expect(serviceTasks(engine, 'app')).toHaveLength(1);
      expect(messages(describeService(engine, 'app'))[0]).toBe(
        `(service app) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance ${instanceId(instance)}) ${lacks}. For more information, see the Troubleshooting section.`,
      );
    }
  });

  it('is reported with the instance whose agent is disconnected', () => {
    const { engine } = setup();
    const out = engine.call('RegisterContainerInstance', {
      cluster: 'demo',
      instanceIdentityDocument: JSON.stringify({ instanceId: 'i-00000000000000001' }),
      totalResources: [
        { name: 'CPU', type: 'INTEGER', integerValue: 1024 },
        { name: 'MEMORY', type: 'INTEGER', integerValue: 1024 },
      ],
      attributes: [{ name: AGENT_ATTRIBUTE, value: 'simulated' }],
    }) as { containerInstance: { containerInstanceArn: string } };
    engine.advance(31_000, 1000);
    registerEc2(engine, 'ec2', 10, 128);
    ec2Service(engine, 'ec2', 1);
    engine.advance(1_000);
    expect(messages(describeService(engine, 'app'))[0]).toBe(
      `(service app) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance ${instanceId(out.containerInstance.containerInstanceArn)}) encountered error "AGENT". For more information, see the Troubleshooting section.`,
    );
  });

  it('is reported with the reason and its detail, without a doubled period, when no resource is short', () => {
    const { engine } = setup();
    registerInstance(engine, 'demo', 2048, 4096, [{ name: 'zone', value: 'a' }]);
    registerEc2(engine, 'ec2', 10, 128);
    ec2Service(engine, 'ec2', 1, { placementConstraints: [{ type: 'memberOf', expression: 'attribute:zone == b' }] });
    engine.advance(1_000);
    expect(messages(describeService(engine, 'app'))[0]).toBe(
      '(service app) was unable to place a task because no container instance met all of its requirements. Reason: ATTRIBUTE: The container instance does not match the memberOf placement constraint.',
    );
  });

  it('is reported as a plain reason when it names no container instance nor a resource ECS describes', () => {
    const { engine } = setup();
    registerBridge(engine, 'udp', 10, 128, [{ containerPort: 53, hostPort: 53, protocol: 'udp' }]);
    registerInstance(engine);
    ec2Service(engine, 'udp', 2);
    engine.advance(1_000);
    expect(serviceTasks(engine, 'app')).toHaveLength(1);
    expect(messages(describeService(engine, 'app'))[0]).toBe(
      '(service app) was unable to place a task. Reason: RESOURCE:PORTS_UDP.',
    );
  });

  it('is reported with every sentence of a refusal that names container instances', () => {
    const { engine } = setup();
    // An Auto Scaling group provider without managed scaling whose group has no instance: the launch is refused.
    createProvider(engine, 'fixed');
    associate(engine, 'demo', ['fixed']);
    registerEc2(engine, 'ec2', 10, 128);
    engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'app',
      taskDefinition: 'ec2',
      desiredCount: 1,
      capacityProviderStrategy: [{ capacityProvider: 'fixed', weight: 1 }],
    });
    engine.advance(1_000);
    expect(messages(describeService(engine, 'app'))).toEqual([
      '(service app) was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in capacity provider fixed. Its Auto Scaling group has no registered instances and managed scaling is off.',
    ]);
    expect(serviceTasks(engine, 'app')).toEqual([]);
  });

  it('is reported as the plain reason when the launch itself is refused, its period not doubled', () => {
    const { engine } = setup();
    registerFargate(engine);
    // CreateService takes any known platform version; the launch knows 1.0.0 only for Windows, so each try is refused
    // (ECS probably refuses this at CreateService already: the engine checks the version against the OS only here).
    createService(engine, { serviceName: 'web', desiredCount: 1, platformVersion: '1.0.0' });
    engine.advance(1_000);
    expect(messages(describeService(engine, 'web'))).toEqual([
      '(service web) was unable to place a task. Reason: The specified platform version does not exist.',
    ]);
    expect(serviceTasks(engine, 'web')).toEqual([]);
  });

  it('is reported with every sentence of a refusal whose last one does not end with a period', () => {
    const { engine } = setup();
    registerFargate(engine);
    engine.call('PutClusterCapacityProviders', {
      cluster: 'demo',
      capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
      defaultCapacityProviderStrategy: [],
    });
    engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'web',
      desiredCount: 0,
      deploymentController: { type: 'EXTERNAL' },
    });
    engine.call('CreateTaskSet', {
      cluster: 'demo',
      service: 'web',
      taskDefinition: 'web',
      capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
      networkConfiguration: NETWORK,
    });
    engine.advance(1_000);
    // A task set's provider is not "in use" while the set has no task: the cluster lets it go.
    engine.call('PutClusterCapacityProviders', {
      cluster: 'demo',
      capacityProviders: ['FARGATE'],
      defaultCapacityProviderStrategy: [],
    });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 1 });
    engine.advance(1_000);
    expect(messages(describeService(engine, 'web'))).toEqual([
      '(service web) was unable to place a task. Reason: The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again. (FARGATE_SPOT).',
    ]);
    expect(serviceTasks(engine, 'web')).toEqual([]);
  });

  it('is reported when the cluster has no container instance, without a "started" event', () => {
    const { engine } = setup();
    registerEc2(engine, 'ec2', 10, 128);
    ec2Service(engine, 'ec2', 1);
    engine.advance(1_000);
    expect(messages(describeService(engine, 'app'))).toEqual([UNPLACEABLE]);
  });

  it('is said again only once a minute has passed since it was said, while retried every 15 s', () => {
    const { engine, clock } = setup();
    registerEc2(engine, 'ec2', 10, 128);
    const start = clock.now();
    ec2Service(engine, 'ec2', 1);
    const said = () => messages(describeService(engine, 'app')).filter((m) => m === UNPLACEABLE).length;
    engine.advance(0);
    expect(said()).toBe(1);
    engine.advance(start + 60_000 - 1 - clock.now());
    expect(said()).toBe(1);
    engine.advance(1);
    expect(said()).toBe(2);
    // The retries are 15 s apart: an instance registered now is used at the next one, not before.
    registerInstance(engine);
    engine.advance(start + 75_000 - 1 - clock.now());
    expect(serviceTasks(engine, 'app')).toHaveLength(0);
    engine.advance(1);
    expect(serviceTasks(engine, 'app')).toHaveLength(1);
  });

  it('on a faster clock, is retried and said again sooner, in proportion', () => {
    const clock = new FakeClock(START);
    const engine = new Engine({ memory: true, clock, timeScale: 0.5 });
    engine.call('CreateCluster', { clusterName: 'demo' });
    registerEc2(engine, 'ec2', 10, 128);
    const start = clock.now();
    ec2Service(engine, 'ec2', 1);
    const said = () => messages(describeService(engine, 'app')).filter((m) => m === UNPLACEABLE).length;
    engine.advance(0);
    expect(said()).toBe(1);
    engine.advance(start + 30_000 - 1 - clock.now());
    expect(said()).toBe(1);
    engine.advance(1);
    expect(said()).toBe(2);
    registerInstance(engine);
    engine.advance(start + 37_500 - 1 - clock.now());
    expect(serviceTasks(engine, 'app')).toHaveLength(0);
    engine.advance(1);
    expect(serviceTasks(engine, 'app')).toHaveLength(1);
    engine.close();
  });
});
