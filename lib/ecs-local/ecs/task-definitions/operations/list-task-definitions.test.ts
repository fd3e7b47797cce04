import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../engine';
import { ecsError, register, TD_ARN, testEngine } from '../../../testing/task-definitions';

type Listed = { taskDefinitionArns: string[]; nextToken?: string };
const list = (engine: Engine, input: Record<string, unknown> = {}) => engine.call('ListTaskDefinitions', input) as Listed;
const short = (arns: string[]) => arns.map((a) => a.replace(`${TD_ARN}/`, ''));

function seed(): Engine {
  const { engine } = testEngine();
  for (const family of ['b', 'a', 'c', 'a', 'b', 'a']) register(engine, family);
  engine.call('DeregisterTaskDefinition', { taskDefinition: 'a:2' });
  return engine;
}

describe('ListTaskDefinitions', () => {
  it('lists ACTIVE revisions by family, then revision ascending', () => {
    expect(short(list(seed()).taskDefinitionArns)).toEqual(['a:1', 'a:3', 'b:1', 'b:2', 'c:1']);
  });

  it('sorts families lexicographically even when one is a prefix of another', () => {
    const { engine } = testEngine();
    for (const family of ['web2', 'web', 'web-api', 'web', 'web_x']) register(engine, family);
    const asc = ['web:1', 'web:2', 'web-api:1', 'web2:1', 'web_x:1'];
    expect(short(list(engine).taskDefinitionArns)).toEqual(asc);
    expect(short(list(engine, { sort: 'DESC' }).taskDefinitionArns)).toEqual([...asc].reverse());
    const first = list(engine, { maxResults: 2 });
    expect(short(list(engine, { maxResults: 10, nextToken: first.nextToken }).taskDefinitionArns)).toEqual(asc.slice(2));
  });

  it('sorts DESC', () => {
    expect(short(list(seed(), { sort: 'DESC' }).taskDefinitionArns)).toEqual(['c:1', 'b:2', 'b:1', 'a:3', 'a:1']);
  });

  it('orders revisions numerically, not as text', () => {
    const { engine } = testEngine();
    for (let i = 0; i < 11; i++) register(engine, 'many');
    expect(short(list(engine).taskDefinitionArns).slice(-3)).toEqual(['many:9', 'many:10', 'many:11']);
  });

  it('takes familyPrefix as a whole family name', () => {
    const engine = seed();
    register(engine, 'ab');
    expect(short(list(engine, { familyPrefix: 'a' }).taskDefinitionArns)).toEqual(['a:1', 'a:3']);
    expect(list(engine, { familyPrefix: 'zzz' }).taskDefinitionArns).toEqual([]);
  });

  it('filters by status', () => {
    const engine = seed();
    expect(short(list(engine, { status: 'INACTIVE' }).taskDefinitionArns)).toEqual(['a:2']);
    engine.call('DeleteTaskDefinitions', { taskDefinitions: ['a:2'] });
    expect(list(engine, { status: 'INACTIVE' }).taskDefinitionArns).toEqual([]);
    expect(short(list(engine, { status: 'DELETE_IN_PROGRESS' }).taskDefinitionArns)).toEqual(['a:2']);
  });

  it('pages with nextToken in both directions', () => {
    const engine = seed();
    for (const [sort, expected] of [
      ['ASC', ['a:1', 'a:3', 'b:1', 'b:2', 'c:1']],
      ['DESC', ['c:1', 'b:2', 'b:1', 'a:3', 'a:1']],
    ] as const) {
      const seen: string[] = [];
      let nextToken: string | undefined;
      let pages = 0;
      do {
        const page = list(engine, { sort, maxResults: 2, nextToken });
        seen.push(...short(page.taskDefinitionArns));
        nextToken = page.nextToken;
        pages++;
      } while (nextToken);
      expect(seen).toEqual(expected);
      expect(pages).toBe(3);
    }
  });

  it('pages 100 at a time by default', () => {
    const { engine } = testEngine();
    for (let i = 0; i < 101; i++) register(engine, 'big');
    const first = list(engine);
    expect(first.taskDefinitionArns).toHaveLength(100);
    expect(short(list(engine, { nextToken: first.nextToken }).taskDefinitionArns)).toEqual(['big:101']);
  });

  it('refuses a garbage token and an out-of-range maxResults', () => {
    const engine = seed();
    expect(() => list(engine, { nextToken: 'garbage!' })).toThrow(ecsError('InvalidParameterException', 'Invalid nextToken.'));
    expect(() => list(engine, { maxResults: 101 })).toThrow(ecsError('InvalidParameterException'));
    expect(() => list(engine, { maxResults: 0 })).toThrow(ecsError('InvalidParameterException'));
  });
});
