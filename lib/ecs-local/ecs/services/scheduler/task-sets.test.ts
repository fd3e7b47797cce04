// The scheduler of services with task sets (scheduler/task-sets.ts), seen through the API: each task set's
// computed count and stability with the times they changed, scale-in that stops the newest tasks and spares
// protected ones, tasks stopped by hand or failing their health checks replaced in the same step, a force-deleted
// task set drained then forgotten, placement retries, a deleted service made INACTIVE (with or without tasks) and the
// reason its tasks stop with, a task set whose revision was deleted, and a failing task stopped while over the count.
import type { TaskSet } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import type { Wire } from '../../../protocol/serialize';
import { describeService, NETWORK, registerFargate, serviceTasks, setup } from '../../../testing/services';
import { registerEc2, registerInstance } from '../../../testing/tasks';

type Engine = ReturnType<typeof setup>['engine'];

function externalService(engine: Engine, desiredCount: number, input: Record<string, unknown> = {}) {
  engine.call('CreateService', {
    cluster: 'demo',
    serviceName: 'web',
    desiredCount,
    deploymentController: { type: 'EXTERNAL' },
    ...input,
  });
}

function createSet(engine: Engine, input: Record<string, unknown> = {}): Wire<TaskSet> {
  const out = engine.call('CreateTaskSet', {
    cluster: 'demo',
    service: 'web',
    taskDefinition: 'web',
    launchType: 'FARGATE',
    networkConfiguration: NETWORK,
    ...input,
  }) as { taskSet: Wire<TaskSet> };
  return out.taskSet;
}

function sets(engine: Engine): Wire<TaskSet>[] {
  return (engine.call('DescribeTaskSets', { cluster: 'demo', service: 'web' }) as { taskSets: Wire<TaskSet>[] }).taskSets;
}

function setCount(engine: Engine, desiredCount: number): void {
  engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount });
}

/** The service's tasks still meant to run (desired status RUNNING). */
function wanted(engine: Engine): string[] {
  return serviceTasks(engine, 'web').map((t) => t.taskArn as string);
}

describe('a task set’s count and stability', () => {
  it('are written when they change, with the time, and not at every step', () => {
    const { engine, clock } = setup();
    registerFargate(engine);
    externalService(engine, 2);
    const created = createSet(engine);
    const at = () => clock.now() / 1000;
    engine.advance(20_000);
    // Tasks RUNNING but not yet counted healthy (40 s without a health check): not steady.
    expect(serviceTasks(engine, 'web').map((t) => t.lastStatus)).toEqual(['RUNNING', 'RUNNING']);
    let [set] = sets(engine);
    expect(set).toMatchObject({ computedDesiredCount: 2, stabilityStatus: 'STABILIZING', runningCount: 2 });
    // The count was written at the first step (when the set was created); nothing since.
    expect(set.updatedAt).toBe(created.createdAt);
    expect(set.stabilityStatusAt).toBe(created.createdAt);

    engine.advance(40_000);
    [set] = sets(engine);
    expect(set.stabilityStatus).toBe('STEADY_STATE');
    const steadyAt = set.stabilityStatusAt as number;
    expect(steadyAt).toBeGreaterThan(created.createdAt as number);
    expect(set.updatedAt).toBe(steadyAt);
    engine.advance(600_000);
    expect(sets(engine)[0]).toMatchObject({ stabilityStatus: 'STEADY_STATE', stabilityStatusAt: steadyAt, updatedAt: steadyAt });

    // A new desired count: the computed count follows in the step that sees it, STABILIZING from then.
    setCount(engine, 4);
    const changedAt = at();
    engine.advance(0);
    [set] = sets(engine);
    expect(set).toMatchObject({ computedDesiredCount: 4, stabilityStatus: 'STABILIZING', stabilityStatusAt: changedAt });
    engine.advance(5_000);
    // Changed again while STABILIZING: the count is written, the time stability changed is not.
    setCount(engine, 5);
    engine.advance(0);
    [set] = sets(engine);
    expect(set).toMatchObject({ computedDesiredCount: 5, stabilityStatus: 'STABILIZING', stabilityStatusAt: changedAt });
    expect(set.updatedAt).toBe(at());
    expect(wanted(engine)).toHaveLength(5);
  });

  it('lets a steady service rest: no step runs for it until something changes', () => {
    const { engine, clock } = setup();
    registerFargate(engine);
    // No tasks at all (nothing else of the engine is due): a task set at 0 is steady at its first step.
    externalService(engine, 0);
    createSet(engine);
    engine.advance(0);
    expect(sets(engine)[0]).toMatchObject({ computedDesiredCount: 0, stabilityStatus: 'STEADY_STATE' });
    let steps = 0;
    for (let i = 0; i < 240; i++) {
      clock.advance(1_000);
      steps += engine.tick();
    }
    expect(steps).toBe(0);
  });
});

