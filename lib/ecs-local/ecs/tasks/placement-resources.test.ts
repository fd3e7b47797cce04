// Placement's bookkeeping and edge cases: host ports (TCP and UDP) taken and given back, what a release may give
// back, instances whose agent is gone, the default strategy, which task statuses count for a task group, and the
// limits and field rules ECS checks on placement input.
import type { PlacementConstraint, PlacementStrategy, Resource } from '@aws-sdk/client-ecs';
import { describe, expect, it, vi } from 'vitest';
import { AGENT_ATTRIBUTE } from '../../../ecs-rules/agent';
import type { Engine } from '../../engine';
import type { Wire } from '../../protocol/serialize';
import {
  describe1,
  ecsError,
  registerBridge,
  registerEc2,
  registerFargate,
  registerInstance,
  runFargate,
  runTask,
  setup,
} from '../../testing/tasks';
import { instanceIdOf } from '../container-instances/cluster-query';
import type { InstanceDoc } from '../container-instances/model';
import { type ResourceNeed, saveTask, type TaskRecord, taskIdOf } from './model';
import { checkPlacementInput, placeTasks, release, reserve } from './placement';

const REGION = 'us-east-1';
/** The ports every instance keeps for the ECS agent and Docker (what RegisterContainerInstance gives by default). */
const AGENT_PORTS = ['22', '2375', '2376', '51678', '51679'];

function instanceDoc(engine: Engine, arn: string): InstanceDoc {
  const doc = engine.context(REGION).store.get<InstanceDoc>(REGION, 'instance', instanceIdOf(arn));
  if (!doc) throw new Error(`no instance ${arn}`);
  return doc;
}

function remainingOf(engine: Engine, arn: string) {
  const resources = instanceDoc(engine, arn).remainingResources ?? [];
  const get = (name: string) => resources.find((r) => r.name === name);
  return {
    cpu: get('CPU')?.integerValue,
    memory: get('MEMORY')?.integerValue,
    ports: get('PORTS')?.stringSetValue,
    portsUdp: get('PORTS_UDP')?.stringSetValue,
  };
}

function need(over: Partial<ResourceNeed> = {}): ResourceNeed {
  return { cpu: 10, memory: 10, ports: [], portsUdp: [], ...over };
}

/** placeTasks in a transaction of its own; the instances are read fresh from the store. */
function place(
  engine: Engine,
  instances: string[],
  over: {
    count?: number;
    group?: string;
    need?: ResourceNeed;
    constraints?: Wire<PlacementConstraint>[];
    strategies?: Wire<PlacementStrategy>[];
  } = {},
) {
  const ctx = engine.context(REGION);
  const out = engine.store.tx(() =>
    placeTasks(ctx, {
      cluster: 'demo',
      candidates: instances.map((arn) => instanceDoc(engine, arn)),
      need: over.need ?? need(),
      count: over.count ?? 1,
      group: over.group ?? 'g',
      constraints: over.constraints,
      strategies: over.strategies,
    }),
  );
  return { placed: out.placed.map((i) => i.containerInstanceArn), failures: out.failures };
}

function arnOf(instance: { containerInstanceArn?: string }): string {
  return instance.containerInstanceArn ?? '';
}

/** A bridge definition with one static host port per mapping (protocol tcp unless given). */
function registerWithPorts(engine: Engine, family: string, mappings: { hostPort: number; protocol?: 'tcp' | 'udp' }[]) {
  return registerBridge(
    engine,
    family,
    10,
    10,
    mappings.map((m, i) => ({ containerPort: 1000 + i, ...m })),
  );
}

/** StopTask, then the engine's clock until the task is STOPPED (its resources are given back then). */
function stopAndWait(engine: Engine, taskArn: string): void {
  engine.call('StopTask', { cluster: 'demo', task: taskArn });
  engine.advance(10_000, 500);
  expect(describe1(engine, taskArn).lastStatus).toBe('STOPPED');
}

