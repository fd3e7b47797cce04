import { describe, expect, it } from 'vitest';
import { ecsError, register, TD_ARN, testEngine } from '../../../testing/task-definitions';

type Deleted = {
  taskDefinitions: { taskDefinitionArn: string; status: string; deleteRequestedAt?: number }[];
  failures: { arn: string; reason: string }[];
};

describe('DeleteTaskDefinitions', () => {
  it('moves INACTIVE revisions to DELETE_IN_PROGRESS and reports the rest as failures', () => {
    const { engine, clock } = testEngine();
    register(engine, 'web');
    register(engine, 'web');
    engine.call('DeregisterTaskDefinition', { taskDefinition: 'web:1' });
    clock.advance(1000);
    const out = engine.call('DeleteTaskDefinitions', {
      taskDefinitions: [`${TD_ARN}/web:1`, 'web:2', 'web:7', 'web'],
    }) as Deleted;
    expect(out.taskDefinitions).toEqual([
      expect.objectContaining({
        taskDefinitionArn: `${TD_ARN}/web:1`,
        status: 'DELETE_IN_PROGRESS',
        deleteRequestedAt: Date.UTC(2026, 0, 1) / 1000 + 1,
      }),
    ]);
    expect(out.failures).toEqual([
      {
        arn: `${TD_ARN}/web:2`,
        reason: 'The specified task definition is still in ACTIVE status. Please deregister the target and try again.',
      },
      { arn: `${TD_ARN}/web:7`, reason: 'The specified task definition does not exist.' },
      { arn: 'web', reason: expect.stringMatching(/family and revision/) },
    ]);
  });

  it('is idempotent and lists each deleted revision once', () => {
    const { engine } = testEngine();
    register(engine, 'web');
    engine.call('DeregisterTaskDefinition', { taskDefinition: 'web:1' });
    const first = engine.call('DeleteTaskDefinitions', { taskDefinitions: ['web:1', 'web:1'] }) as Deleted;
    expect(first.taskDefinitions).toHaveLength(1);
    const again = engine.call('DeleteTaskDefinitions', { taskDefinitions: ['web:1'] }) as Deleted;
    expect(again).toEqual({ taskDefinitions: first.taskDefinitions, failures: [] });
  });

  it('takes 1 to 10 identifiers', () => {
    const { engine } = testEngine();
    const eleven = Array.from({ length: 11 }, (_, i) => `web:${i + 1}`);
    expect(() => engine.call('DeleteTaskDefinitions', { taskDefinitions: eleven })).toThrow(
      ecsError('InvalidParameterException', /1 to 10/),
    );
    expect(() => engine.call('DeleteTaskDefinitions', { taskDefinitions: [] })).toThrow(
      ecsError('InvalidParameterException', /1 to 10/),
    );
  });

  it('removes a deleted revision from RunTask-style lookups', () => {
    const { engine } = testEngine();
    register(engine, 'web');
    engine.call('DeregisterTaskDefinition', { taskDefinition: 'web:1' });
    engine.call('DeleteTaskDefinitions', { taskDefinitions: ['web:1'] });
    expect(() => engine.call('DescribeTaskDefinition', { taskDefinition: 'web' })).toThrow(
      ecsError('ClientException', 'Unable to describe task definition.'),
    );
  });
});
