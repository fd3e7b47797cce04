import type { Resource } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../engine';
import type { Wire } from '../../protocol/serialize';
import { describe1, ecsError, registerEc2, registerInstance, runTask, setup } from '../../testing/tasks';

function remaining(engine: Engine, instanceArn: string) {
  const out = engine.call('DescribeContainerInstances', { cluster: 'demo', containerInstances: [instanceArn] }) as {
    containerInstances: { remainingResources: Wire<Resource>[]; runningTasksCount: number }[];
  };
  const r = out.containerInstances[0].remainingResources;
  const get = (name: string) => r.find((x) => x.name === name);
  return { cpu: get('CPU')?.integerValue, memory: get('MEMORY')?.integerValue, ports: get('PORTS')?.stringSetValue };
}

describe('placement on container instances', () => {
  it('refuses EC2 tasks when the cluster has no container instances', () => {
    const { engine } = setup();
    const td = registerEc2(engine, 'ec2', 512, 1024);
    expect(() => runTask(engine, { taskDefinition: td, launchType: 'EC2' })).toThrow(
      ecsError('InvalidParameterException', 'No Container Instances were found in your cluster.'),
    );
  });

  it('spreads tasks across instances, reserves CPU and MEMORY, reports RESOURCE failures and gives resources back', () => {
    const { engine } = setup();
    const a = registerInstance(engine, 'demo', 1024, 2048).containerInstanceArn ?? '';
    const b = registerInstance(engine, 'demo', 1024, 2048).containerInstanceArn ?? '';
    const td = registerEc2(engine, 'ec2', 512, 1024);
    const out = runTask(engine, { taskDefinition: td, launchType: 'EC2', count: 4 });
    expect(out.failures).toEqual([]);
    expect(out.tasks[0]).toMatchObject({ launchType: 'EC2', cpu: '512', memory: '1024' });
    expect(out.tasks[0].containers?.[0]).toMatchObject({ cpu: '512', memory: '1024' });
    expect(out.tasks[0].platformVersion).toBeUndefined();
    const perInstance = [a, b].map((arn) => out.tasks.filter((t) => t.containerInstanceArn === arn).length);
    expect(perInstance).toEqual([2, 2]);
    expect(remaining(engine, a)).toMatchObject({ cpu: 0, memory: 0 });

    const more = runTask(engine, { taskDefinition: td, launchType: 'EC2' });
    expect(more.tasks).toEqual([]);
    expect(more.failures).toHaveLength(2);
    expect(more.failures).toEqual(
      expect.arrayContaining([
        { arn: a, reason: 'RESOURCE:CPU' },
        { arn: b, reason: 'RESOURCE:CPU' },
      ]),
    );
    const memoryHeavy = registerEc2(engine, 'mem', 0, 4096);
    expect(runTask(engine, { taskDefinition: memoryHeavy, launchType: 'EC2' }).failures.map((f) => f.reason)).toEqual([
      'RESOURCE:MEMORY',
      'RESOURCE:MEMORY',
    ]);

    const onA = out.tasks.find((t) => t.containerInstanceArn === a)?.taskArn ?? '';
    engine.advance(3000);
    engine.call('StopTask', { cluster: 'demo', task: onA });
    engine.advance(2000);
    expect(remaining(engine, a)).toMatchObject({ cpu: 0, memory: 0 });
    engine.advance(500);
    expect(describe1(engine, onA).lastStatus).toBe('STOPPED');
    expect(remaining(engine, a)).toMatchObject({ cpu: 512, memory: 1024 });
    expect(runTask(engine, { taskDefinition: td, launchType: 'EC2' }).tasks[0].containerInstanceArn).toBe(a);
  });

  it('reserves static host ports (RESOURCE:PORTS) and binds dynamic ones', () => {
    const { engine } = setup();
    const a = registerInstance(engine).containerInstanceArn ?? '';
    registerInstance(engine);
    const fixed = registerEc2(engine, 'fixed', 10, 10, 8080);
    const out = runTask(engine, { taskDefinition: fixed, launchType: 'EC2', count: 3 });
    expect(out.tasks).toHaveLength(2);
    expect(out.failures.map((f) => f.reason)).toEqual(['RESOURCE:PORTS', 'RESOURCE:PORTS']);
    expect(out.tasks[0].containers?.[0].networkBindings).toEqual([
      { bindIP: '0.0.0.0', containerPort: 80, hostPort: 8080, protocol: 'tcp' },
    ]);
    expect(remaining(engine, a).ports).toContain('8080');
    const dynamic = registerEc2(engine, 'dynamic', 10, 10, 0);
    const binding = runTask(engine, { taskDefinition: dynamic, launchType: 'EC2' }).tasks[0].containers?.[0].networkBindings?.[0];
    expect(binding?.hostPort).toBeGreaterThanOrEqual(49152);
  });

  it('honours distinctInstance, memberOf and binpack', () => {
    const { engine } = setup();
    const small = registerInstance(engine, 'demo', 2048, 4096, [
      { name: 'ecs.instance-type', value: 't3.small' },
    ]).containerInstanceArn;
    const large = registerInstance(engine, 'demo', 2048, 4096, [
      { name: 'ecs.instance-type', value: 't3.large' },
    ]).containerInstanceArn;
    const td = registerEc2(engine, 'ec2', 10, 10);
    const distinct = runTask(engine, {
      taskDefinition: td,
      count: 3,
      group: 'g1',
      placementConstraints: [{ type: 'distinctInstance' }],
    });
    expect(distinct.tasks).toHaveLength(2);
    expect(new Set(distinct.tasks.map((t) => t.containerInstanceArn)).size).toBe(2);
    expect(distinct.failures.map((f) => f.reason)).toEqual(['ATTRIBUTE', 'ATTRIBUTE']);

    const member = runTask(engine, {
      taskDefinition: td,
      count: 3,
      placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.l*' }],
    });
    expect(member.tasks.map((t) => t.containerInstanceArn)).toEqual([large, large, large]);
    const inList = runTask(engine, {
      taskDefinition: td,
      placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type in [t3.small, t3.micro]' }],
    });
    expect(inList.tasks[0].containerInstanceArn).toBe(small);
    expect(() =>
      runTask(engine, { taskDefinition: td, placementConstraints: [{ type: 'memberOf', expression: 'task:group == x' }] }),
    ).toThrow(ecsError('InvalidParameterException', /is not supported by the local engine/));

    const packed = runTask(engine, {
      taskDefinition: td,
      count: 4,
      group: 'g2',
      placementStrategy: [{ type: 'binpack', field: 'memory' }],
    });
    expect(new Set(packed.tasks.map((t) => t.containerInstanceArn)).size).toBe(1);
    expect(() => runTask(engine, { taskDefinition: td, placementStrategy: [{ type: 'binpack', field: 'disk' }] })).toThrow(
      ecsError('InvalidParameterException', /binpack placement strategy needs field CPU or MEMORY/),
    );
  });

  it('StartTask places one task on each named instance and reports unknown ones', () => {
    const { engine } = setup();
    const a = registerInstance(engine).containerInstanceArn ?? '';
    const td = registerEc2(engine, 'ec2', 10, 10);
    const unknown = 'arn:aws:ecs:us-east-1:000000000000:container-instance/demo/0123456789abcdef0123456789abcdef';
    const out = engine.call('StartTask', {
      cluster: 'demo',
      taskDefinition: td,
      containerInstances: [a.split('/').pop(), unknown],
    }) as {
      tasks: { containerInstanceArn: string; lastStatus: string; group: string }[];
      failures: unknown[];
    };
    expect(out.tasks).toEqual([
      expect.objectContaining({ containerInstanceArn: a, lastStatus: 'PROVISIONING', group: 'family:ec2' }),
    ]);
    expect(out.failures).toEqual([{ arn: unknown, reason: 'MISSING' }]);
    const listed = engine.call('ListTasks', { cluster: 'demo', containerInstance: a }) as { taskArns: string[] };
    expect(listed.taskArns).toHaveLength(1);
  });
});