/** Puts a task in `status` directly (the statuses it passes through take runtime reports to reach otherwise). */
function setStatus(engine: Engine, taskArn: string, status: string): void {
  const ctx = engine.context(REGION);
  engine.store.tx(() => {
    const id = taskIdOf({ taskArn });
    const task = ctx.store.get<TaskRecord>(REGION, 'task', id);
    if (!task) throw new Error(`no task ${taskArn}`);
    saveTask(ctx, { ...task, lastStatus: status, _phaseAt: undefined });
  });
}

describe('host ports', () => {
  it('reserves UDP host ports apart from TCP ones (RESOURCE:PORTS_UDP) and gives both back when the tasks stop', () => {
    const { engine } = setup();
    const a = arnOf(registerInstance(engine));
    const udp = registerWithPorts(engine, 'dns', [{ hostPort: 5353, protocol: 'udp' }]);
    const tcp = registerWithPorts(engine, 'web', [{ hostPort: 5353 }]);

    const first = runTask(engine, { taskDefinition: udp });
    expect(first.failures).toEqual([]);
    expect(remainingOf(engine, a)).toMatchObject({ ports: AGENT_PORTS, portsUdp: ['5353'] });
    // The same UDP port again: taken.
    expect(runTask(engine, { taskDefinition: udp })).toStrictEqual({
      tasks: [],
      failures: [{ arn: a, reason: 'RESOURCE:PORTS_UDP' }],
    });
    // The same number over TCP is another port.
    const web = runTask(engine, { taskDefinition: tcp });
    expect(web.failures).toEqual([]);
    expect(remainingOf(engine, a)).toMatchObject({ ports: [...AGENT_PORTS, '5353'], portsUdp: ['5353'] });
    expect(runTask(engine, { taskDefinition: tcp })).toStrictEqual({
      tasks: [],
      failures: [{ arn: a, reason: 'RESOURCE:PORTS' }],
    });

    stopAndWait(engine, first.tasks[0].taskArn ?? '');
    expect(remainingOf(engine, a)).toMatchObject({ ports: [...AGENT_PORTS, '5353'], portsUdp: [] });
    expect(runTask(engine, { taskDefinition: udp }).tasks[0].containerInstanceArn).toBe(a);
    stopAndWait(engine, web.tasks[0].taskArn ?? '');
    expect(remainingOf(engine, a)).toMatchObject({ cpu: 2038, memory: 4086, ports: AGENT_PORTS, portsUdp: ['5353'] });
  });

  it('gives back only the ports of the stopped task, and several ports at once', () => {
    const { engine } = setup();
    const a = arnOf(registerInstance(engine));
    const pair = registerWithPorts(engine, 'pair', [{ hostPort: 8080 }, { hostPort: 8443 }, { hostPort: 9000, protocol: 'udp' }]);
    const other = registerWithPorts(engine, 'other', [{ hostPort: 9090 }, { hostPort: 9001, protocol: 'udp' }]);
    const kept = runTask(engine, { taskDefinition: other }).tasks[0];
    const gone = runTask(engine, { taskDefinition: pair }).tasks[0];
    expect(remainingOf(engine, a)).toMatchObject({ ports: [...AGENT_PORTS, '9090', '8080', '8443'], portsUdp: ['9001', '9000'] });
    stopAndWait(engine, gone.taskArn ?? '');
    expect(remainingOf(engine, a)).toMatchObject({ ports: [...AGENT_PORTS, '9090'], portsUdp: ['9001'] });
    expect(describe1(engine, kept.taskArn ?? '').lastStatus).not.toBe('STOPPED');
  });

  it('lists a port once when it is reserved while already listed', () => {
    const { engine } = setup();
    const a = arnOf(registerInstance(engine));
    const ctx = engine.context(REGION);
    const doc = instanceDoc(engine, a);
    engine.store.tx(() => reserve(ctx, doc, need({ ports: ['22', '8080'], portsUdp: ['53'] })));
    engine.store.tx(() => reserve(ctx, doc, need({ ports: ['8080'], portsUdp: ['53'] })));
    expect(remainingOf(engine, a)).toMatchObject({ cpu: 2028, memory: 4076, ports: [...AGENT_PORTS, '8080'], portsUdp: ['53'] });
  });

  it('starts a PORTS list for an instance that registered PORTS without a value', () => {
    const { engine } = setup();
    const registered = engine.call('RegisterContainerInstance', {
      cluster: 'demo',
      instanceIdentityDocument: JSON.stringify({ instanceId: 'i-0123456789abcdef0' }),
      totalResources: [
        { name: 'CPU', type: 'INTEGER', integerValue: 1024 },
        { name: 'MEMORY', type: 'INTEGER', integerValue: 2048 },
        { name: 'PORTS', type: 'STRINGSET' },
      ],
    }) as { containerInstance: { containerInstanceArn: string } };
    const a = registered.containerInstance.containerInstanceArn;
    const task = runTask(engine, { taskDefinition: registerWithPorts(engine, 'web', [{ hostPort: 8080 }]) }).tasks[0];
    expect(task.containerInstanceArn).toBe(a);
    expect(remainingOf(engine, a).ports).toEqual(['8080']);
    stopAndWait(engine, task.taskArn ?? '');
    expect(remainingOf(engine, a).ports).toEqual([]);
  });
});

