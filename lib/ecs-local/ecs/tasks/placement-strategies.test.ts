// Placement strategies and constraints, one by one and together, for RunTask and for services: every task of the
// request is placed on the instance the strategy says, by the instances' CPU, memory and attributes.
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../engine';
import { createService, describeService, messages } from '../../testing/services';
import { ecsError, registerEc2, registerInstance, runTask, setup, type TaskView } from '../../testing/tasks';

/** Registers an instance with a `Zone` attribute (mixed case on purpose: attribute names are case-sensitive). */
function instance(engine: Engine, zone: string, cpu = 4096, memory = 8192): string {
  return registerInstance(engine, 'demo', cpu, memory, [{ name: 'Zone', value: zone }]).containerInstanceArn ?? '';
}

/** How many of the tasks went to each instance, in the order of `instances`. */
function perInstance(tasks: TaskView[], instances: string[]): number[] {
  return instances.map((arn) => tasks.filter((t) => t.containerInstanceArn === arn).length);
}

describe('placement strategies', () => {
  it('spread on attribute:Zone puts one task in each zone before a second in any', () => {
    const { engine } = setup();
    const [a1, a2, b, c] = [instance(engine, 'a'), instance(engine, 'a'), instance(engine, 'b'), instance(engine, 'c')];
    const td = registerEc2(engine, 'web', 10, 10);
    const out = runTask(engine, {
      taskDefinition: td,
      count: 3,
      group: 'zones',
      placementStrategy: [{ type: 'spread', field: 'attribute:Zone' }],
    });
    expect(out.failures).toEqual([]);
    // Zone a's two instances count as one zone: together they get one task.
    const counts = perInstance(out.tasks, [a1, a2, b, c]);
    expect(counts[0] + counts[1]).toBe(1);
    expect(counts.slice(2)).toEqual([1, 1]);
    // Three more: again one per zone. Inside a zone, ties go to the first instance (AWS's "AZ balanced spread"
    // adds a spread on instanceId for that, as the next test shows).
    const more = runTask(engine, {
      taskDefinition: td,
      count: 3,
      group: 'zones',
      placementStrategy: [{ type: 'spread', field: 'attribute:Zone' }],
    });
    const all = perInstance([...out.tasks, ...more.tasks], [a1, a2, b, c]);
    expect([all[0] + all[1], all[2], all[3]]).toEqual([2, 2, 2]);
    const balanced = runTask(engine, {
      taskDefinition: td,
      count: 4,
      group: 'balanced',
      placementStrategy: [
        { type: 'spread', field: 'attribute:Zone' },
        { type: 'spread', field: 'instanceId' },
      ],
    });
    expect(perInstance(balanced.tasks, [a1, a2, b, c])).toEqual([1, 1, 1, 1]);
  });

  it('spread on instanceId (and host) evens out tasks of the group across instances', () => {
    const { engine } = setup();
    const instances = [instance(engine, 'a'), instance(engine, 'a'), instance(engine, 'b')];
    const td = registerEc2(engine, 'web', 10, 10);
    const byId = runTask(engine, {
      taskDefinition: td,
      count: 6,
      group: 'g',
      placementStrategy: [{ type: 'spread', field: 'instanceId' }],
    });
    expect(perInstance(byId.tasks, instances)).toEqual([2, 2, 2]);
    const byHost = runTask(engine, {
      taskDefinition: td,
      count: 3,
      group: 'g',
      placementStrategy: [{ type: 'spread', field: 'host' }],
    });
    expect(perInstance(byHost.tasks, instances)).toEqual([1, 1, 1]);
  });

  it('binpack on CPU fills the instance with the least CPU left first, whatever its memory', () => {
    const { engine } = setup();
    // `small` has less CPU but more memory than `big`: binpack on MEMORY would choose `big`.
    const small = instance(engine, 'a', 1024, 8192);
    const big = instance(engine, 'a', 2048, 2048);
    const td = registerEc2(engine, 'web', 256, 128);
    const out = runTask(engine, { taskDefinition: td, count: 5, placementStrategy: [{ type: 'binpack', field: 'CPU' }] });
    expect(out.tasks.map((t) => t.containerInstanceArn)).toEqual([small, small, small, small, big]);
  });

  it('binpack on memory fills the instance with the least memory left first, whatever its CPU', () => {
    const { engine } = setup();
    const roomy = instance(engine, 'a', 1024, 8192);
    const tight = instance(engine, 'a', 2048, 512);
    const td = registerEc2(engine, 'web', 10, 256);
    const out = runTask(engine, { taskDefinition: td, count: 3, placementStrategy: [{ type: 'binpack', field: 'memory' }] });
    expect(out.tasks.map((t) => t.containerInstanceArn)).toEqual([tight, tight, roomy]);
  });

  it('random uses every instance that fits, over enough tasks', () => {
    const { engine } = setup();
    const instances = [instance(engine, 'a'), instance(engine, 'b')];
    const td = registerEc2(engine, 'web', 10, 10);
    const tasks: TaskView[] = [];
    for (let i = 0; i < 4; i++)
      tasks.push(...runTask(engine, { taskDefinition: td, count: 10, placementStrategy: [{ type: 'random' }] }).tasks);
    // 40 tasks all on one of two instances would happen once in 2^39 runs.
    const counts = perInstance(tasks, instances);
    expect(counts[0] + counts[1]).toBe(40);
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(() => runTask(engine, { taskDefinition: td, placementStrategy: [{ type: 'random', field: 'cpu' }] })).toThrow(
      ecsError('InvalidParameterException', 'The random placement strategy takes no field.'),
    );
  });

  it('several strategies: spread over zones first, then binpack on memory inside a zone', () => {
    const { engine } = setup();
    const aRoomy = instance(engine, 'a', 4096, 8192);
    const aTight = instance(engine, 'a', 4096, 2048);
    const bRoomy = instance(engine, 'b', 4096, 8192);
    const bTight = instance(engine, 'b', 4096, 4096);
    const td = registerEc2(engine, 'web', 10, 256);
    const out = runTask(engine, {
      taskDefinition: td,
      count: 4,
      group: 'mixed',
      placementStrategy: [
        { type: 'spread', field: 'attribute:Zone' },
        { type: 'binpack', field: 'memory' },
      ],
    });
    expect(perInstance(out.tasks, [aRoomy, aTight, bRoomy, bTight])).toEqual([0, 2, 0, 2]);
  });

  it('refuses more than 5 strategies, more than 10 constraints and binpack without CPU or MEMORY', () => {
    const { engine } = setup();
    instance(engine, 'a');
    const td = registerEc2(engine, 'web', 10, 10);
    const six = Array.from({ length: 6 }, () => ({ type: 'spread' as const, field: 'instanceId' }));
    expect(() => runTask(engine, { taskDefinition: td, placementStrategy: six })).toThrow(
      ecsError('InvalidParameterException', 'placementStrategy can have at most 5 items.'),
    );
    const eleven = Array.from({ length: 11 }, () => ({ type: 'distinctInstance' as const }));
    expect(() => runTask(engine, { taskDefinition: td, placementConstraints: eleven })).toThrow(
      ecsError('InvalidParameterException', 'placementConstraints can have at most 10 items.'),
    );
    expect(() => runTask(engine, { taskDefinition: td, placementStrategy: [{ type: 'binpack' }] })).toThrow(
      ecsError('InvalidParameterException', "The binpack placement strategy needs field CPU or MEMORY; got ''."),
    );
  });
});

