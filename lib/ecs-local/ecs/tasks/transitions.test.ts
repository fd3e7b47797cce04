import { describe, expect, it } from 'vitest';
import { FAULT_LABELS } from '../../../ecs-rules/fault-injection';
import { FakeClock } from '../../core/clock';
import { Engine } from '../../engine';
import { describe1, registerFargate, runFargate, START, setup } from '../../testing/tasks';

const at = (ms: number) => (START + ms) / 1000;
const check = { command: ['CMD-SHELL', 'true'], interval: 10, retries: 2, startPeriod: 4 };

describe('task transitions', () => {
  it('stops a PENDING task straight through DEPROVISIONING; the runtime starting it late does not revive it', () => {
    const { engine } = setup();
    const arn = runFargate(engine, registerFargate(engine, 'web')).taskArn ?? '';
    engine.advance(1000);
    expect(describe1(engine, arn).lastStatus).toBe('PENDING');
    engine.advance(500);
    const out = engine.call('StopTask', { cluster: 'demo', task: arn, reason: 'not now' }) as { task: object };
    expect(out.task).toMatchObject({
      lastStatus: 'DEPROVISIONING',
      desiredStatus: 'STOPPED',
      stopCode: 'UserInitiated',
      stoppedReason: 'not now',
      stoppingAt: at(1500),
      executionStoppedAt: at(1500),
    });
    engine.advance(999);
    expect(describe1(engine, arn).lastStatus).toBe('DEPROVISIONING');
    engine.advance(1);
    const task = describe1(engine, arn);
    expect(task).toMatchObject({ lastStatus: 'STOPPED', stoppedAt: at(2500) });
    expect(task.containers?.[0]).toMatchObject({ lastStatus: 'STOPPED' });
    expect(task.containers?.[0].exitCode).toBeUndefined();
    expect(task.containers?.[0].reason).toBeUndefined();
    engine.advance(60_000);
    expect(describe1(engine, arn)).toMatchObject({ lastStatus: 'STOPPED', stoppedAt: at(2500) });
    expect(describe1(engine, arn).startedAt).toBeUndefined();
    expect(describe1(engine, arn).pullStoppedAt).toBeUndefined();
  });

  it('scales the engine-side stop steps with the time scale', () => {
    const clock = new FakeClock(START);
    const engine = new Engine({ memory: true, clock, timeScale: 0.1 });
    engine.call('CreateCluster', { clusterName: 'demo' });
    const arn = runFargate(engine, registerFargate(engine, 'web')).taskArn ?? '';
    engine.advance(1000, 50);
    expect(describe1(engine, arn).lastStatus).toBe('RUNNING');
    engine.call('StopTask', { cluster: 'demo', task: arn });
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      const t = describe1(engine, arn);
      if (seen.at(-1)?.split('@')[0] !== t.lastStatus) seen.push(`${t.lastStatus}@${i * 10}`);
      engine.advance(10, 10);
    }
    // DEACTIVATING 500 ms and DEPROVISIONING 1000 ms at time scale 1; the simulated runtime takes 1000 ms to stop.
    expect(seen).toEqual(['DEACTIVATING@0', 'STOPPING@50', 'DEPROVISIONING@150', 'STOPPED@250']);
  });

  it('keeps the exit code of a container that exited before the task stopped, 0 for the others', () => {
    const { engine } = setup();
    const td = registerFargate(engine, 'sidecar', [
      { name: 'app', image: 'nginx' },
      {
        name: 'init',
        image: 'busybox',
        essential: false,
        dockerLabels: { [FAULT_LABELS.exitCode]: '7', [FAULT_LABELS.exitAfter]: '1' },
      },
    ]);
    const arn = runFargate(engine, td).taskArn ?? '';
    engine.advance(10_000);
    engine.call('StopTask', { cluster: 'demo', task: arn });
    engine.advance(10_000);
    const task = describe1(engine, arn);
    expect(task.lastStatus).toBe('STOPPED');
    expect(task.containers?.map((c) => [c.name, c.lastStatus, c.exitCode])).toEqual([
      ['app', 'STOPPED', 0],
      ['init', 'STOPPED', 7],
    ]);
  });

  it('fails every container of a task whose image pull fails with the pull error', () => {
    const { engine } = setup();
    const td = registerFargate(engine, 'nopull', [
      { name: 'app', image: 'nginx' },
      { name: 'side', image: 'nope/missing:1', dockerLabels: { [FAULT_LABELS.imagePull]: 'fail' } },
    ]);
    const arn = runFargate(engine, td).taskArn ?? '';
    engine.advance(2000);
    const task = describe1(engine, arn);
    const reason =
      'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref nope/missing:1: not found';
    expect(task).toMatchObject({
      lastStatus: 'DEPROVISIONING',
      stopCode: 'TaskFailedToStart',
      stoppedReason: reason,
      pullStartedAt: at(1000),
      pullStoppedAt: at(2000),
      stoppingAt: at(2000),
      executionStoppedAt: at(2000),
    });
    expect(task.containers?.map((c) => [c.name, c.lastStatus, c.exitCode, c.reason])).toEqual([
      ['app', 'STOPPED', undefined, reason],
      ['side', 'STOPPED', undefined, reason],
    ]);
    engine.advance(1000);
    expect(describe1(engine, arn)).toMatchObject({ lastStatus: 'STOPPED', stoppedAt: at(3000) });
  });

  it('takes the task health from its essential containers that have a health check', () => {
    const { engine } = setup();
    const run = (family: string, containers: object[]) =>
      runFargate(engine, registerFargate(engine, family, containers as never)).taskArn ?? '';
    const sickSidecar = run('sick-sidecar', [
      { name: 'app', image: 'nginx', healthCheck: check },
      {
        name: 'side',
        image: 'nginx',
        essential: false,
        healthCheck: check,
        dockerLabels: { [FAULT_LABELS.health]: 'unhealthy' },
      },
    ]);
    const uncheckedToo = run('unchecked-too', [
      { name: 'app', image: 'nginx', healthCheck: check },
      { name: 'plain', image: 'nginx' },
    ]);
    const sidecarChecked = run('sidecar-checked', [
      { name: 'app', image: 'nginx' },
      { name: 'side', image: 'nginx', essential: false, healthCheck: check },
    ]);
    const oneSick = run('one-sick', [
      { name: 'app', image: 'nginx', healthCheck: check },
      { name: 'db', image: 'nginx', healthCheck: check, dockerLabels: { [FAULT_LABELS.health]: 'unhealthy' } },
    ]);
    const health = () =>
      [sickSidecar, uncheckedToo, oneSick].map((arn) => {
        const task = describe1(engine, arn);
        return [task.healthStatus, ...(task.containers ?? []).map((c) => `${c.name}:${c.healthStatus}`)];
      });
    engine.advance(2500 + 10_000);
    // Only a non-essential container has a check: the task's health stays UNKNOWN though that container is HEALTHY.
    expect(describe1(engine, sidecarChecked).healthStatus).toBe('UNKNOWN');
    expect(describe1(engine, sidecarChecked).containers?.map((c) => c.healthStatus)).toEqual(['UNKNOWN', 'HEALTHY']);
    expect(health()).toEqual([
      ['HEALTHY', 'app:HEALTHY', 'side:UNKNOWN'],
      // A container without a health check does not hold the task's health back.
      ['HEALTHY', 'app:HEALTHY', 'plain:UNKNOWN'],
      // Every essential container with a check must be HEALTHY.
      ['UNKNOWN', 'app:HEALTHY', 'db:UNKNOWN'],
    ]);
    engine.advance(20_000);
    expect(health()).toEqual([
      // A non-essential container's health does not count.
      ['HEALTHY', 'app:HEALTHY', 'side:UNHEALTHY'],
      ['HEALTHY', 'app:HEALTHY', 'plain:UNKNOWN'],
      ['UNHEALTHY', 'app:HEALTHY', 'db:UNHEALTHY'],
    ]);
  });
});
