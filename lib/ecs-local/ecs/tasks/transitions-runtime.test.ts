// The task state machine driven by a runtime that reports later (as the Docker runtime does): what the runtime is
// given, the timestamps and attachments of each step, the order reports are applied in, and reports dropped once they
// no longer fit the task's state.
import { describe, expect, it } from 'vitest';
import { FAULT_LABELS } from '../../../ecs-rules/fault-injection';
import type { RuntimeEvent } from '../../runtime/container-runtime';
import { associate, createProvider } from '../../testing/capacity-providers';
import { REGION, testEngine } from '../../testing/engine';
import { ReportingRuntime } from '../../testing/reporting-runtime';
import {
  describe1,
  registerBridge,
  registerFargate,
  registerInstance,
  runFargate,
  runTask,
  START,
  setup as simulatedSetup,
} from '../../testing/tasks';
import { saveTask, type TaskRecord, taskIdOf } from './model';

const at = (ms: number) => (START + ms) / 1000;

function setup(containers = [{ name: 'app', image: 'nginx:latest' }]) {
  const runtime = new ReportingRuntime();
  const { engine, clock } = testEngine(undefined, { runtime });
  engine.call('CreateCluster', { clusterName: 'demo' });
  registerFargate(engine, 'web', containers);
  const td = registerFargate(engine, 'web', containers, { cpu: '512', memory: '1024' });
  const arn = runFargate(engine, td).taskArn ?? '';
  const task = () => describe1(engine, arn);
  const report = (events: RuntimeEvent[]) => runtime.sink?.report('us-east-1', arn, events);
  return { engine, clock, runtime, arn, task, report };
}

