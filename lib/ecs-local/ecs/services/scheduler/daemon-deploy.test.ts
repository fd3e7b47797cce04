// DAEMON deployments (daemon.ts): a new revision rolled out instance by instance within minimumHealthyPercent, each
// instance keeping one task; a FAILED deployment launching nothing; tasks on instances that left stopped; an instance
// too small for the task left without one while the others get theirs; a task of the new deployment started by hand
// beside a kept old task.
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../engine';
import { describeService, messages, serviceTasks, setup } from '../../../testing/services';

function register(engine: Engine, memory = 4096): string {
  const out = engine.call('RegisterContainerInstance', {
    cluster: 'demo',
    totalResources: [
      { name: 'CPU', type: 'INTEGER', integerValue: 2048 },
      { name: 'MEMORY', type: 'INTEGER', integerValue: memory },
    ],
  }) as { containerInstance: { containerInstanceArn: string } };
  return out.containerInstance.containerInstanceArn;
}

function agentRevision(engine: Engine, version: string): void {
  engine.call('RegisterTaskDefinition', {
    family: 'agent',
    requiresCompatibilities: ['EC2'],
    containerDefinitions: [{ name: 'agent', image: 'busybox', memory: 64, essential: true, dockerLabels: { version } }],
  });
}

/** The DAEMON service `agent` on agent:1 over `instances` new container instances, steady. */
function daemon(instances: number, minimumHealthyPercent?: number) {
  const fixture = setup();
  const { engine } = fixture;
  const hosts = Array.from({ length: instances }, () => register(engine));
  agentRevision(engine, '1');
  engine.call('CreateService', {
    cluster: 'demo',
    serviceName: 'agent',
    taskDefinition: 'agent',
    schedulingStrategy: 'DAEMON',
    ...(minimumHealthyPercent === undefined ? {} : { deploymentConfiguration: { minimumHealthyPercent } }),
  });
  return { ...fixture, hosts };
}

function update(engine: Engine): string {
  agentRevision(engine, '2');
  engine.call('UpdateService', { cluster: 'demo', service: 'agent', taskDefinition: 'agent:2' });
  return describeService(engine, 'agent').deployments[0].id;
}

const revision = (arn: string | undefined) => arn?.split(':').pop();

/** Per instance, its tasks that are wanted (desired RUNNING): revision and last status. */
function layout(engine: Engine, hosts: string[]): string[][] {
  const tasks = serviceTasks(engine, 'agent');
  return hosts.map((h) =>
    tasks.filter((t) => t.containerInstanceArn === h).map((t) => `${revision(t.taskDefinitionArn)} ${t.lastStatus}`),
  );
}

const completed = (engine: Engine) => {
  const { deployments } = describeService(engine, 'agent');
  return deployments.length === 1 && deployments[0].rolloutState === 'COMPLETED';
};

/** Steps 250 ms at a time until the deployment completes (at most 5 min), checking `each` after every step. */
function rollOut(engine: Engine, each: () => void): void {
  for (let i = 0; i < 1200 && !completed(engine); i++) {
    engine.advance(250);
    each();
  }
  expect(completed(engine)).toBe(true);
}

/** Every task named in the service's "has stopped" events. */
function stoppedIds(engine: Engine): string[] {
  return messages(describeService(engine, 'agent'))
    .filter((m) => m.includes('has stopped'))
    .flatMap((m) => [...m.matchAll(/\(task ([0-9a-f]{32})\)/g)].map((x) => x[1]));
}

