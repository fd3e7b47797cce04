// The runtime seam as a real (Docker) runtime uses it: start and stop return no events, the work runs after the
// transaction commits, and what the runtime observes later comes back through engine.report(). The lifecycle
// must follow those reports alone, with the runtime's own ids and ports, and drop reports that no longer fit.
import { describe, expect, it } from 'vitest';
import { engineWithCluster, NETWORK, testEngine } from '../testing/engine';
import { ReportingRuntime } from '../testing/reporting-runtime';
import { registerFargate } from '../testing/tasks';
import type { RuntimeEvent } from './container-runtime';

function setup() {
  const runtime = new ReportingRuntime();
  const { engine, clock } = testEngine(undefined, { runtime });
  engine.call('CreateCluster', { clusterName: 'demo' });
  const td = registerFargate(engine, 'web');
  const out = engine.call('RunTask', {
    cluster: 'demo',
    taskDefinition: td,
    launchType: 'FARGATE',
    networkConfiguration: NETWORK,
  }) as {
    tasks: { taskArn: string }[];
  };
  const taskArn = out.tasks[0].taskArn;
  const task = () =>
    (engine.call('DescribeTasks', { cluster: 'demo', tasks: [taskArn] }) as { tasks: Record<string, unknown>[] }).tasks[0] as {
      lastStatus: string;
      stopCode?: string;
      containers: { runtimeId?: string; exitCode?: number; lastStatus: string; networkBindings?: unknown[] }[];
    };
  const report = (events: RuntimeEvent[]) => runtime.sink?.report('us-east-1', taskArn, events);
  return { engine, clock, runtime, taskArn, task, report };
}

describe('the container runtime seam', () => {
  it('hands the task to the runtime after the commit and waits in PENDING for its report', () => {
    const { engine, runtime, taskArn, task } = setup();
    expect(runtime.started).toEqual([]);
    engine.advance(100);
    expect(task().lastStatus).toBe('PENDING');
    expect(runtime.started).toEqual([taskArn]);
    engine.advance(60_000);
    expect(task().lastStatus).toBe('PENDING');
  });

  it('follows the reports: started with the runtime ids and ports, an essential exit with its code, stopped', () => {
    const { engine, clock, runtime, taskArn, task, report } = setup();
    engine.advance(100);
    const bindings = [{ bindIP: '127.0.0.1', containerPort: 80, hostPort: 49200, protocol: 'tcp' as const }];
    report([{ type: 'started', at: clock.now(), containers: [{ name: 'app', runtimeId: 'c0ffee', networkBindings: bindings }] }]);
    expect(task()).toMatchObject({ lastStatus: 'ACTIVATING', containers: [{ runtimeId: 'c0ffee', networkBindings: bindings }] });
    engine.advance(100);
    expect(task().lastStatus).toBe('RUNNING');

    report([{ type: 'exit', at: clock.now(), container: 'app', exitCode: 3 }]);
    expect(task()).toMatchObject({ lastStatus: 'DEACTIVATING', stopCode: 'EssentialContainerExited' });
    engine.advance(1000);
    expect(task().lastStatus).toBe('STOPPING');
    expect(runtime.stopped).toEqual([taskArn]);
    engine.advance(60_000);
    expect(task().lastStatus).toBe('STOPPING');
    report([{ type: 'stopped', at: clock.now() }]);
    engine.advance(2000);
    expect(task()).toMatchObject({ lastStatus: 'STOPPED', containers: [{ lastStatus: 'STOPPED', exitCode: 3 }] });
  });

  it('drops reports that no longer fit, and reports about tasks it does not know', () => {
    const { engine, clock, taskArn, task, report } = setup();
    engine.advance(100);
    engine.call('StopTask', { cluster: 'demo', task: taskArn });
    report([{ type: 'started', at: clock.now(), containers: [{ name: 'app', runtimeId: 'late' }] }]);
    expect(task().containers[0].runtimeId).toBeUndefined();
    expect(task().lastStatus).toBe('DEPROVISIONING');
    const other = engineWithCluster().engine;
    const unknown = 'arn:aws:ecs:us-east-1:000000000000:task/demo/ffffffffffffffffffffffffffffffff';
    other.report('us-east-1', unknown, [{ type: 'exit', at: 0, container: 'app', exitCode: 1 }]);
    expect(other.call('ListTasks', { cluster: 'demo' })).toEqual({ taskArns: [] });
  });

  it('turns a failed start into TaskFailedToStart with the runtime reason', () => {
    const { engine, clock, task, report } = setup();
    engine.advance(100);
    report([{ type: 'start-failed', at: clock.now(), reason: 'CannotPullContainerError: pull access denied for nope' }]);
    engine.advance(2000);
    expect(task()).toMatchObject({ lastStatus: 'STOPPED', stopCode: 'TaskFailedToStart' });
  });
});