describe('a task set scaled in', () => {
  it('stops only the tasks beyond its count, the newest first, and never a protected one', () => {
    const { engine } = setup();
    registerFargate(engine);
    externalService(engine, 5);
    createSet(engine);
    engine.advance(60_000);
    const first = wanted(engine);
    setCount(engine, 8);
    engine.advance(60_000);
    const newest = wanted(engine).filter((arn) => !first.includes(arn));
    expect(newest).toHaveLength(3);
    expect(sets(engine)[0]).toMatchObject({ computedDesiredCount: 8, runningCount: 8, stabilityStatus: 'STEADY_STATE' });

    // Tasks are listed in id order (random): only the sort by age picks the three newest of the eight.
    setCount(engine, 5);
    engine.advance(1_000);
    const stopped = serviceTasks(engine, 'web', 'STOPPED');
    expect(stopped.map((t) => t.taskArn).sort()).toEqual([...newest].sort());
    expect(new Set(stopped.map((t) => t.stoppedReason))).toEqual(
      new Set([expect.stringMatching(/^Scaling activity initiated by \(deployment ecs-svc\/\d+\)$/)]),
    );
    expect(wanted(engine).sort()).toEqual([...first].sort());

    engine.call('UpdateTaskProtection', { cluster: 'demo', tasks: [first[1]], protectionEnabled: true, expiresInMinutes: 60 });
    setCount(engine, 0);
    engine.advance(1_000);
    expect(wanted(engine)).toEqual([first[1]]);
    expect(sets(engine)[0]).toMatchObject({ computedDesiredCount: 0, stabilityStatus: 'STABILIZING' });
  });
  it('is not steady in the step that stops a task it had just started, though its running tasks are all healthy', () => {
    const { engine } = setup();
    registerFargate(engine);
    externalService(engine, 2);
    createSet(engine);
    engine.advance(60_000);
    expect(sets(engine)[0].stabilityStatus).toBe('STEADY_STATE');
    setCount(engine, 3);
    engine.advance(0);
    const [started] = serviceTasks(engine, 'web').filter((t) => t.lastStatus !== 'RUNNING');
    expect(started).toBeDefined();
    setCount(engine, 2);
    engine.advance(0);
    expect(serviceTasks(engine, 'web', 'STOPPED').map((t) => t.taskArn)).toEqual([started.taskArn]);
    expect(sets(engine)[0]).toMatchObject({ computedDesiredCount: 2, runningCount: 2, stabilityStatus: 'STABILIZING' });
  });
});

describe('a task set’s lost tasks', () => {
  it('are replaced in the step that sees them stop, before they have stopped', () => {
    const { engine } = setup();
    registerFargate(engine);
    externalService(engine, 2);
    createSet(engine);
    engine.advance(60_000);
    const [victim, kept] = wanted(engine);
    engine.call('StopTask', { cluster: 'demo', task: victim, reason: 'by hand' });
    engine.advance(0);
    const stopping = serviceTasks(engine, 'web', 'STOPPED');
    expect(stopping.map((t) => t.taskArn)).toEqual([victim]);
    expect(stopping[0].lastStatus).not.toBe('STOPPED');
    const now = wanted(engine);
    expect(now).toHaveLength(2);
    expect(now).toContain(kept);
  });

  it('are replaced when they fail their container health checks, once the grace period is over', () => {
    const { engine, clock } = setup();
    registerFargate(engine, 'web', { 'ecs-local.health': 'unhealthy' });
    externalService(engine, 1, { healthCheckGracePeriodSeconds: 90 });
    createSet(engine);
    engine.advance(5_000);
    const [task] = serviceTasks(engine, 'web');
    const graceEnds = (task.startedAt as number) * 1000 + 90_000;
    engine.advance(graceEnds - 15_000 - clock.now());
    expect(serviceTasks(engine, 'web').map((t) => [t.taskArn, t.healthStatus])).toEqual([[task.taskArn, 'UNHEALTHY']]);
    expect(sets(engine)[0].stabilityStatus).toBe('STABILIZING');
    engine.advance(30_000);
    const stopped = serviceTasks(engine, 'web', 'STOPPED');
    expect(stopped.map((t) => [t.taskArn, t.stopCode, t.stoppedReason])).toEqual([
      [task.taskArn, 'ServiceSchedulerInitiated', 'Task failed container health checks'],
    ]);
    const replacements = wanted(engine);
    expect(replacements).toHaveLength(1);
    expect(replacements).not.toContain(task.taskArn);
  });
});