describe('placement constraints', () => {
  it('memberOf on a mixed-case attribute with distinctInstance: one task per instance of the zone', () => {
    const { engine } = setup();
    const [a1, a2, b] = [instance(engine, 'a'), instance(engine, 'a'), instance(engine, 'b')];
    const td = registerEc2(engine, 'web', 10, 10);
    const out = runTask(engine, {
      taskDefinition: td,
      count: 3,
      group: 'only-a',
      placementConstraints: [{ type: 'memberOf', expression: 'attribute:Zone == a' }, { type: 'distinctInstance' }],
    });
    expect(perInstance(out.tasks, [a1, a2, b])).toEqual([1, 1, 0]);
    // The third task fits nowhere: each instance says why.
    expect(out.failures).toEqual(
      expect.arrayContaining([
        {
          arn: a1,
          reason: 'ATTRIBUTE',
          detail: 'The container instance already runs a task of this group (distinctInstance).',
        },
        { arn: b, reason: 'ATTRIBUTE', detail: 'The container instance does not match the memberOf placement constraint.' },
      ]),
    );
    expect(out.failures).toHaveLength(3);
  });

  it('refuses a memberOf without an expression and a distinctInstance with one', () => {
    const { engine } = setup();
    instance(engine, 'a');
    const td = registerEc2(engine, 'web', 10, 10);
    expect(() => runTask(engine, { taskDefinition: td, placementConstraints: [{ type: 'memberOf' }] })).toThrow(
      ecsError('InvalidParameterException', 'A memberOf placement constraint needs an expression.'),
    );
    expect(() =>
      runTask(engine, {
        taskDefinition: td,
        placementConstraints: [{ type: 'distinctInstance', expression: 'attribute:Zone == a' }],
      }),
    ).toThrow(ecsError('InvalidParameterException', 'A distinctInstance placement constraint takes no expression.'));
  });
});