describe('release', () => {
  it('never gives back more CPU and MEMORY than the instance registered, and leaves other resources as they are', () => {
    const { engine } = setup();
    const registered = engine.call('RegisterContainerInstance', {
      cluster: 'demo',
      instanceIdentityDocument: JSON.stringify({ instanceId: 'i-0123456789abcdef0' }),
      totalResources: [
        { name: 'CPU', type: 'INTEGER', integerValue: 1024 },
        { name: 'MEMORY', type: 'INTEGER', integerValue: 2048 },
        { name: 'GPU', type: 'INTEGER', integerValue: 4 },
        { name: 'NEURON', type: 'STRINGSET', stringSetValue: ['n0'] },
      ],
    }) as { containerInstance: { containerInstanceArn: string } };
    const a = registered.containerInstance.containerInstanceArn;
    const td = registerEc2(engine, 'web', 512, 1024);
    const task = runTask(engine, { taskDefinition: td }).tasks[0];
    expect(remainingOf(engine, a)).toMatchObject({ cpu: 512, memory: 1024 });
    const others = (resources: Wire<Resource>[] | undefined) => resources?.filter((r) => r.name === 'GPU' || r.name === 'NEURON');
    expect(others(instanceDoc(engine, a).remainingResources)).toStrictEqual([
      { name: 'GPU', type: 'INTEGER', integerValue: 4 },
      { name: 'NEURON', type: 'STRINGSET', stringSetValue: ['n0'] },
    ]);
    // The agent restarts and registers again: remainingResources start over from what it registers.
    engine.call('RegisterContainerInstance', {
      cluster: 'demo',
      containerInstanceArn: a,
      totalResources: [
        { name: 'CPU', type: 'INTEGER', integerValue: 1024 },
        { name: 'MEMORY', type: 'INTEGER', integerValue: 2048 },
        { name: 'GPU', type: 'INTEGER', integerValue: 4 },
        { name: 'NEURON', type: 'STRINGSET', stringSetValue: ['n0'] },
      ],
    });
    stopAndWait(engine, task.taskArn ?? '');
    expect(remainingOf(engine, a)).toMatchObject({ cpu: 1024, memory: 2048 });
    expect(others(instanceDoc(engine, a).remainingResources)).toStrictEqual([
      { name: 'GPU', type: 'INTEGER', integerValue: 4 },
      { name: 'NEURON', type: 'STRINGSET', stringSetValue: ['n0'] },
    ]);
  });

  it('gives back exactly what the task took, below what the instance registered', () => {
    const { engine } = setup();
    const a = arnOf(registerInstance(engine, 'demo', 1024, 2048));
    const ctx = engine.context(REGION);
    const doc = instanceDoc(engine, a);
    engine.store.tx(() => reserve(ctx, doc, need({ cpu: 300, memory: 700 })));
    engine.store.tx(() => reserve(ctx, doc, need({ cpu: 200, memory: 100 })));
    expect(remainingOf(engine, a)).toMatchObject({ cpu: 524, memory: 1248 });
    const id = instanceIdOf(a);
    engine.store.tx(() => release(ctx, { instanceId: id, ...need({ cpu: 300, memory: 700 }) }));
    expect(remainingOf(engine, a)).toMatchObject({ cpu: 824, memory: 1948 });
  });

  it('does nothing for an instance that is gone', () => {
    const { engine } = setup();
    const ctx = engine.context(REGION);
    expect(() =>
      engine.store.tx(() => release(ctx, { instanceId: '0123456789abcdef0123456789abcdef', ...need({ ports: ['80'] }) })),
    ).not.toThrow();
    expect(engine.store.list(REGION, 'instance', { parent: 'demo' })).toEqual([]);
  });
});

