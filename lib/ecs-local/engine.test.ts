// Engine.call / Engine.tick: one transaction per call and per scheduler step; a broken step can neither
// crash the loop, leave half its writes behind, nor spin forever.
import { describe, expect, it } from 'vitest';
import { FakeClock } from './core/clock';
import { EcsError } from './ecs/common/errors';
import { Engine } from './engine';
import type { Kind } from './store/types';

// 'token' is a kind no service schedules, so these tests can own its handler (each test has its own engine).
const KIND: Kind = 'token';
const REGION = 'us-east-1';

function setup() {
  const clock = new FakeClock();
  const engine = new Engine({ memory: true, clock });
  return { clock, engine };
}

describe('Engine.call', () => {
  it('refuses unknown and prototype operation names with UnknownOperationException', () => {
    const { engine } = setup();
    for (const op of ['Nope', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(() => engine.call(op, {}), op).toThrow(expect.objectContaining({ type: 'UnknownOperationException' }));
    }
  });
});

describe('Engine.tick', () => {
  it('runs due steps with a context for the document region and time', () => {
    const { clock, engine } = setup();
    const seen: string[] = [];
    engine.scheduler[KIND] = (ctx, id) => {
      seen.push(`${ctx.region}/${id}@${ctx.now}`);
      ctx.store.setDue(ctx.region, KIND, id, undefined);
    };
    engine.store.put('eu-west-1', KIND, 'a', {}, { due: clock.now() + 1000 });
    expect(engine.tick()).toBe(0);
    engine.advance(1000);
    expect(seen).toEqual([`eu-west-1/a@${clock.now()}`]);
  });

  it('rolls back a step that throws, clears its due time and carries on with the others', () => {
    const { clock, engine } = setup();
    engine.scheduler[KIND] = (ctx, id) => {
      ctx.store.replaceBody(ctx.region, KIND, id, { touched: true });
      ctx.store.put(ctx.region, 'cluster', `side-effect-${id}`, {});
      if (id === 'bad') throw new Error('scheduler bug');
      ctx.store.setDue(ctx.region, KIND, id, undefined);
    };
    engine.store.put(REGION, KIND, 'bad', { touched: false }, { due: clock.now() });
    engine.store.put(REGION, KIND, 'good', { touched: false }, { due: clock.now() });
    const stderr = process.stderr.write;
    process.stderr.write = () => true; // the engine logs the bug; keep the test output clean
    try {
      expect(() => engine.tick()).not.toThrow();
    } finally {
      process.stderr.write = stderr;
    }
    expect(engine.store.get(REGION, KIND, 'bad')).toEqual({ touched: false });
    expect(engine.store.get(REGION, 'cluster', 'side-effect-bad')).toBeUndefined();
    expect(engine.store.get(REGION, KIND, 'good')).toEqual({ touched: true });
    expect(engine.store.due(clock.now() + 1e9)).toEqual([]);
  });

  it('rolls back an EcsError thrown by a step as well', () => {
    const { clock, engine } = setup();
    engine.scheduler[KIND] = (ctx, id) => {
      ctx.store.replaceBody(ctx.region, KIND, id, { touched: true });
      throw new EcsError('ClientException', 'refused');
    };
    engine.store.put(REGION, KIND, 'x', { touched: false }, { due: clock.now() });
    const stderr = process.stderr.write;
    process.stderr.write = () => true;
    try {
      engine.tick();
    } finally {
      process.stderr.write = stderr;
    }
    expect(engine.store.get(REGION, KIND, 'x')).toEqual({ touched: false });
  });

  it('is bounded when a step keeps rescheduling itself for now', () => {
    const { clock, engine } = setup();
    let runs = 0;
    engine.scheduler[KIND] = (ctx, id) => {
      runs++;
      ctx.store.setDue(ctx.region, KIND, id, ctx.now);
    };
    engine.store.put(REGION, KIND, 'spin', {}, { due: clock.now() });
    const ran = engine.tick();
    expect(ran).toBe(runs);
    expect(runs).toBeGreaterThan(1);
    expect(runs).toBeLessThanOrEqual(20);
  });

  it('clears due documents of kinds nobody handles', () => {
    const { clock, engine } = setup();
    engine.store.put(REGION, KIND, 'orphan', {}, { due: clock.now() });
    expect(engine.tick()).toBe(1);
    expect(engine.store.due(clock.now())).toEqual([]);
    expect(engine.store.get(REGION, KIND, 'orphan')).toEqual({});
  });

  it('advance() needs a FakeClock', () => {
    const engine = new Engine({ memory: true });
    expect(() => engine.advance(10)).toThrow(/FakeClock/);
    engine.close();
  });
});
