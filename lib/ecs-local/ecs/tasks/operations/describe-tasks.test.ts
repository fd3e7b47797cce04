import { describe, expect, it } from 'vitest';
import { ecsError, registerFargate, runFargate, setup } from '../../../testing/tasks';

describe('DescribeTasks', () => {
  it('describes by id or ARN, reports MISSING with the full ARN, and returns tags only with include TAGS', () => {
    const { engine } = setup();
    engine.call('CreateCluster', { clusterName: 'other' });
    const task = runFargate(engine, registerFargate(engine, 'web'), { tags: [{ key: 'k', value: 'v' }] });
    const arn = task.taskArn ?? '';
    const id = arn.split('/').pop();
    const missing = '0123456789abcdef0123456789abcdef';
    const out = engine.call('DescribeTasks', { cluster: 'demo', tasks: [id, arn, missing, 'not-an-id'] }) as {
      tasks: { taskArn: string; tags?: unknown }[];
      failures: unknown[];
    };
    expect(out.tasks.map((t) => t.taskArn)).toEqual([arn]);
    expect(out.tasks[0].tags).toBeUndefined();
    expect(out.failures).toEqual([
      { arn: `arn:aws:ecs:us-east-1:000000000000:task/demo/${missing}`, reason: 'MISSING' },
      { arn: 'arn:aws:ecs:us-east-1:000000000000:task/demo/not-an-id', reason: 'MISSING' },
    ]);
    const tagged = engine.call('DescribeTasks', { cluster: 'demo', tasks: [id], include: ['TAGS'] }) as {
      tasks: { tags: unknown }[];
    };
    expect(tagged.tasks[0].tags).toEqual([{ key: 'k', value: 'v' }]);
    // The task exists, but not in the cluster asked about.
    const elsewhere = engine.call('DescribeTasks', { cluster: 'other', tasks: [id] }) as { failures: unknown[] };
    expect(elsewhere.failures).toEqual([{ arn: `arn:aws:ecs:us-east-1:000000000000:task/other/${id}`, reason: 'MISSING' }]);
    expect(() => engine.call('DescribeTasks', { cluster: 'demo', tasks: Array.from({ length: 101 }, () => missing) })).toThrow(
      ecsError('InvalidParameterException', 'tasks can have at most 100 items; got 101.'),
    );
    expect(() => engine.call('DescribeTasks', { cluster: 'nope', tasks: [id] })).toThrow(ecsError('ClusterNotFoundException'));
  });
});
