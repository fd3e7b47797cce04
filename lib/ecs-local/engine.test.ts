// Engine.call / Engine.tick: one transaction per call and per scheduler step; a broken step can neither
// crash the loop, leave half its writes behind, be dropped, nor spin forever. The sweep resumes documents
// left mid-transition without a due time; a runtime report that fails is retried like a step.
import { describe, expect, it } from 'vitest';
import { FakeClock } from './core/clock';
import { EcsError } from './ecs/common/errors';
import { Engine } from './engine';
import type { Kind } from './store/types';
import { captureStderr } from './testing/stderr';
import { describe1, registerFargate, runFargate, setup as withCluster } from './testing/tasks';

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

  it('rolls back a step that throws, keeps it due for a retry with backoff and carries on with the others', () => {
    const { clock, engine } = setup();
    engine.scheduler[KIND] = (ctx, id) => {
      ctx.store.replaceBody(ctx.region, KIND, id, { touched: true });
      ctx.store.put(ctx.region, 'cluster', `side-effect-${id}`, {});
      if (id === 'bad') throw new Error('scheduler bug');
      ctx.store.setDue(ctx.region, KIND, id, undefined);
    };
    engine.store.put(REGION, KIND, 'bad', { touched: false }, { due: clock.now() });
    engine.store.put(REGION, KIND, 'good', { touched: false }, { due: clock.now() });
    const { logged } = captureStderr(() => expect(() => engine.tick()).not.toThrow());
    expect(logged).toMatch(/scheduler step token\/bad failed \(attempt 1, retrying in 0\.25 s\): Error: scheduler bug/);
    expect(engine.store.get(REGION, KIND, 'bad')).toEqual({ touched: false });
    expect(engine.store.get(REGION, 'cluster', 'side-effect-bad')).toBeUndefined();
    expect(engine.store.get(REGION, KIND, 'good')).toEqual({ touched: true });
    expect(engine.store.due(clock.now() + 1e9)).toEqual([{ region: REGION, kind: KIND, id: 'bad' }]);
    expect(engine.store.due(clock.now() + 249)).toEqual([]);
    expect(engine.store.due(clock.now() + 250)).toEqual([{ region: REGION, kind: KIND, id: 'bad' }]);
  });

  it('rolls back an EcsError thrown by a step as well', () => {
    const { clock, engine } = setup();
    engine.scheduler[KIND] = (ctx, id) => {
      ctx.store.replaceBody(ctx.region, KIND, id, { touched: true });
      throw new EcsError('ClientException', 'refused');
    };
    engine.store.put(REGION, KIND, 'x', { touched: false }, { due: clock.now() });
    captureStderr(() => engine.tick());
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

  it('with a budget, starts no step once it is spent, says it is behind, and the next ticks go on', () => {
    const { clock, engine } = setup();
    const ran: string[] = [];
    engine.scheduler[KIND] = (ctx, id) => {
      const until = performance.now() + 2;
      while (performance.now() < until); // a step that takes 2 ms
      ran.push(id);
      ctx.store.setDue(ctx.region, KIND, id, undefined);
    };
    for (let i = 0; i < 40; i++) engine.store.put(REGION, KIND, `d${String(i).padStart(2, '0')}`, {}, { due: clock.now() });
    const first = engine.tick(10);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(40);
    expect(engine.behind).toBe(true);
    let ticks = 1;
    while (engine.behind) {
      engine.tick(10);
      ticks++;
    }
    expect(ticks).toBeGreaterThan(2);
    expect(ran.sort()).toEqual(Array.from({ length: 40 }, (_, i) => `d${String(i).padStart(2, '0')}`));
    expect(engine.tick()).toBe(0);
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

describe('Engine sweep', () => {
  it('resumes tasks and services mid-transition that have no due time, at the first tick and every minute', () => {
    const { engine, clock } = withCluster();
    const taskArn = runFargate(engine, registerFargate(engine, 'web')).taskArn as string;
    const id = taskArn.slice(taskArn.lastIndexOf('/') + 1);
    engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'api',
      taskDefinition: 'web',
      desiredCount: 2,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
    });
    // What an older engine left behind when a step failed: the due times cleared.
    engine.store.setDue(REGION, 'task', id, undefined);
    engine.store.setDue(REGION, 'service', 'demo/api', undefined);
    captureStderr(() => engine.advance(30_000));
    expect(describe1(engine, taskArn).lastStatus).toBe('RUNNING');
    const services = engine.call('DescribeServices', { cluster: 'demo', services: ['api'] }) as {
      services: { runningCount: number }[];
    };
    expect(services.services[0].runningCount).toBe(2);

    // Later: stranded again while running the engine; the next sweep (a minute after the last) resumes it.
    engine.call('StopTask', { cluster: 'demo', task: taskArn });
    engine.store.setDue(REGION, 'task', id, undefined);
    expect(engine.sweep()).toBe(1);
    expect(engine.store.due(clock.now()).map((r) => r.id)).toContain(id);
  });

  it('warns once about a document it wakes at every sweep (a task waiting for its runtime), and again for a new one', () => {
    const { engine } = withCluster();
    const arns = [1, 2].map(() => runFargate(engine, registerFargate(engine, 'web')).taskArn as string);
    engine.advance(30_000);
    const strand = (arn: string) => {
      engine.call('StopTask', { cluster: 'demo', task: arn });
      engine.store.setDue(REGION, 'task', arn.split('/').pop() as string, undefined);
    };
    strand(arns[0]);
    expect(captureStderr(() => engine.sweep()).logged).toMatch(/WARN {2}sweep: 1 document\(s\) mid-transition had no due time/);
    // Still without a due time at the next sweep (as a task whose runtime has not reported yet): woken, not warned.
    engine.store.setDue(REGION, 'task', arns[0].split('/').pop() as string, undefined);
    const again = captureStderr(() => engine.sweep());
    expect(again.result).toBe(1);
    expect(again.logged).toBe('');
    strand(arns[1]);
    engine.store.setDue(REGION, 'task', arns[0].split('/').pop() as string, undefined);
    const next = captureStderr(() => engine.sweep());
    expect(next.result).toBe(2);
    expect(next.logged).toMatch(/sweep: 1 document\(s\) mid-transition/);
  });

  it('leaves RUNNING tasks and documents with a due time alone', () => {
    const { engine } = withCluster();
    const taskArn = runFargate(engine, registerFargate(engine, 'web')).taskArn as string;
    engine.advance(30_000);
    expect(describe1(engine, taskArn).lastStatus).toBe('RUNNING');
    expect(engine.sweep()).toBe(0);
  });
});

describe('Engine.report', () => {
  it('keeps a runtime report that fails to apply and applies it, with later ones, once the store takes writes', () => {
    const { engine } = withCluster();
    const taskArn = runFargate(engine, registerFargate(engine, 'web')).taskArn as string;
    engine.advance(30_000);
    expect(describe1(engine, taskArn).lastStatus).toBe('RUNNING');
    engine.store.db.exec(
      "CREATE TEMP TRIGGER refuse BEFORE UPDATE ON docs WHEN NEW.kind = 'task' BEGIN SELECT RAISE(ABORT, 'injected'); END",
    );
    const at = engine.clock.now();
    captureStderr(() => {
      engine.report(REGION, taskArn, [{ type: 'health', at, container: 'app', health: 'UNHEALTHY' }]);
      engine.report(REGION, taskArn, [{ type: 'exit', at: at + 1, container: 'app', exitCode: 3 }]);
      engine.advance(5_000);
    });
    expect(describe1(engine, taskArn).lastStatus).toBe('RUNNING');
    engine.store.db.exec('DROP TRIGGER refuse');
    engine.advance(70_000);
    const task = describe1(engine, taskArn);
    expect(task.lastStatus).toBe('STOPPED');
    expect(task.containers?.[0]).toMatchObject({ exitCode: 3, healthStatus: 'UNHEALTHY' });
  });
});
