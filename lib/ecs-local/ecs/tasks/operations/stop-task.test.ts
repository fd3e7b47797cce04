import { describe, expect, it } from 'vitest';
import { describe1, ecsError, registerFargate, runFargate, setup } from '../../../testing/tasks';

describe('StopTask', () => {
  it('stops by id in the default cluster, deletes tags, keeps the first reason, and refuses unknown tasks', () => {
    const { engine } = setup('default');
    const td = registerFargate(engine, 'web');
    const task = engine.call('RunTask', {
      taskDefinition: td,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['s'] } },
      tags: [{ key: 'k', value: 'v' }],
    }) as { tasks: { taskArn: string }[] };
    const arn = task.tasks[0].taskArn;
    engine.advance(3000);
    const out = engine.call('StopTask', { task: arn.split('/').pop(), reason: 'done' }) as { task: Record<string, unknown> };
    expect(out.task).toMatchObject({ desiredStatus: 'STOPPED', stopCode: 'UserInitiated', stoppedReason: 'done' });
    expect(out.task.tags).toBeUndefined();
    const again = engine.call('StopTask', { task: arn, reason: 'second' }) as { task: Record<string, unknown> };
    expect(again.task.stoppedReason).toBe('done');
    const withTags = engine.call('DescribeTasks', { tasks: [arn], include: ['TAGS'] }) as { tasks: { tags: unknown }[] };
    expect(withTags.tasks[0].tags).toEqual([]);
    expect(() => engine.call('StopTask', { task: '0123456789abcdef0123456789abcdef' })).toThrow(
      ecsError('InvalidParameterException', 'The referenced task was not found.'),
    );
    expect(() => engine.call('StopTask', { cluster: 'nope', task: arn })).toThrow(
      ecsError('ClusterNotFoundException', 'Cluster not found.'),
    );
  });

  it('uses the default reason', () => {
    const { engine } = setup();
    const arn = runFargate(engine, registerFargate(engine, 'web')).taskArn ?? '';
    engine.call('StopTask', { cluster: 'demo', task: arn });
    expect(describe1(engine, arn).stoppedReason).toBe('Task stopped by user');
  });
});