describe('instances that cannot take a task', () => {
  it('skips an instance whose agent is disconnected (AGENT) and says why when nothing else fits', () => {
    const { engine } = setup();
    const gone = arnOf(registerInstance(engine, 'demo', 4096, 8192, [{ name: AGENT_ATTRIBUTE, value: '1' }]));
    // No heartbeat for longer than the timeout (30 s): the agent shows disconnected.
    engine.advance(40_000, 1000);
    expect(instanceDoc(engine, gone).agentConnected).toBe(false);
    const ok = arnOf(registerInstance(engine));
    const td = registerEc2(engine, 'web', 10, 10);
    const out = runTask(engine, { taskDefinition: td, count: 2 });
    expect(out.tasks.map((t) => t.containerInstanceArn)).toEqual([ok, ok]);
    expect(out.failures).toEqual([]);
    const only = runTask(engine, {
      taskDefinition: td,
      placementConstraints: [{ type: 'memberOf', expression: `ec2InstanceId == ${instanceDoc(engine, gone).ec2InstanceId}` }],
    });
    expect(only.tasks).toEqual([]);
    expect(only.failures).toStrictEqual(
      expect.arrayContaining([
        { arn: gone, reason: 'AGENT' },
        { arn: ok, reason: 'ATTRIBUTE', detail: 'The container instance does not match the memberOf placement constraint.' },
      ]),
    );
    expect(only.failures).toHaveLength(2);
  });

  it('reports no failures when every task was placed, even if some instance did not fit', () => {
    const { engine } = setup();
    const small = arnOf(registerInstance(engine, 'demo', 100, 100));
    const big = arnOf(registerInstance(engine, 'demo', 4096, 8192));
    const out = place(engine, [small, big], { need: need({ cpu: 512, memory: 512 }), count: 2 });
    expect(out).toStrictEqual({ placed: [big, big], failures: [] });
    const over = place(engine, [small, big], { need: need({ cpu: 512, memory: 9000 }), count: 1 });
    expect(over).toStrictEqual({
      placed: [],
      failures: [
        { arn: small, reason: 'RESOURCE:CPU' },
        { arn: big, reason: 'RESOURCE:MEMORY' },
      ],
    });
  });

  it('takes a task that needs exactly what is left', () => {
    const { engine } = setup();
    const a = arnOf(registerInstance(engine, 'demo', 512, 1024));
    expect(place(engine, [a], { need: need({ cpu: 512, memory: 1024 }) }).placed).toEqual([a]);
    expect(remainingOf(engine, a)).toMatchObject({ cpu: 0, memory: 0 });
    expect(place(engine, [a], { need: need({ cpu: 0, memory: 1 }) }).failures).toStrictEqual([
      { arn: a, reason: 'RESOURCE:MEMORY' },
    ]);
    expect(place(engine, [a], { need: need({ cpu: 0, memory: 0 }) }).placed).toEqual([a]);
  });
});