describe('task transitions with a runtime that reports', () => {
  it('gives the runtime the task revision, overrides and state it runs and stops', () => {
    const runtime = new ReportingRuntime();
    const { engine } = testEngine(undefined, { runtime });
    engine.call('CreateCluster', { clusterName: 'demo' });
    registerFargate(engine, 'web', [{ name: 'app', image: 'nginx:1' }]);
    const td = registerFargate(engine, 'web', [{ name: 'app', image: 'nginx:2' }]);
    const overrides = { containerOverrides: [{ name: 'app', command: ['serve'] }] };
    const arn = runFargate(engine, td, { overrides }).taskArn ?? '';
    engine.advance(100);
    expect(runtime.asked).toHaveLength(1);
    const started = runtime.asked[0];
    expect(started.call).toBe('start');
    expect(started.task).toMatchObject({
      region: 'us-east-1',
      taskArn: arn,
      clusterArn: 'arn:aws:ecs:us-east-1:000000000000:cluster/demo',
      overrides,
      lastStatus: 'PENDING',
      plan: { startMs: [100, 0, 100], containers: [{ name: 'app', essential: true }] },
    });
    expect(started.task.taskDefinition).toMatchObject({
      family: 'web',
      revision: 2,
      containerDefinitions: [{ name: 'app', image: 'nginx:2' }],
    });
    runtime.sink?.report('us-east-1', arn, [
      { type: 'started', at: START + 100, containers: [{ name: 'app', runtimeId: 'c1' }] },
    ]);
    engine.advance(100);
    engine.call('StopTask', { cluster: 'demo', task: arn });
    engine.advance(500);
    expect(describe1(engine, arn).lastStatus).toBe('STOPPING');
    expect(runtime.asked.map((a) => [a.call, a.task.lastStatus, a.task.taskDefinition.revision])).toEqual([
      ['start', 'PENDING', 2],
      ['stop', 'STOPPING', 2],
    ]);
  });

  it('gives the runtime the daemon task definition of a daemon task', () => {
    const runtime = new ReportingRuntime();
    const { engine } = testEngine(undefined, { runtime });
    engine.call('CreateCluster', { clusterName: 'demo' });
    createProvider(engine, 'nodes', {}, { desired: 1 });
    associate(engine, 'demo', ['nodes']);
    engine.advance(31_000);
    const { daemonTaskDefinitionArn } = engine.call('RegisterDaemonTaskDefinition', {
      family: 'agent',
      cpu: '128',
      memory: '256',
      containerDefinitions: [{ name: 'agent', image: 'amazon/cloudwatch-agent:1' }],
    }) as { daemonTaskDefinitionArn: string };
    engine.call('CreateDaemon', {
      clusterArn: 'demo',
      daemonName: 'agent',
      daemonTaskDefinitionArn,
      capacityProviderArns: ['arn:aws:ecs:us-east-1:000000000000:capacity-provider/nodes'],
    });
    engine.advance(20_000);
    const starts = runtime.asked.filter((a) => a.call === 'start');
    expect(starts).toHaveLength(1);
    expect(starts[0].task.taskDefinition).toMatchObject({
      family: 'agent',
      containerDefinitions: [{ name: 'agent', image: 'amazon/cloudwatch-agent:1' }],
    });
  });

  it('stamps each step: pull, connectivity, the ENI, started, stopping, execution stopped, stopped', () => {
    const { engine, task, report } = setup();
    expect(task()).toMatchObject({ lastStatus: 'PROVISIONING', attachments: [{ status: 'PRECREATED' }] });
    expect(task().connectivity).toBeUndefined();
    engine.advance(100);
    expect(task()).toMatchObject({
      lastStatus: 'PENDING',
      pullStartedAt: at(100),
      connectivity: 'CONNECTED',
      connectivityAt: at(100),
      attachments: [{ type: 'ElasticNetworkInterface', status: 'ATTACHED' }],
    });
    engine.advance(400);
    report([{ type: 'started', at: START + 300, containers: [{ name: 'app', runtimeId: 'c0ffee' }] }]);
    // Applied at the time it happened: ACTIVATING from 300, RUNNING 100 ms later.
    expect(task()).toMatchObject({ lastStatus: 'RUNNING', pullStoppedAt: at(300), startedAt: at(400) });
    expect(task().containers).toMatchObject([{ name: 'app', lastStatus: 'RUNNING', runtimeId: 'c0ffee' }]);
    engine.call('StopTask', { cluster: 'demo', task: task().taskArn });
    expect(task()).toMatchObject({ lastStatus: 'DEACTIVATING', stoppingAt: at(500) });
    engine.advance(500);
    expect(task().lastStatus).toBe('STOPPING');
    engine.advance(250);
    report([{ type: 'stopped', at: START + 1200, exitCodes: { app: 143 } }]);
    expect(task()).toMatchObject({ lastStatus: 'DEPROVISIONING', executionStoppedAt: at(1200) });
    expect(task().containers).toMatchObject([{ lastStatus: 'STOPPED', exitCode: 143 }]);
    engine.advance(1000);
    expect(task()).toMatchObject({
      lastStatus: 'STOPPED',
      stoppedAt: at(2200),
      attachments: [{ type: 'ElasticNetworkInterface', status: 'DELETED' }],
    });
  });

  it('applies the reports of one batch in time order, whatever order they came in', () => {
    const { engine, task, report } = setup();
    engine.advance(500);
    report([
      { type: 'exit', at: START + 450, container: 'app', exitCode: 2 },
      { type: 'started', at: START + 200, containers: [{ name: 'app', runtimeId: 'c1' }] },
    ]);
    expect(task()).toMatchObject({
      lastStatus: 'DEACTIVATING',
      stopCode: 'EssentialContainerExited',
      stoppingAt: at(450),
      startedAt: at(300),
    });
    expect(task().containers).toMatchObject([{ lastStatus: 'STOPPED', exitCode: 2, runtimeId: 'c1' }]);
  });

  it('finishes ACTIVATING before an exit reported for the same moment', () => {
    const { engine, task, report } = setup();
    engine.advance(100);
    report([{ type: 'started', at: START + 100, containers: [{ name: 'app', runtimeId: 'c1' }] }]);
    expect(task().lastStatus).toBe('ACTIVATING');
    engine.advance(50);
    report([{ type: 'exit', at: START + 200, container: 'app', exitCode: 1 }]);
    expect(task().lastStatus).toBe('ACTIVATING');
    engine.advance(50);
    // The step to RUNNING was due at 200 too: it comes first, so the task did start.
    expect(task()).toMatchObject({ lastStatus: 'DEACTIVATING', startedAt: at(200), stoppingAt: at(200) });
  });

  it('applies an exit reported late before the ACTIVATING step that was due after it', () => {
    const { engine, clock, task, report } = setup();
    engine.advance(100);
    report([{ type: 'started', at: START + 100, containers: [{ name: 'app', runtimeId: 'c1' }] }]);
    engine.advance(50);
    // Due order: the exit at 150, then RUNNING at 200; the exit is reported at 250.
    clock.advance(100);
    report([{ type: 'exit', at: START + 150, container: 'app', exitCode: 1 }]);
    expect(task()).toMatchObject({ lastStatus: 'DEACTIVATING', stoppingAt: at(150) });
    expect(task().startedAt).toBeUndefined();
  });

  it('starts a container the runtime gave no id for, without one', () => {
    const { engine, task, report } = setup();
    engine.advance(100);
    report([{ type: 'started', at: START + 100, containers: [] }]);
    expect(task().lastStatus).toBe('ACTIVATING');
    expect(task().containers).toMatchObject([{ name: 'app', lastStatus: 'RUNNING' }]);
    expect(task().containers?.[0].runtimeId).toBeUndefined();
  });

  it('keeps the reason a runtime gives for an exit; a non-essential exit leaves the task running', () => {
    const { engine, task, report } = setup([
      { name: 'app', image: 'nginx:latest' },
      { name: 'side', image: 'busybox', essential: false } as never,
    ]);
    engine.advance(100);
    report([
      {
        type: 'started',
        at: START + 100,
        containers: [
          { name: 'app', runtimeId: 'c1' },
          { name: 'side', runtimeId: 'c2' },
        ],
      },
    ]);
    engine.advance(100);
    report([{ type: 'exit', at: START + 200, container: 'side', exitCode: 137, reason: 'OutOfMemoryError: killed' }]);
    expect(task().lastStatus).toBe('RUNNING');
    expect(task().containers?.map((c) => [c.name, c.runtimeId])).toEqual([
      ['app', 'c1'],
      ['side', 'c2'],
    ]);
    expect(task().containers?.map((c) => [c.name, c.lastStatus, c.exitCode, c.reason])).toEqual([
      ['app', 'RUNNING', undefined, undefined],
      ['side', 'STOPPED', 137, 'OutOfMemoryError: killed'],
    ]);
    // A second exit of the stopped container, and health of it, are dropped.
    report([
      { type: 'exit', at: START + 200, container: 'side', exitCode: 1, reason: 'again' },
      { type: 'health', at: START + 200, container: 'side', health: 'UNHEALTHY' },
    ]);
    expect(task().containers?.[1]).toMatchObject({ exitCode: 137, reason: 'OutOfMemoryError: killed', healthStatus: 'UNKNOWN' });
    expect(task().healthStatus).toBe('UNKNOWN');
    // Reports about a container the task does not have are dropped, and do not hold back the next ones.
    report([
      { type: 'health', at: START + 200, container: 'ghost', health: 'UNHEALTHY' },
      { type: 'exit', at: START + 200, container: 'ghost', exitCode: 1 },
    ]);
    report([{ type: 'exit', at: START + 200, container: 'app', exitCode: 0 }]);
    expect(task()).toMatchObject({
      lastStatus: 'DEACTIVATING',
      stopCode: 'EssentialContainerExited',
      stoppedReason: 'Essential container in task exited',
    });
    expect(task().containers?.[0].reason).toBeUndefined();
  });

  it('drops reports that come before or after the step they end', () => {
    const { engine, task, report } = setup();
    // Before PENDING: a start (or failure) the runtime was not asked for yet.
    report([{ type: 'started', at: START, containers: [{ name: 'app', runtimeId: 'early' }] }]);
    report([{ type: 'start-failed', at: START, reason: 'too early' }]);
    expect(task().lastStatus).toBe('PROVISIONING');
    engine.advance(100);
    expect(task().lastStatus).toBe('PENDING');
    expect(task().containers?.[0].runtimeId).toBeUndefined();
    report([{ type: 'started', at: START + 100, containers: [{ name: 'app', runtimeId: 'c1' }] }]);
    engine.advance(100);
    // A failure reported once the task runs, and a stop report before it was asked to stop, are dropped.
    report([{ type: 'start-failed', at: START + 200, reason: 'late' }]);
    expect(task()).toMatchObject({ lastStatus: 'RUNNING', desiredStatus: 'RUNNING' });
    engine.call('StopTask', { cluster: 'demo', task: task().taskArn });
    report([{ type: 'stopped', at: START + 200, exitCodes: { app: 9 } }]);
    expect(task().lastStatus).toBe('DEACTIVATING');
    engine.advance(500);
    expect(task().lastStatus).toBe('STOPPING');
    engine.advance(10_000);
    expect(task().lastStatus).toBe('STOPPING');
  });

  it('stops an ACTIVATING task through DEACTIVATING, and a PROVISIONING one straight through DEPROVISIONING', () => {
    const { engine, arn, task, report } = setup();
    engine.advance(100);
    report([{ type: 'started', at: START + 100, containers: [{ name: 'app', runtimeId: 'c1' }] }]);
    engine.call('StopTask', { cluster: 'demo', task: arn });
    expect(task()).toMatchObject({ lastStatus: 'DEACTIVATING', desiredStatus: 'STOPPED', stopCode: 'UserInitiated' });
    expect(task().executionStoppedAt).toBeUndefined();
    engine.advance(500);
    expect(task().lastStatus).toBe('STOPPING');

    const other = runFargate(engine, registerFargate(engine, 'other')).taskArn ?? '';
    engine.call('StopTask', { cluster: 'demo', task: other });
    expect(describe1(engine, other)).toMatchObject({ lastStatus: 'DEPROVISIONING', desiredStatus: 'STOPPED' });
    engine.advance(1000);
    expect(describe1(engine, other).lastStatus).toBe('STOPPED');
  });

  it('has the runtime clean up a PENDING task told to stop, once, without waiting; a PROVISIONING one is not its yet', () => {
    const { engine, runtime, arn, task } = setup();
    engine.advance(100);
    expect(task().lastStatus).toBe('PENDING');
    engine.call('StopTask', { cluster: 'demo', task: arn, reason: 'not needed' });
    expect(task()).toMatchObject({ lastStatus: 'DEPROVISIONING', desiredStatus: 'STOPPED', stoppedReason: 'not needed' });
    // The runtime may be pulling or creating the containers: it is told to stop the task as it was, PENDING.
    expect(runtime.asked.map((a) => [a.call, a.task.taskArn, a.task.lastStatus])).toEqual([
      ['start', arn, 'PENDING'],
      ['stop', arn, 'PENDING'],
    ]);
    engine.advance(1000);
    expect(task()).toMatchObject({ lastStatus: 'STOPPED', stoppedReason: 'not needed' });

    // Still PROVISIONING: the runtime was never asked to start it, so it has nothing to stop.
    const other = runFargate(engine, registerFargate(engine, 'other')).taskArn ?? '';
    expect(describe1(engine, other).lastStatus).toBe('PROVISIONING');
    engine.call('StopTask', { cluster: 'demo', task: other });
    engine.advance(1000);
    expect(describe1(engine, other).lastStatus).toBe('STOPPED');
    expect(runtime.asked.map((a) => a.call)).toEqual(['start', 'stop']);
  });
});

