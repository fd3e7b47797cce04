import { describe, expect, it } from 'vitest';
import { ecsError, register, TD_ARN, testEngine } from '../../../testing/task-definitions';

type Deregistered = { taskDefinition: { status: string; deregisteredAt?: number; revision: number } };

describe('DeregisterTaskDefinition', () => {
  it('makes an ACTIVE revision INACTIVE with deregisteredAt and returns it', () => {
    const { engine, clock } = testEngine();
    register(engine, 'web');
    clock.advance(2000);
    const out = engine.call('DeregisterTaskDefinition', { taskDefinition: 'web:1' }) as Deregistered;
    expect(out.taskDefinition).toMatchObject({
      status: 'INACTIVE',
      revision: 1,
      deregisteredAt: Date.UTC(2026, 0, 1) / 1000 + 2,
    });
  });

  it('accepts an ARN and is idempotent', () => {
    const { engine, clock } = testEngine();
    register(engine, 'web');
    const first = engine.call('DeregisterTaskDefinition', { taskDefinition: `${TD_ARN}/web:1` }) as Deregistered;
    clock.advance(5000);
    const again = engine.call('DeregisterTaskDefinition', { taskDefinition: 'web:1' }) as Deregistered;
    expect(again).toEqual(first);
  });

  it('needs a revision: a bare family is refused with a clear message', () => {
    const { engine } = testEngine();
    register(engine, 'web');
    expect(() => engine.call('DeregisterTaskDefinition', { taskDefinition: 'web' })).toThrow(
      ecsError(
        'ClientException',
        "A revision is required to deregister a task definition: use 'web:<revision>' or the task definition ARN.",
      ),
    );
    expect(() => engine.call('DeregisterTaskDefinition', { taskDefinition: 'web:1:2' })).toThrow(
      ecsError('ClientException', /Invalid task definition/),
    );
  });

  it('refuses an unknown revision', () => {
    const { engine } = testEngine();
    register(engine, 'web');
    expect(() => engine.call('DeregisterTaskDefinition', { taskDefinition: 'web:2' })).toThrow(
      ecsError('ClientException', 'The specified task definition does not exist.'),
    );
  });
});