describe('constraints', () => {
  it('several memberOf constraints must all match', () => {
    const { engine } = setup();
    const instance = (zone: string, size: string) =>
      arnOf(
        registerInstance(engine, 'demo', 8192, 16384, [
          { name: 'Zone', value: zone },
          { name: 'Size', value: size },
        ]),
      );
    const [aSmall, aBig, bBig] = [instance('a', 'small'), instance('a', 'big'), instance('b', 'big')];
    const out = place(engine, [aSmall, aBig, bBig], {
      count: 2,
      constraints: [
        { type: 'memberOf', expression: 'attribute:Zone == a' },
        { type: 'memberOf', expression: 'attribute:Size == big' },
      ],
    });
    expect(out).toStrictEqual({ placed: [aBig, aBig], failures: [] });
  });
});

describe('instance documents without optional fields', () => {
  it('places on an instance with no remaining resources listed, or no PORTS lists, when the task needs none of them', () => {
    const { engine } = setup();
    const a = arnOf(registerInstance(engine));
    const ctx = engine.context(REGION);
    const ports = need({ cpu: 0, memory: 0, ports: ['80'], portsUdp: ['53'] });
    const bare = { ...instanceDoc(engine, a), remainingResources: undefined };
    const out = engine.store.tx(() =>
      placeTasks(ctx, { cluster: 'demo', candidates: [bare], need: ports, count: 1, group: 'g' }),
    );
    expect(out).toStrictEqual({ placed: [bare], failures: [] });
    expect(instanceDoc(engine, a).remainingResources).toEqual([]);

    const b = arnOf(registerInstance(engine));
    const doc = instanceDoc(engine, b);
    const noPorts = {
      ...doc,
      remainingResources: doc.remainingResources?.filter((r) => r.name === 'CPU' || r.name === 'MEMORY'),
    };
    const second = engine.store.tx(() =>
      placeTasks(ctx, { cluster: 'demo', candidates: [noPorts], need: { ...ports, cpu: 10, memory: 20 }, count: 1, group: 'g' }),
    );
    expect(second.placed).toEqual([noPorts]);
    expect(remainingOf(engine, b)).toStrictEqual({ cpu: 2038, memory: 4076, ports: undefined, portsUdp: undefined });
  });

  it('counts an instance with no attributes listed as one without the spread attribute', () => {
    const { engine } = setup();
    const a = arnOf(registerInstance(engine));
    const zoned = arnOf(registerInstance(engine, 'demo', 2048, 4096, [{ name: 'Zone', value: 'a' }]));
    const ctx = engine.context(REGION);
    const bare = { ...instanceDoc(engine, a), attributes: undefined };
    const out = engine.store.tx(() =>
      placeTasks(ctx, {
        cluster: 'demo',
        candidates: [bare, instanceDoc(engine, zoned)],
        need: need(),
        count: 2,
        group: 'g',
        strategies: [{ type: 'spread', field: 'attribute:Zone' }],
      }),
    );
    expect(out.placed.map((i) => i.containerInstanceArn)).toEqual([a, zoned]);
  });

  it('refuses a memberOf constraint without an expression (checkPlacementInput turns it away first)', () => {
    const { engine } = setup();
    const a = arnOf(registerInstance(engine));
    expect(() => place(engine, [a], { constraints: [{ type: 'memberOf' }] })).toThrow(
      ecsError('InvalidParameterException', /^The memberOf expression '' is not supported/),
    );
  });
});

