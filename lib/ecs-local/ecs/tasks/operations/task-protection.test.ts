// GetTaskProtection / UpdateTaskProtection, and protection honoured over time by scale-in and deployments.
import type { GetTaskProtectionResponse } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import type { Wire } from '../../../protocol/serialize';
import { ecsError, NETWORK } from '../../../testing/engine';
import { createService, describeService, registerFargate, serviceTasks, setup } from '../../../testing/services';

type Engine = ReturnType<typeof setup>['engine'];
type Answer = Wire<GetTaskProtectionResponse>;

function protect(engine: Engine, tasks: string[], protectionEnabled = true, expiresInMinutes?: number): Answer {
  return engine.call('UpdateTaskProtection', { cluster: 'demo', tasks, protectionEnabled, expiresInMinutes }) as Answer;
}

function runningService(desiredCount: number) {
  const fixture = setup();
  registerFargate(fixture.engine);
  createService(fixture.engine, { serviceName: 'web', desiredCount });
  fixture.engine.advance(60_000);
  const tasks = serviceTasks(fixture.engine, 'web').map((t) => t.taskArn as string);
  expect(tasks).toHaveLength(desiredCount);
  return { ...fixture, tasks };
}

describe('task protection', () => {
  it('protects for 120 minutes by default or as asked, reports it, and removes it', () => {
    const { engine, clock, tasks } = runningService(2);
    const now = clock.now();
    const on = protect(engine, [tasks[0]]);
    expect(on).toEqual({
      protectedTasks: [{ taskArn: tasks[0], protectionEnabled: true, expirationDate: (now + 120 * 60_000) / 1000 }],
      failures: [],
    });
    protect(engine, [tasks[1].split('/').pop() as string], true, 5);
    const got = engine.call('GetTaskProtection', { cluster: 'demo', tasks }) as Answer;
    expect(got.protectedTasks?.map((t) => [t.protectionEnabled, t.expirationDate])).toEqual([
      [true, (now + 120 * 60_000) / 1000],
      [true, (now + 5 * 60_000) / 1000],
    ]);
    engine.advance(5 * 60_000);
    const expired = engine.call('GetTaskProtection', { cluster: 'demo', tasks: [tasks[1]] }) as Answer;
    expect(expired.protectedTasks).toEqual([{ taskArn: tasks[1], protectionEnabled: false }]);
    expect(protect(engine, [tasks[0]], false).protectedTasks).toEqual([{ taskArn: tasks[0], protectionEnabled: false }]);
  });

  it('answers unknown and standalone tasks as failures, and refuses bad input', () => {
    const { engine, tasks } = runningService(1);
    const standalone = engine.call('RunTask', {
      cluster: 'demo',
      taskDefinition: 'web',
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
    }) as { tasks: { taskArn: string }[] };
    const out = protect(engine, [tasks[0], 'f'.repeat(32), standalone.tasks[0].taskArn]);
    expect(out.protectedTasks?.map((t) => t.taskArn)).toEqual([tasks[0]]);
    expect(out.failures).toEqual([
      { arn: `arn:aws:ecs:us-east-1:000000000000:task/demo/${'f'.repeat(32)}`, reason: 'MISSING' },
      {
        arn: standalone.tasks[0].taskArn,
        reason: 'TASK_NOT_VALID',
        detail: 'The task is not part of a service. Only tasks of a service can be protected from scale-in.',
      },
    ]);
    expect(() => protect(engine, [tasks[0]], true, 2881)).toThrow(
      ecsError('InvalidParameterException', 'expiresInMinutes must be between 1 and 2880; got 2881.'),
    );
    expect(() => protect(engine, [])).toThrow(ecsError('InvalidParameterException', /at least one task/));
    expect(() =>
      protect(
        engine,
        Array.from({ length: 11 }, () => tasks[0]),
      ),
    ).toThrow(ecsError('InvalidParameterException', 'tasks can name at most 10 tasks; got 11.'));
    expect(() => engine.call('GetTaskProtection', { cluster: 'nope', tasks })).toThrow(ecsError('ClusterNotFoundException'));
    engine.call('StopTask', { cluster: 'demo', task: tasks[0] });
    expect(protect(engine, [tasks[0]]).failures).toEqual([
      { arn: tasks[0], reason: 'TASK_NOT_VALID', detail: 'The task is stopping or stopped.' },
    ]);
  });

  it('keeps protected tasks through a scale-in until their protection expires', () => {
    const { engine, tasks } = runningService(3);
    protect(engine, tasks.slice(0, 2), true, 10);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 1 });
    engine.advance(60_000);
    expect(
      serviceTasks(engine, 'web')
        .map((t) => t.taskArn)
        .sort(),
    ).toEqual(tasks.slice(0, 2).sort());
    expect(describeService(engine, 'web').runningCount).toBe(2);
    engine.advance(9 * 60_000);
    const after = serviceTasks(engine, 'web');
    expect(after).toHaveLength(1);
    expect(tasks.slice(0, 2)).toContain(after[0].taskArn);
    expect(describeService(engine, 'web').runningCount).toBe(1);
  });

  it('lets a waiting scale-in go on as soon as protection is removed', () => {
    const { engine, tasks } = runningService(2);
    protect(engine, tasks);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 0 });
    engine.advance(120_000);
    expect(serviceTasks(engine, 'web')).toHaveLength(2);
    protect(engine, [tasks[1]], false);
    engine.advance(5_000);
    expect(serviceTasks(engine, 'web').map((t) => t.taskArn)).toEqual([tasks[0]]);
  });

  it('keeps a protected task of an old deployment running until protection ends, then completes the deployment', () => {
    const { engine, tasks } = runningService(2);
    protect(engine, [tasks[0]], true, 15);
    registerFargate(engine);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
    engine.advance(5 * 60_000);
    const during = describeService(engine, 'web');
    expect(during.deployments.map((d) => d.status)).toEqual(['PRIMARY', 'ACTIVE']);
    expect(during.deployments[0].rolloutState).toBe('IN_PROGRESS');
    expect(serviceTasks(engine, 'web').map((t) => t.taskArn)).toContain(tasks[0]);
    expect(serviceTasks(engine, 'web').map((t) => t.taskArn)).not.toContain(tasks[1]);
    engine.advance(11 * 60_000);
    const after = describeService(engine, 'web');
    expect(after.deployments).toHaveLength(1);
    expect(after.deployments[0].rolloutState).toBe('COMPLETED');
    expect(serviceTasks(engine, 'web').every((t) => t.taskDefinitionArn?.endsWith('web:2'))).toBe(true);
  });
});