/** Stores a task as an engine from before the runtime seam left it: in `status` with a due step of its own. */
function storeLegacy(engine: ReturnType<typeof testEngine>['engine'], taskArn: string, status: string, phaseAt: number): void {
  const ctx = engine.context(REGION);
  engine.store.tx(() => {
    const task = ctx.store.get<TaskRecord>(REGION, 'task', taskIdOf({ taskArn }));
    if (!task) throw new Error(`no task ${taskArn}`);
    saveTask(ctx, { ...task, lastStatus: status, _phaseAt: phaseAt, _events: [] });
  });
}

describe('tasks stored by an engine from before the runtime seam', () => {
  it('hands a PENDING task to the runtime once, when its old step is due, and waits for the report', () => {
    const { engine, runtime, arn, task, report } = setup();
    engine.advance(100);
    expect(runtime.asked.map((a) => a.call)).toEqual(['start']);
    storeLegacy(engine, arn, 'PENDING', START + 300);
    engine.advance(100);
    expect(runtime.asked.map((a) => a.call)).toEqual(['start']);
    engine.advance(100);
    expect(runtime.asked.map((a) => [a.call, a.task.lastStatus])).toEqual([
      ['start', 'PENDING'],
      ['start', 'PENDING'],
    ]);
    engine.advance(10_000);
    expect(runtime.asked).toHaveLength(2);
    expect(task().lastStatus).toBe('PENDING');
    report([{ type: 'started', at: START + 10_300, containers: [{ name: 'app', runtimeId: 'c1' }] }]);
    expect(task().lastStatus).toBe('ACTIVATING');
  });

  it('asks the runtime to stop a STOPPING task once, and follows its report', () => {
    const { engine, runtime, arn, task, report } = setup();
    engine.advance(100);
    report([{ type: 'started', at: START + 100, containers: [{ name: 'app', runtimeId: 'c1' }] }]);
    engine.advance(100);
    expect(task().lastStatus).toBe('RUNNING');
    storeLegacy(engine, arn, 'STOPPING', START + 300);
    engine.advance(10_000);
    expect(runtime.asked.map((a) => [a.call, a.task.lastStatus])).toEqual([
      ['start', 'PENDING'],
      ['stop', 'STOPPING'],
    ]);
    expect(task().lastStatus).toBe('STOPPING');
    report([{ type: 'stopped', at: START + 10_200 }]);
    expect(task()).toMatchObject({ lastStatus: 'DEPROVISIONING', executionStoppedAt: at(10_200) });
  });

  it('leaves a RUNNING task with a due step of its own as it is: nothing to do, no new version', () => {
    const { engine, arn, task, report } = setup();
    engine.advance(100);
    report([{ type: 'started', at: START + 100, containers: [{ name: 'app', runtimeId: 'c1' }] }]);
    engine.advance(100);
    storeLegacy(engine, arn, 'RUNNING', START + 300);
    const stored = task();
    expect(stored.lastStatus).toBe('RUNNING');
    engine.advance(1_000);
    expect(task()).toMatchObject({ lastStatus: 'RUNNING', version: stored.version });
  });
});