describe('placement for services', () => {
  function ec2Service(engine: Engine, input: Record<string, unknown>) {
    registerEc2(engine, 'web', 10, 10);
    return createService(engine, {
      serviceName: 'web',
      launchType: 'EC2',
      networkConfiguration: undefined,
      ...input,
    });
  }

  function tasksOf(engine: Engine): TaskView[] {
    const { taskArns } = engine.call('ListTasks', { cluster: 'demo', serviceName: 'web' }) as { taskArns: string[] };
    return (engine.call('DescribeTasks', { cluster: 'demo', tasks: taskArns }) as { tasks: TaskView[] }).tasks;
  }

  it('spreads a service over zones and keeps its strategy', () => {
    const { engine } = setup();
    const instances = [instance(engine, 'a'), instance(engine, 'a'), instance(engine, 'b'), instance(engine, 'c')];
    const made = ec2Service(engine, { desiredCount: 3, placementStrategy: [{ type: 'spread', field: 'attribute:Zone' }] });
    expect(made.placementStrategy).toEqual([{ type: 'spread', field: 'attribute:Zone' }]);
    engine.advance(60_000);
    const counts = perInstance(tasksOf(engine), instances);
    expect([counts[0] + counts[1], counts[2], counts[3]]).toEqual([1, 1, 1]);
    expect(describeService(engine, 'web').runningCount).toBe(3);
  });

  it('binpacks a service on memory and places it only where memberOf allows', () => {
    const { engine } = setup();
    const roomy = instance(engine, 'a', 4096, 8192);
    const tight = instance(engine, 'a', 4096, 1024);
    const other = instance(engine, 'b', 4096, 512);
    ec2Service(engine, {
      desiredCount: 2,
      placementStrategy: [{ type: 'binpack', field: 'MEMORY' }],
      placementConstraints: [{ type: 'memberOf', expression: 'attribute:Zone != b' }],
    });
    engine.advance(60_000);
    expect(perInstance(tasksOf(engine), [roomy, tight, other])).toEqual([0, 2, 0]);
  });

  it('with distinctInstance, runs one task per instance and says why it cannot place the rest', () => {
    const { engine } = setup();
    const instances = [instance(engine, 'a'), instance(engine, 'b')];
    ec2Service(engine, { desiredCount: 3, placementConstraints: [{ type: 'distinctInstance' }] });
    engine.advance(60_000);
    expect(perInstance(tasksOf(engine), instances)).toEqual([1, 1]);
    const service = describeService(engine, 'web');
    expect(service.runningCount).toBe(2);
    expect(messages(service)).toContain(
      '(service web) was unable to place a task because no container instance met all of its requirements. Reason: ATTRIBUTE: The container instance already runs a task of this group (distinctInstance).',
    );
  });
});
