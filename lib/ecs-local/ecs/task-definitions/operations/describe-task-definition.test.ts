import { describe, expect, it } from 'vitest';
import { ecsError, register, TD_ARN, testEngine } from '../../../testing/task-definitions';

type Described = { taskDefinition: { taskDefinitionArn: string; status: string; revision: number }; tags?: unknown };

describe('DescribeTaskDefinition', () => {
  const describeTd = (engine: ReturnType<typeof testEngine>['engine'], taskDefinition: string, include?: string[]) =>
    engine.call('DescribeTaskDefinition', { taskDefinition, include }) as Described;

  it('finds a family (latest ACTIVE revision), family:revision, or an ARN', () => {
    const { engine } = testEngine();
    register(engine, 'web');
    register(engine, 'web');
    register(engine, 'web');
    engine.call('DeregisterTaskDefinition', { taskDefinition: 'web:3' });
    expect(describeTd(engine, 'web').taskDefinition.revision).toBe(2);
    expect(describeTd(engine, 'web:3').taskDefinition.status).toBe('INACTIVE');
    expect(describeTd(engine, `${TD_ARN}/web:1`).taskDefinition.revision).toBe(1);
  });

  it('returns tags only with include TAGS', () => {
    const { engine } = testEngine();
    register(engine, 'web', { tags: [{ key: 'k', value: 'v' }] });
    expect(describeTd(engine, 'web').tags).toBeUndefined();
    expect(describeTd(engine, 'web', ['TAGS']).tags).toEqual([{ key: 'k', value: 'v' }]);
    register(engine, 'plain');
    expect(describeTd(engine, 'plain', ['TAGS']).tags).toEqual([]);
  });

  it('answers Unable to describe task definition. for anything unknown', () => {
    const { engine } = testEngine();
    register(engine, 'web');
    const notFound = ecsError('ClientException', 'Unable to describe task definition.');
    for (const id of ['nope', 'web:2', 'web:x', `${TD_ARN}/nope:1`, 'arn:aws:ecs:us-east-1:000000000000:cluster/web', ''])
      expect(() => describeTd(engine, id), id).toThrow(notFound);
  });

  it('describes a revision being deleted by number, but not through its family', () => {
    const { engine } = testEngine();
    register(engine, 'old');
    engine.call('DeregisterTaskDefinition', { taskDefinition: 'old:1' });
    engine.call('DeleteTaskDefinitions', { taskDefinitions: ['old:1'] });
    expect(describeTd(engine, 'old:1').taskDefinition.status).toBe('DELETE_IN_PROGRESS');
    expect(() => describeTd(engine, 'old')).toThrow(ecsError('ClientException', 'Unable to describe task definition.'));
  });
});