describe('strategies', () => {
  it('spreads across instances when no strategy is given', () => {
    const { engine } = setup();
    const [a, b, c] = [0, 1, 2].map(() => arnOf(registerInstance(engine, 'demo', 8192, 16384)));
    const td = registerEc2(engine, 'web', 10, 10);
    const out = runTask(engine, { taskDefinition: td, count: 3 });
    expect(out.tasks.map((t) => t.containerInstanceArn).sort()).toEqual([a, b, c].sort());
    // Tasks the group runs already count: the next two go where it has fewest.
    runTask(engine, {
      taskDefinition: td,
      placementConstraints: [{ type: 'memberOf', expression: `ec2InstanceId == ${instanceDoc(engine, a).ec2InstanceId}` }],
    });
    expect(place(engine, [a, b, c], { group: 'family:web', count: 2 }).placed).toEqual([b, c]);
    expect(place(engine, [a, b, c], { group: 'family:web', count: 2, strategies: [] }).placed).toEqual([b, c]);
  });

  it('spread with no field, or with the field in any case, spreads across instances', () => {
    const { engine } = setup();
    const [a, b] = [0, 1].map(() => arnOf(registerInstance(engine, 'demo', 8192, 16384)));
    for (const strategy of [
      { type: 'spread' },
      { type: 'spread', field: 'INSTANCEID' },
      { type: 'spread', field: 'Host' },
    ] as const)
      expect(place(engine, [a, b], { count: 2, group: strategy.field ?? 'none', strategies: [strategy] }).placed).toEqual([a, b]);
  });

  it('spread on an attribute takes the attribute: prefix in any case, and only as a prefix', () => {
    const { engine } = setup();
    const zone = (z: string) =>
      arnOf(
        registerInstance(engine, 'demo', 8192, 16384, [
          { name: 'Zone', value: z },
          { name: 'xZone', value: z },
        ]),
      );
    const [a1, a2, b] = [zone('a'), zone('a'), zone('b')];
    // Zone a has two instances: by zone, the second task goes to zone b.
    expect(
      place(engine, [a1, a2, b], { count: 2, group: 'upper', strategies: [{ type: 'spread', field: 'ATTRIBUTE:Zone' }] }).placed,
    ).toEqual([a1, b]);
    // 'xattribute:Zone' names an attribute of that whole name (not xZone), which no instance has: all tie, ties go to
    // the first.
    expect(
      place(engine, [a1, a2, b], { count: 2, group: 'odd', strategies: [{ type: 'spread', field: 'xattribute:Zone' }] }).placed,
    ).toEqual([a1, a1]);
  });

  it('spread on an attribute counts the instances without it as one value', () => {
    const { engine } = setup();
    const bare = [0, 1].map(() => arnOf(registerInstance(engine, 'demo', 8192, 16384)));
    const zoned = arnOf(registerInstance(engine, 'demo', 8192, 16384, [{ name: 'Zone', value: 'a' }]));
    const out = place(engine, [...bare, zoned], { count: 4, strategies: [{ type: 'spread', field: 'attribute:Zone' }] });
    expect(out.placed).toEqual([bare[0], zoned, bare[0], zoned]);
  });

  it('binpack takes the instance with the least of its field left, wherever it is in the list', () => {
    const { engine } = setup();
    const roomy = arnOf(registerInstance(engine, 'demo', 1024, 8192));
    const tight = arnOf(registerInstance(engine, 'demo', 4096, 1024));
    for (const order of [
      [roomy, tight],
      [tight, roomy],
    ]) {
      expect(place(engine, order, { strategies: [{ type: 'binpack', field: 'memory' }] }).placed).toEqual([tight]);
      expect(place(engine, order, { strategies: [{ type: 'binpack', field: 'cpu' }] }).placed).toEqual([roomy]);
    }
  });

  it('random takes the instance with the lowest draw', () => {
    const { engine } = setup();
    const [a, b] = [0, 1].map(() => arnOf(registerInstance(engine, 'demo', 8192, 16384)));
    const draws = vi
      .spyOn(Math, 'random')
      .mockReturnValueOnce(0.9)
      .mockReturnValueOnce(0.1)
      .mockReturnValueOnce(0.2)
      .mockReturnValueOnce(0.8);
    try {
      expect(place(engine, [a, b], { count: 2, strategies: [{ type: 'random' }] }).placed).toEqual([b, a]);
    } finally {
      draws.mockRestore();
    }
  });
});

