import { describe, expect, it } from 'vitest';
import { FAULT_LABELS, imagePullFailureReason } from '../../../ecs-rules/fault-injection';
import { describe1, registerFargate, runFargate, START, setup } from '../../testing/tasks';

const at = (ms: number) => (START + ms) / 1000;

describe('fault injection and health checks', () => {
  it('exits an essential container on ecs-local.exit-code and stops the task', () => {
    const { engine } = setup();
    const td = registerFargate(engine, 'crash', [
      { name: 'app', image: 'busybox', dockerLabels: { [FAULT_LABELS.exitCode]: '3', [FAULT_LABELS.exitAfter]: '5' } },
    ]);
    const arn = runFargate(engine, td).taskArn ?? '';
    engine.advance(2500 + 4750);
    expect(describe1(engine, arn).lastStatus).toBe('RUNNING');
    engine.advance(250);
    const exited = describe1(engine, arn);
    expect(exited).toMatchObject({
      lastStatus: 'DEACTIVATING',
      desiredStatus: 'STOPPED',
      stopCode: 'EssentialContainerExited',
      stoppedReason: 'Essential container in task exited',
      stoppingAt: at(7500),
    });
    expect(exited.containers?.[0]).toMatchObject({ lastStatus: 'STOPPED', exitCode: 3 });
    engine.advance(2500);
    expect(describe1(engine, arn)).toMatchObject({ lastStatus: 'STOPPED', stoppedAt: at(10_000) });
    expect(describe1(engine, arn).containers?.[0].exitCode).toBe(3);
  });

  it('keeps the task running when a non-essential container exits (exit code defaults to 1)', () => {
    const { engine } = setup();
    const td = registerFargate(engine, 'sidecar', [
      { name: 'app', image: 'nginx' },
      { name: 'init', image: 'busybox', essential: false, dockerLabels: { [FAULT_LABELS.exitAfter]: '1' } },
    ]);
    const arn = runFargate(engine, td).taskArn ?? '';
    engine.advance(10_000);
    const task = describe1(engine, arn);
    expect(task.lastStatus).toBe('RUNNING');
    expect(task.containers?.map((c) => [c.name, c.lastStatus, c.exitCode])).toEqual([
      ['app', 'RUNNING', undefined],
      ['init', 'STOPPED', 1],
    ]);
  });

  it('fails the image pull: TaskFailedToStart, never RUNNING', () => {
    const { engine } = setup();
    const td = registerFargate(engine, 'nopull', [
      { name: 'app', image: 'nope/missing:1', dockerLabels: { [FAULT_LABELS.imagePull]: 'fail' } },
    ]);
    const arn = runFargate(engine, td).taskArn ?? '';
    engine.advance(2000);
    const failed = describe1(engine, arn);
    expect(failed).toMatchObject({
      lastStatus: 'DEPROVISIONING',
      desiredStatus: 'STOPPED',
      stopCode: 'TaskFailedToStart',
      stoppedReason: imagePullFailureReason('nope/missing:1'),
    });
    expect(failed.stoppedReason).toBe(
      'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref nope/missing:1: not found',
    );
    expect(failed.containers?.[0]).toMatchObject({ lastStatus: 'STOPPED', reason: failed.stoppedReason });
    engine.advance(1000);
    const task = describe1(engine, arn);
    expect(task).toMatchObject({ lastStatus: 'STOPPED', stoppedAt: at(3000) });
    expect(task.startedAt).toBeUndefined();
  });

  it('reports health from the health check: HEALTHY after one interval, UNHEALTHY after startPeriod + interval × retries', () => {
    const { engine } = setup();
    const check = { command: ['CMD-SHELL', 'true'], interval: 10, retries: 2, startPeriod: 4 };
    const healthy =
      runFargate(engine, registerFargate(engine, 'ok', [{ name: 'app', image: 'nginx', healthCheck: check }])).taskArn ?? '';
    const sick =
      runFargate(
        engine,
        registerFargate(engine, 'sick', [
          { name: 'app', image: 'nginx', healthCheck: check, dockerLabels: { [FAULT_LABELS.health]: 'unhealthy' } },
        ]),
      ).taskArn ?? '';
    const unchecked =
      runFargate(
        engine,
        registerFargate(engine, 'nocheck', [
          { name: 'app', image: 'nginx', dockerLabels: { [FAULT_LABELS.health]: 'unhealthy' } },
        ]),
      ).taskArn ?? '';
    engine.advance(2500 + 9750);
    expect(describe1(engine, healthy).healthStatus).toBe('UNKNOWN');
    engine.advance(250);
    expect(describe1(engine, healthy)).toMatchObject({
      healthStatus: 'HEALTHY',
      containers: [expect.objectContaining({ healthStatus: 'HEALTHY' })],
    });
    expect(describe1(engine, sick).healthStatus).toBe('UNKNOWN');
    engine.advance(24_000 - 10_000 - 250);
    expect(describe1(engine, sick).healthStatus).toBe('UNKNOWN');
    engine.advance(250);
    expect(describe1(engine, sick)).toMatchObject({ healthStatus: 'UNHEALTHY', lastStatus: 'RUNNING' });
    expect(describe1(engine, unchecked).healthStatus).toBe('UNKNOWN');
    engine.advance(30_000 - 24_000);
    expect(describe1(engine, unchecked)).toMatchObject({ healthStatus: 'UNHEALTHY', lastStatus: 'RUNNING' });
  });
});