describe('task transitions on the simulated runtime', () => {
  it('keeps the host ports of a bridge task, which the simulated runtime does not decide', () => {
    const { engine } = simulatedSetup();
    const instance = registerInstance(engine);
    const td = registerBridge(engine, 'bridge', 256, 256, [{ containerPort: 80, hostPort: 8080 }]);
    const arn = runTask(engine, { taskDefinition: td, launchType: 'EC2' }).tasks[0].taskArn ?? '';
    expect(describe1(engine, arn).containerInstanceArn).toBe(instance.containerInstanceArn);
    engine.advance(10_000);
    const task = describe1(engine, arn);
    expect(task.lastStatus).toBe('RUNNING');
    expect(task.containers?.[0].networkBindings).toEqual([
      expect.objectContaining({ containerPort: 80, hostPort: 8080, protocol: 'tcp' }),
    ]);
  });

  it('counts one version per change: each step, a health change, an exit; nothing for a dropped report', () => {
    const { engine } = simulatedSetup();
    const td = registerFargate(engine, 'web', [
      { name: 'app', image: 'nginx', healthCheck: { command: ['CMD-SHELL', 'true'], interval: 5 } },
      {
        name: 'init',
        image: 'busybox',
        essential: false,
        dockerLabels: { [FAULT_LABELS.exitCode]: '0', [FAULT_LABELS.exitAfter]: '1' },
      },
    ]);
    const arn = runFargate(engine, td).taskArn ?? '';
    const seen: string[] = [];
    const look = () => {
      const t = describe1(engine, arn);
      const now = `${t.lastStatus}:${t.healthStatus}:${t.containers?.[1].lastStatus}@${t.version}`;
      if (seen.at(-1) !== now) seen.push(now);
    };
    for (let i = 0; i < 20; i++) {
      look();
      engine.advance(500, 500);
    }
    engine.call('StopTask', { cluster: 'demo', task: arn });
    for (let i = 0; i < 8; i++) {
      look();
      engine.advance(500, 500);
    }
    expect(seen).toEqual([
      'PROVISIONING:UNKNOWN:PENDING@1',
      'PENDING:UNKNOWN:PENDING@2',
      'ACTIVATING:UNKNOWN:RUNNING@3',
      'RUNNING:UNKNOWN:RUNNING@4',
      'RUNNING:UNKNOWN:STOPPED@5',
      'RUNNING:HEALTHY:STOPPED@6',
      'DEACTIVATING:HEALTHY:STOPPED@7',
      'STOPPING:HEALTHY:STOPPED@8',
      'DEPROVISIONING:HEALTHY:STOPPED@9',
      'STOPPED:HEALTHY:STOPPED@10',
    ]);
  });

  it('forgets a stopped task exactly when its retention ends', () => {
    const { engine } = simulatedSetup();
    const arn = runFargate(engine, registerFargate(engine, 'web')).taskArn ?? '';
    engine.advance(1000);
    engine.call('StopTask', { cluster: 'demo', task: arn });
    engine.advance(1000);
    expect(describe1(engine, arn)).toMatchObject({ lastStatus: 'STOPPED', stoppedAt: at(2000) });
    engine.advance(60 * 60 * 1000 - 1, 60_000);
    expect(describe1(engine, arn)?.lastStatus).toBe('STOPPED');
    engine.advance(1);
    expect(describe1(engine, arn)).toBeUndefined();
  });
});
