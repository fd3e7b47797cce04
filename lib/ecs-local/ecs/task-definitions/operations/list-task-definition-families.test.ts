import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../engine';
import { ecsError, register, testEngine } from '../../../testing/task-definitions';

type Families = { families: string[]; nextToken?: string };
const families = (engine: Engine, input: Record<string, unknown> = {}) =>
  engine.call('ListTaskDefinitionFamilies', input) as Families;

function seed(): Engine {
  const { engine } = testEngine();
  for (const family of ['web', 'web-api', 'worker', 'db']) register(engine, family);
  register(engine, 'worker');
  // worker keeps one ACTIVE revision; db has none left.
  engine.call('DeregisterTaskDefinition', { taskDefinition: 'worker:1' });
  engine.call('DeregisterTaskDefinition', { taskDefinition: 'db:1' });
  return engine;
}

describe('ListTaskDefinitionFamilies', () => {
  it('lists ACTIVE and INACTIVE families by default, in name order', () => {
    expect(families(seed()).families).toEqual(['db', 'web', 'web-api', 'worker']);
    expect(families(seed(), { status: 'ALL' }).families).toEqual(['db', 'web', 'web-api', 'worker']);
  });

  it('calls a family ACTIVE while any revision is ACTIVE, INACTIVE when none is', () => {
    const engine = seed();
    expect(families(engine, { status: 'ACTIVE' }).families).toEqual(['web', 'web-api', 'worker']);
    expect(families(engine, { status: 'INACTIVE' }).families).toEqual(['db']);
    register(engine, 'db');
    expect(families(engine, { status: 'INACTIVE' }).families).toEqual([]);
    expect(families(engine, { status: 'ACTIVE' }).families).toContain('db');
  });

  it('treats familyPrefix as a real prefix', () => {
    expect(families(seed(), { familyPrefix: 'web' }).families).toEqual(['web', 'web-api']);
    expect(families(seed(), { familyPrefix: 'w', status: 'ACTIVE' }).families).toEqual(['web', 'web-api', 'worker']);
  });

  it('drops a family once all its revisions are deleted', () => {
    const engine = seed();
    engine.call('DeleteTaskDefinitions', { taskDefinitions: ['db:1'] });
    expect(families(engine).families).toEqual(['web', 'web-api', 'worker']);
    engine.call('DeleteTaskDefinitions', { taskDefinitions: ['worker:1'] });
    expect(families(engine).families).toContain('worker');
  });

  it('pages with nextToken', () => {
    const engine = seed();
    const first = families(engine, { maxResults: 3 });
    expect(first.families).toEqual(['db', 'web', 'web-api']);
    const second = families(engine, { maxResults: 3, nextToken: first.nextToken });
    expect(second).toEqual({ families: ['worker'] });
    expect(() => families(engine, { nextToken: 'nope nope' })).toThrow(
      ecsError('InvalidParameterException', 'Invalid nextToken.'),
    );
  });
});