describe('DAEMON deployments', () => {
  it('replace one instance’s task at a time within minimumHealthyPercent 50 on 3 instances', () => {
    const { engine, hosts } = daemon(3, 50);
    engine.advance(60_000);
    expect(completed(engine)).toBe(true);
    const id = update(engine);
    rollOut(engine, () => {
      const now = layout(engine, hosts);
      // Never two wanted tasks on an instance; at least 2 of 3 (50 %, rounded up) instances keep a running task.
      for (const tasks of now) expect(tasks.length).toBeLessThanOrEqual(1);
      expect(now.filter((tasks) => tasks.some((t) => t.endsWith('RUNNING'))).length).toBeGreaterThanOrEqual(2);
    });
    expect(layout(engine, hosts)).toEqual([['2 RUNNING'], ['2 RUNNING'], ['2 RUNNING']]);
    const service = describeService(engine, 'agent');
    expect(service).toMatchObject({ desiredCount: 3, runningCount: 3, pendingCount: 0 });
    expect(service.deployments[0].id).toBe(id);
    expect(messages(service).filter((m) => m.includes('has stopped 1 running tasks'))).toHaveLength(3);
    // Each old task was stopped once.
    const stopped = stoppedIds(engine);
    expect(new Set(stopped).size).toBe(stopped.length);
    expect(stopped).toHaveLength(3);
  });

  it('stop every old task in one step with the default minimumHealthyPercent 0', () => {
    const { engine, hosts } = daemon(2);
    engine.advance(60_000);
    const old = serviceTasks(engine, 'agent').map((t) => t.taskArn?.split('/').pop());
    update(engine);
    engine.advance(250);
    const stopping = messages(describeService(engine, 'agent')).filter((m) => m.includes('has stopped'));
    expect(stopping).toHaveLength(1);
    expect(stopping[0]).toMatch(/has stopped 2 running tasks/);
    // An instance whose task is stopping takes its replacement at the next look, before that task has stopped.
    engine.advance(250);
    expect(layout(engine, hosts)).toEqual([['2 PROVISIONING'], ['2 PROVISIONING']]);
    const before = engine.call('DescribeTasks', { cluster: 'demo', tasks: old }) as { tasks: { lastStatus: string }[] };
    expect(before.tasks.map((t) => t.lastStatus)).not.toContain('STOPPED');
    rollOut(engine, () => {
      for (const tasks of layout(engine, hosts)) expect(tasks.length).toBeLessThanOrEqual(1);
    });
    expect(layout(engine, hosts)).toEqual([['2 RUNNING'], ['2 RUNNING']]);
    expect(stoppedIds(engine).sort()).toEqual([...old].sort());
  });

  it('stop old tasks still starting at once, even with minimumHealthyPercent 100', () => {
    const { engine, hosts } = daemon(2, 100);
    engine.advance(250);
    expect(
      layout(engine, hosts)
        .flat()
        .every((t) => t.startsWith('1 ') && !t.endsWith('RUNNING')),
    ).toBe(true);
    update(engine);
    engine.advance(250);
    // Neither agent:1 task is wanted any more: they never reach RUNNING.
    expect(
      layout(engine, hosts)
        .flat()
        .filter((t) => t.startsWith('1 ')),
    ).toEqual([]);
    rollOut(engine, () => undefined);
    expect(layout(engine, hosts)).toEqual([['2 RUNNING'], ['2 RUNNING']]);
  });

  it('keep old tasks that are still warming up until they count as healthy (minimumHealthyPercent 50)', () => {
    const { engine, hosts } = daemon(2, 50);
    engine.advance(10_000);
    expect(layout(engine, hosts)).toEqual([['1 RUNNING'], ['1 RUNNING']]);
    update(engine);
    // Not healthy yet (40 s after starting without a health check): none can go without dropping below 1 healthy.
    engine.advance(20_000);
    expect(layout(engine, hosts)).toEqual([['1 RUNNING'], ['1 RUNNING']]);
    rollOut(engine, () => {
      const now = layout(engine, hosts);
      expect(now.filter((tasks) => tasks.some((t) => t.endsWith('RUNNING'))).length).toBeGreaterThanOrEqual(1);
    });
    expect(layout(engine, hosts)).toEqual([['2 RUNNING'], ['2 RUNNING']]);
  });

  it('stop an old task still warming up first when the healthy ones meet the minimum without it', () => {
    const { engine, hosts } = daemon(1, 50);
    engine.advance(60_000);
    const late = register(engine);
    engine.advance(10_000);
    const all = [...hosts, late];
    // The first instance's task is healthy, the late one's RUNNING for less than 40 s: still warming up.
    expect(layout(engine, all)).toEqual([['1 RUNNING'], ['1 RUNNING']]);
    update(engine);
    engine.advance(250);
    // 2 instances at 50 %: 1 healthy task must stay, and the healthy one is enough, so the warming one goes now.
    expect(layout(engine, all)).toEqual([['1 RUNNING'], ['2 PROVISIONING']]);
    rollOut(engine, () => {
      const now = layout(engine, all);
      expect(now.filter((tasks) => tasks.some((t) => t.endsWith('RUNNING'))).length).toBeGreaterThanOrEqual(1);
    });
    expect(layout(engine, all)).toEqual([['2 RUNNING'], ['2 RUNNING']]);
  });

  it('stop a healthy old task in the same step as pending ones listed before it (minimumHealthyPercent 0)', () => {
    const { engine, hosts } = daemon(3);
    engine.advance(60_000);
    const taskOf = (host: string) => serviceTasks(engine, 'agent').find((t) => t.containerInstanceArn === host)?.taskArn ?? '';
    // The healthy task listed last: of three, its id is seldom near the start of the order.
    const healthy = hosts.map(taskOf).sort().pop() ?? '';
    // New instances until one's task (still pending) sorts before the healthy task: the scheduler goes through the
    // tasks in id order, pending ones do not count as healthy. The clock stands still meanwhile (advance(0) runs the
    // due steps), so those tasks stay pending however many it takes.
    const all = [...hosts];
    const added = () => all.slice(hosts.length);
    do {
      all.push(register(engine));
      engine.advance(0);
    } while (added().every((h) => taskOf(h) > healthy) && all.length < 40);
    expect(added().some((h) => taskOf(h) < healthy)).toBe(true);
    expect(
      layout(engine, added())
        .flat()
        .every((t) => !t.endsWith('RUNNING')),
    ).toBe(true);
    update(engine);
    engine.advance(250);
    const stopping = messages(describeService(engine, 'agent')).filter((m) => m.includes('has stopped'));
    expect(stopping).toHaveLength(1);
    expect(stopping[0]).toContain(healthy.split('/').pop());
    expect(stopping[0]).toContain(`has stopped ${all.length} running tasks`);
  });

  it('stop a second task of the current deployment on an instance that already has one', () => {
    const { engine, hosts } = daemon(2);
    engine.advance(60_000);
    const { id } = describeService(engine, 'agent').deployments[0];
    const before = serviceTasks(engine, 'agent').map((t) => t.taskArn ?? '');
    // A task started by hand as the service's own (its group and deployment): two on the first instance.
    const out = engine.call('StartTask', {
      cluster: 'demo',
      taskDefinition: 'agent:1',
      containerInstances: [hosts[0]],
      group: 'service:agent',
      startedBy: id,
    }) as { tasks: { taskArn: string }[] };
    expect(out.tasks).toHaveLength(1);
    engine.advance(60_000);
    expect(layout(engine, hosts)).toEqual([['1 RUNNING'], ['1 RUNNING']]);
    // One of the two on the first instance was stopped (whichever comes second in id order), nothing else.
    const stopped = stoppedIds(engine);
    expect(stopped).toHaveLength(1);
    expect([...before, out.tasks[0].taskArn].map((arn) => arn.split('/').pop())).toContain(stopped[0]);
    expect(messages(describeService(engine, 'agent')).filter((m) => m.includes('has started'))).toHaveLength(2);
  });

  it('keep a task of the new deployment started by hand on an instance whose old task is kept (minimumHealthyPercent 100)', () => {
    const { engine, hosts } = daemon(2, 100);
    engine.advance(60_000);
    const old = serviceTasks(engine, 'agent');
    const id = update(engine);
    engine.advance(250);
    // At 100% both old tasks are kept and fill their instances: the new deployment has nowhere to go.
    expect(layout(engine, hosts)).toEqual([['1 RUNNING'], ['1 RUNNING']]);
    const [first] = [...old].sort((a, b) => ((a.taskArn ?? '') < (b.taskArn ?? '') ? -1 : 1));
    const host = first.containerInstanceArn as string;
    // A task of the new deployment started by hand next to it, listed after it (task ids are random: tasks listed
    // before it are stopped and another is started).
    let hand = '';
    for (let i = 0; i < 20 && hand <= (first.taskArn ?? ''); i++) {
      if (hand) engine.call('StopTask', { cluster: 'demo', task: hand });
      const out = engine.call('StartTask', {
        cluster: 'demo',
        taskDefinition: 'agent:2',
        containerInstances: [host],
        group: 'service:agent',
        startedBy: id,
      }) as { tasks: { taskArn: string }[] };
      hand = out.tasks[0].taskArn;
    }
    expect(hand > (first.taskArn ?? '')).toBe(true);
    engine.advance(250);
    // The old task kept there does not count as the instance's task of the new deployment: the hand-started one stays.
    const wantedNow = serviceTasks(engine, 'agent').map((t) => t.taskArn);
    expect(wantedNow).toContain(hand);
    expect(wantedNow).toContain(first.taskArn);
    expect(stoppedIds(engine)).toEqual([]);
    // Once it counts as healthy, the old task beside it is the one stopped.
    engine.advance(60_000);
    expect(stoppedIds(engine)).toEqual([first.taskArn?.split('/').pop()]);
    expect(serviceTasks(engine, 'agent').map((t) => t.taskArn)).toContain(hand);
  });

  it('launch nothing once the deployment is FAILED (aborted), not even on a new instance', () => {
    const { engine } = daemon(2, 50);
    engine.advance(60_000);
    const id = update(engine);
    const sdArn = describeService(engine, 'agent').currentServiceDeployment;
    engine.call('StopServiceDeployment', { serviceDeploymentArn: sdArn, stopType: 'ABORT' });
    engine.advance(60_000);
    register(engine);
    engine.advance(60_000);
    const service = describeService(engine, 'agent');
    expect(service.deployments[0]).toMatchObject({ id, rolloutState: 'FAILED' });
    expect(service.desiredCount).toBe(3);
    const all = [...serviceTasks(engine, 'agent'), ...serviceTasks(engine, 'agent', 'STOPPED')];
    expect(all.filter((t) => t.startedBy === id)).toEqual([]);
    expect(messages(service).filter((m) => m.includes('has started'))).toHaveLength(2);
  });

  it('stop the task of an instance deregistered without its agent, and of a DRAINING one, without replacing them', () => {
    const { engine, clock, hosts } = daemon(3);
    engine.advance(60_000);
    const [gone, draining, kept] = hosts;
    const taskOn = (host: string) => serviceTasks(engine, 'agent').find((t) => t.containerInstanceArn === host)?.taskArn;
    const goneTask = taskOn(gone);
    engine.call('DeregisterContainerInstance', { cluster: 'demo', containerInstance: gone, force: true });
    engine.tick();
    let service = describeService(engine, 'agent');
    expect(service.desiredCount).toBe(2);
    expect(serviceTasks(engine, 'agent').map((t) => t.taskArn)).not.toContain(goneTask);
    expect(service.runningCount).toBe(2);
    // The stop is a change of the deployment: its updatedAt moves to this look.
    expect(service.deployments[0].updatedAt).toBe(Math.floor(clock.now() / 1000));
    expect(messages(service)[0]).toMatch(/^\(service agent\) has stopped 1 running tasks: \(task [0-9a-f]{32}\)\.$/);
    engine.call('UpdateContainerInstancesState', { cluster: 'demo', containerInstances: [draining], status: 'DRAINING' });
    engine.advance(60_000);
    service = describeService(engine, 'agent');
    expect(service).toMatchObject({ desiredCount: 1, runningCount: 1 });
    expect(layout(engine, hosts)).toEqual([[], [], ['1 RUNNING']]);
    expect(serviceTasks(engine, 'agent').map((t) => t.containerInstanceArn)).toEqual([kept]);
    expect(service.deployments[0].rolloutState).toBe('COMPLETED');
  });

  it('place the task on every instance that fits, also after one too small for it (each retry the same)', () => {
    const { engine } = setup();
    const bigs = [register(engine), register(engine), register(engine)].sort();
    // Instance ids are random: register small ones until one sorts before a big one, as the launch goes by id (the
    // last of three big ones is seldom near the start of the order).
    const last = bigs[bigs.length - 1];
    let small = register(engine, 32);
    for (let i = 0; i < 50 && small > last; i++) small = register(engine, 32);
    expect(small < last).toBe(true);
    agentRevision(engine, '1');
    engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'agent',
      taskDefinition: 'agent',
      schedulingStrategy: 'DAEMON',
    });
    engine.advance(5 * 60_000);
    const service = describeService(engine, 'agent');
    expect(
      serviceTasks(engine, 'agent')
        .map((t) => t.containerInstanceArn)
        .sort(),
    ).toEqual(bigs);
    expect(service.runningCount).toBe(3);
    const smallId = small.slice(small.lastIndexOf('/') + 1);
    expect(messages(service)).toContain(
      `(service agent) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance ${smallId}) has insufficient memory available. For more information, see the Troubleshooting section.`,
    );
  });
});
