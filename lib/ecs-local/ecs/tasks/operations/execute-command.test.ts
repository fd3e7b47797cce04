import type { ExecuteCommandResponse } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { ecsError, NETWORK, registerFargate, runFargate, setup } from '../../../testing/tasks';
import { EXEC_NOT_ENABLED } from './execute-command';

describe('ExecuteCommand', () => {
  it('opens a session in a RUNNING container of a task with execute command enabled', () => {
    const { engine } = setup();
    const td = registerFargate(engine, 'web');
    const task = runFargate(engine, td, { enableExecuteCommand: true });
    const exec = (input: Record<string, unknown> = {}) =>
      engine.call('ExecuteCommand', {
        cluster: 'demo',
        task: task.taskArn,
        command: '/bin/sh',
        interactive: true,
        ...input,
      }) as ExecuteCommandResponse;
    expect(() => exec()).toThrow(ecsError('TargetNotConnectedException', /task is PROVISIONING/));
    engine.advance(10_000);
    const out = exec();
    expect(out).toMatchObject({
      clusterArn: 'arn:aws:ecs:us-east-1:000000000000:cluster/demo',
      taskArn: task.taskArn,
      containerName: 'app',
      containerArn: task.containers?.[0].containerArn,
      interactive: true,
    });
    expect(out.session?.sessionId).toMatch(/^ecs-execute-command-[0-9a-f]{18}$/);
    expect(out.session?.streamUrl).toMatch(
      /^wss:\/\/ssmmessages\.us-east-1\.amazonaws\.com\/v1\/data-channel\/ecs-execute-command-/,
    );
    expect(out.session?.tokenValue?.length).toBeGreaterThan(20);
    expect(() => exec({ interactive: false })).toThrow(
      ecsError('InvalidParameterException', 'Interactive is the only mode supported currently.'),
    );
    expect(() => exec({ container: 'other' })).toThrow(
      ecsError('InvalidParameterException', 'The task has no container named other.'),
    );
    expect(() => exec({ task: 'f'.repeat(32) })).toThrow(
      ecsError('InvalidParameterException', 'The referenced task was not found.'),
    );
    expect(() => exec({ cluster: 'nope' })).toThrow(ecsError('ClusterNotFoundException'));
    engine.call('StopTask', { cluster: 'demo', task: task.taskArn });
    expect(() => exec()).toThrow(ecsError('TargetNotConnectedException', /task is DEACTIVATING/));
  });

  it("refuses a task without execute command enabled, with ECS's message, and asks which container when there are several", () => {
    const { engine } = setup();
    const plain = runFargate(engine, registerFargate(engine, 'web'));
    const two = runFargate(
      engine,
      registerFargate(engine, 'pair', [
        { name: 'app', image: 'nginx' },
        { name: 'sidecar', image: 'busybox' },
      ]),
      { enableExecuteCommand: true, networkConfiguration: NETWORK },
    );
    engine.advance(10_000);
    expect(() =>
      engine.call('ExecuteCommand', { cluster: 'demo', task: plain.taskArn, command: 'ls', interactive: true }),
    ).toThrow(ecsError('InvalidParameterException', EXEC_NOT_ENABLED));
    expect(() => engine.call('ExecuteCommand', { cluster: 'demo', task: two.taskArn, command: 'ls', interactive: true })).toThrow(
      ecsError(
        'InvalidParameterException',
        'The task has 2 containers (app, sidecar). Name the container to run the command in.',
      ),
    );
    const out = engine.call('ExecuteCommand', {
      cluster: 'demo',
      task: two.taskArn,
      container: 'sidecar',
      command: 'ls',
      interactive: true,
    }) as ExecuteCommandResponse;
    expect(out.containerName).toBe('sidecar');
  });
});