describe('a task set deleted with force', () => {
  it('stops its tasks, stays DRAINING while they stop, then is gone; the other task set keeps its tasks', () => {
    const { engine } = setup();
    registerFargate(engine);
    externalService(engine, 2);
    const blue = createSet(engine);
    const green = createSet(engine, { scale: { value: 50, unit: 'PERCENT' } });
    engine.advance(60_000);
    const greenTasks = serviceTasks(engine, 'web').filter((t) => t.startedBy === green.id);
    expect(greenTasks).toHaveLength(1);
    engine.call('DeleteTaskSet', { cluster: 'demo', service: 'web', taskSet: blue.id, force: true });
    engine.advance(0);
    expect(sets(engine).map((s) => [s.id, s.status, s.computedDesiredCount])).toEqual(
      expect.arrayContaining([
        [blue.id, 'DRAINING', 0],
        [green.id, 'ACTIVE', 1],
      ]),
    );
    expect(serviceTasks(engine, 'web', 'STOPPED').filter((t) => t.startedBy === blue.id)).toHaveLength(2);
    expect(wanted(engine)).toEqual(greenTasks.map((t) => t.taskArn));
    engine.advance(60_000);
    expect(sets(engine).map((s) => s.id)).toEqual([green.id]);
    expect(wanted(engine)).toEqual(greenTasks.map((t) => t.taskArn));
  });
});

describe('a task set that cannot be placed', () => {
  it('is retried at the retry time, 15 s on', () => {
    const { engine, clock } = setup();
    registerEc2(engine, 'web', 256, 3000);
    externalService(engine, 1);
    const start = clock.now();
    createSet(engine, { launchType: 'EC2', networkConfiguration: undefined });
    engine.advance(0);
    expect(describeService(engine, 'web').events.map((e) => e.message)).toEqual([
      '(service web) was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster.',
    ]);
    engine.advance(1_000);
    registerInstance(engine);
    engine.advance(start + 15_000 - 1 - clock.now());
    expect(wanted(engine)).toHaveLength(0);
    engine.advance(1);
    expect(wanted(engine)).toHaveLength(1);
  });

  it('is retried at the retry time, not before nor at a later poll, when a task’s news wakes the service first', () => {
    const { engine, clock } = setup();
    // One task per instance (3,000 of its 4,096 MiB): the second task finds no room.
    registerEc2(engine, 'web', 256, 3000);
    registerInstance(engine);
    externalService(engine, 2);
    const start = clock.now();
    createSet(engine, { launchType: 'EC2', networkConfiguration: undefined });
    engine.advance(0);
    expect(wanted(engine)).toHaveLength(1);
    expect(describeService(engine, 'web').events[0].message).toMatch(/^\(service web\) was unable to place a task/);
    // Room appears at once, and the first task's news wakes the service within seconds: no new try before 15 s,
    // and the try at 15 s exactly (not at the first 15 s poll after the wake).
    registerInstance(engine);
    engine.advance(start + 15_000 - 1 - clock.now());
    expect(wanted(engine)).toHaveLength(1);
    engine.advance(1);
    expect(wanted(engine)).toHaveLength(2);
  });
});