describe('task groups', () => {
  const LIVE = ['PROVISIONING', 'PENDING', 'ACTIVATING', 'RUNNING', 'DEACTIVATING', 'STOPPING', 'DEPROVISIONING'];

  it.each(LIVE)('a task of the group in %s counts for distinctInstance and spread', (status) => {
    const { engine } = setup();
    const a = arnOf(registerInstance(engine));
    const task = runTask(engine, { taskDefinition: registerEc2(engine, 'web', 10, 10), group: 'g' }).tasks[0];
    const b = arnOf(registerInstance(engine));
    setStatus(engine, task.taskArn ?? '', status);
    expect(describe1(engine, task.taskArn ?? '').lastStatus).toBe(status);
    expect(place(engine, [a, b], { constraints: [{ type: 'distinctInstance' }] }).placed).toEqual([b]);
    expect(place(engine, [a, b], { count: 2 }).placed).toEqual([b, a]);
  });

  it('a STOPPED task, a task of another group and a task on no instance do not count', () => {
    const { engine } = setup();
    const a = arnOf(registerInstance(engine));
    const td = registerEc2(engine, 'web', 10, 10);
    const stopped = runTask(engine, { taskDefinition: td, group: 'g' }).tasks[0];
    setStatus(engine, stopped.taskArn ?? '', 'STOPPED');
    runTask(engine, { taskDefinition: td, group: 'other' });
    runFargate(engine, registerFargate(engine, 'fg'), { group: 'g' });
    const b = arnOf(registerInstance(engine));
    expect(place(engine, [a, b], { constraints: [{ type: 'distinctInstance' }] }).placed).toEqual([a]);
    expect(place(engine, [a, b], { count: 2, constraints: [{ type: 'distinctInstance' }] }).placed).toEqual([a, b]);
  });
});

describe('placement input', () => {
  it('takes up to 10 constraints and 5 strategies', () => {
    const ten = Array.from({ length: 10 }, () => ({ type: 'distinctInstance' as const }));
    const five = Array.from({ length: 5 }, () => ({ type: 'spread' as const, field: 'instanceId' }));
    expect(() => checkPlacementInput(ten, five)).not.toThrow();
    expect(() => checkPlacementInput([...ten, { type: 'distinctInstance' }])).toThrow(
      ecsError('InvalidParameterException', 'placementConstraints can have at most 10 items.'),
    );
    expect(() => checkPlacementInput(undefined, [...five, { type: 'random' }])).toThrow(
      ecsError('InvalidParameterException', 'placementStrategy can have at most 5 items.'),
    );
    expect(() => checkPlacementInput()).not.toThrow();
  });

  it('checks a memberOf expression before placing anything', () => {
    expect(() => checkPlacementInput([{ type: 'memberOf', expression: 'task:group == web' }])).toThrow(
      ecsError('InvalidParameterException', /The memberOf expression 'task:group == web' is not supported/),
    );
    expect(() =>
      checkPlacementInput([{ type: 'memberOf', expression: 'attribute:Zone == a' }, { type: 'distinctInstance' }]),
    ).not.toThrow();
  });

  it('takes binpack on CPU or MEMORY in any case, random without a field and spread on any field', () => {
    for (const field of ['CPU', 'cpu', 'Memory', 'MEMORY'])
      expect(() => checkPlacementInput(undefined, [{ type: 'binpack', field }])).not.toThrow();
    expect(() =>
      checkPlacementInput(undefined, [{ type: 'random' }, { type: 'spread', field: 'attribute:Zone' }, { type: 'spread' }]),
    ).not.toThrow();
    expect(() => checkPlacementInput(undefined, [{ type: 'binpack', field: 'disk' }])).toThrow(
      ecsError('InvalidParameterException', "The binpack placement strategy needs field CPU or MEMORY; got 'disk'."),
    );
  });
});