describe('a deleted service with task sets', () => {
  it('turns INACTIVE, its task sets gone, at its next step, while its tasks are still stopping', () => {
    const { engine } = setup();
    registerFargate(engine);
    externalService(engine, 2);
    createSet(engine);
    engine.advance(60_000);
    engine.call('DeleteService', { cluster: 'demo', service: 'web', force: true });
    expect(describeService(engine, 'web').status).toBe('DRAINING');
    engine.advance(0);
    expect(describeService(engine, 'web').status).toBe('INACTIVE');
    expect(serviceTasks(engine, 'web', 'STOPPED').map((t) => t.lastStatus)).not.toContain('STOPPED');
    expect(engine.store.ids('us-east-1', 'taskset', {})).toEqual([]);
  });

  it('turns INACTIVE at its next step when it has no task at all', () => {
    const { engine } = setup();
    registerFargate(engine);
    externalService(engine, 0);
    createSet(engine);
    engine.advance(1_000);
    engine.call('DeleteService', { cluster: 'demo', service: 'web' });
    engine.advance(0);
    expect(describeService(engine, 'web').status).toBe('INACTIVE');
    expect(engine.store.ids('us-east-1', 'taskset', {})).toEqual([]);
  });

  it('stops its tasks with the scaling reason of no deployment (an EXTERNAL service has none)', () => {
    const { engine } = setup();
    registerFargate(engine);
    externalService(engine, 2);
    createSet(engine);
    engine.advance(60_000);
    const tasks = wanted(engine);
    engine.call('DeleteService', { cluster: 'demo', service: 'web', force: true });
    const stopped = serviceTasks(engine, 'web', 'STOPPED');
    expect(stopped.map((t) => t.taskArn).sort()).toEqual([...tasks].sort());
    expect(new Set(stopped.map((t) => [t.stopCode, t.stoppedReason].join(' / ')))).toEqual(
      new Set(['ServiceSchedulerInitiated / Scaling activity initiated by (deployment unknown)']),
    );
  });
});

describe('a task set whose revision was deleted', () => {
  it('replaces a task it loses from that revision (ECS: such services keep running and scaling)', () => {
    const { engine } = setup();
    registerFargate(engine);
    externalService(engine, 2);
    createSet(engine);
    engine.advance(60_000);
    expect(sets(engine)[0].stabilityStatus).toBe('STEADY_STATE');
    const [victim, kept] = wanted(engine);
    engine.call('DeregisterTaskDefinition', { taskDefinition: 'web:1' });
    engine.call('DeleteTaskDefinitions', { taskDefinitions: ['web:1'] });
    engine.call('StopTask', { cluster: 'demo', task: victim, reason: 'by hand' });
    engine.advance(60_000);
    const now = wanted(engine);
    expect(now).toHaveLength(2);
    expect(now).toContain(kept);
    expect(now).not.toContain(victim);
    expect(serviceTasks(engine, 'web').map((t) => [t.lastStatus, t.taskDefinitionArn?.split(':').pop()])).toEqual([
      ['RUNNING', '1'],
      ['RUNNING', '1'],
    ]);
    expect(sets(engine)[0]).toMatchObject({ computedDesiredCount: 2, runningCount: 2, stabilityStatus: 'STEADY_STATE' });
  });
});

describe('a task set one task over its count when a task fails its health check', () => {
  it('is not steady in the step that stops the failing task, though the one task left matches its count', () => {
    const { engine } = setup();
    registerFargate(engine);
    registerFargate(engine, 'bad', { 'ecs-local.health': 'unhealthy' });
    externalService(engine, 1);
    const set = createSet(engine);
    engine.advance(60_000);
    const [good] = wanted(engine);
    // A task of another revision started by hand as the set's own (its group and id): UNHEALTHY 30 s after it runs.
    const out = engine.call('RunTask', {
      cluster: 'demo',
      taskDefinition: 'bad',
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
      group: 'service:web',
      startedBy: set.id,
    }) as { tasks: { taskArn: string }[] };
    const bad = out.tasks[0].taskArn;
    // Both protected: the set, one task over its count, has nothing it may stop until the bad one fails.
    engine.call('UpdateTaskProtection', { cluster: 'demo', tasks: [good, bad], protectionEnabled: true, expiresInMinutes: 60 });
    engine.advance(1_000);
    expect(wanted(engine).sort()).toEqual([good, bad].sort());
    let steps = 0;
    while (wanted(engine).includes(bad) && steps++ < 240) engine.advance(250);
    // The step that stops the UNHEALTHY task leaves exactly the one healthy task the set wants, yet is not steady.
    expect(wanted(engine)).toEqual([good]);
    expect(sets(engine)[0]).toMatchObject({ computedDesiredCount: 1, stabilityStatus: 'STABILIZING' });
    engine.advance(60_000);
    expect(wanted(engine)).toEqual([good]);
    expect(sets(engine)[0]).toMatchObject({ computedDesiredCount: 1, stabilityStatus: 'STEADY_STATE' });
  });
});
