import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAULT_LABELS } from '../../../ecs-rules/fault-injection';
import { FakeClock } from '../../core/clock';
import { Engine } from '../../engine';
import { describe1, NETWORK, registerFargate, runFargate, START, setup } from '../../testing/tasks';
import { activeCluster } from '../clusters/model';
import { findTaskDefinition } from '../task-definitions/model';
import { launchTasks, stopTask } from './lifecycle';
import { taskDueHandler } from './scheduler-step';

const at = (ms: number) => (START + ms) / 1000;

describe('task lifecycle', () => {
  it('moves a Fargate task PROVISIONING → PENDING → ACTIVATING → RUNNING with timestamps and versions', () => {
    const { engine } = setup();
    const td = registerFargate(engine, 'web');
    const task = runFargate(engine, td);
    expect(task).toMatchObject({
      lastStatus: 'PROVISIONING',
      desiredStatus: 'RUNNING',
      version: 1,
      createdAt: at(0),
      launchType: 'FARGATE',
      platformVersion: '1.4.0',
      platformFamily: 'Linux',
      cpu: '256',
      memory: '512',
      group: 'family:web',
      healthStatus: 'UNKNOWN',
      ephemeralStorage: { sizeInGiB: 20 },
      overrides: { containerOverrides: [{ name: 'app' }], inferenceAcceleratorOverrides: [] },
    });
    expect(task.taskArn).toMatch(/^arn:aws:ecs:us-east-1:000000000000:task\/demo\/[0-9a-f]{32}$/);
    expect(task.availabilityZone).toMatch(/^us-east-1[abc]$/);
    expect(task.attachments?.[0]).toMatchObject({ type: 'ElasticNetworkInterface', status: 'PRECREATED' });
    const details = Object.fromEntries((task.attachments?.[0].details ?? []).map((d) => [d.name, d.value]));
    expect(details.subnetId).toBe('subnet-1');
    expect(details.networkInterfaceId).toMatch(/^eni-[0-9a-f]{17}$/);
    expect(details.privateDnsName).toBe(`ip-${details.privateIPv4Address?.replaceAll('.', '-')}.ec2.internal`);
    const container = task.containers?.[0];
    expect(container).toMatchObject({
      name: 'app',
      image: 'nginx:latest',
      lastStatus: 'PENDING',
      healthStatus: 'UNKNOWN',
      cpu: '0',
    });
    expect(container?.containerArn).toMatch(new RegExp(`container/demo/${task.taskArn?.split('/').pop()}/[0-9a-f-]{36}$`));
    expect(container?.imageDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(container?.networkInterfaces?.[0].privateIpv4Address).toBe(details.privateIPv4Address);

    const arn = task.taskArn ?? '';
    engine.advance(1000);
    expect(describe1(engine, arn)).toMatchObject({
      lastStatus: 'PENDING',
      version: 2,
      pullStartedAt: at(1000),
      connectivity: 'CONNECTED',
    });
    expect(describe1(engine, arn).attachments?.[0].status).toBe('ATTACHED');
    engine.advance(1000);
    const activating = describe1(engine, arn);
    expect(activating).toMatchObject({ lastStatus: 'ACTIVATING', version: 3, pullStoppedAt: at(2000) });
    expect(activating.containers?.[0].lastStatus).toBe('RUNNING');
    expect(activating.containers?.[0].runtimeId).toMatch(/^[0-9a-f]{32}-\d{10}$/);
    engine.advance(500);
    expect(describe1(engine, arn)).toMatchObject({ lastStatus: 'RUNNING', version: 4, startedAt: at(2500) });
    engine.advance(60_000);
    expect(describe1(engine, arn)).toMatchObject({ lastStatus: 'RUNNING', version: 4 });
  });
  it('walks the stop path and forgets the task an hour after STOPPED', () => {
    const { engine } = setup();
    const arn = runFargate(engine, registerFargate(engine, 'web')).taskArn ?? '';
    engine.advance(10_000);
    const stopped = engine.call('StopTask', { cluster: 'demo', task: arn }) as { task: { lastStatus: string } };
    expect(stopped.task).toMatchObject({
      lastStatus: 'DEACTIVATING',
      desiredStatus: 'STOPPED',
      stopCode: 'UserInitiated',
      stoppedReason: 'Task stopped by user',
      stoppingAt: at(10_000),
    });
    engine.advance(500);
    expect(describe1(engine, arn).lastStatus).toBe('STOPPING');
    engine.advance(1000);
    const deprovisioning = describe1(engine, arn);
    expect(deprovisioning).toMatchObject({ lastStatus: 'DEPROVISIONING', executionStoppedAt: at(11_500) });
    expect(deprovisioning.containers?.[0]).toMatchObject({ lastStatus: 'STOPPED', exitCode: 0 });
    engine.advance(1000);
    const done = describe1(engine, arn);
    expect(done).toMatchObject({ lastStatus: 'STOPPED', stoppedAt: at(12_500), version: 8 });
    expect(done.attachments?.[0].status).toBe('DELETED');

    engine.advance(60 * 60 * 1000 - 1000);
    expect(describe1(engine, arn)?.lastStatus).toBe('STOPPED');
    engine.advance(1000);
    const gone = engine.call('DescribeTasks', { cluster: 'demo', tasks: [arn] }) as { tasks: unknown[]; failures: unknown[] };
    expect(gone).toEqual({ tasks: [], failures: [{ arn, reason: 'MISSING' }] });
  });
  it('stops a task before it started its containers straight through DEPROVISIONING', () => {
    const { engine } = setup();
    const arn = runFargate(engine, registerFargate(engine, 'web')).taskArn ?? '';
    const out = engine.call('StopTask', { cluster: 'demo', task: arn, reason: 'changed my mind' }) as { task: object };
    expect(out.task).toMatchObject({ lastStatus: 'DEPROVISIONING', stoppedReason: 'changed my mind' });
    engine.advance(1000);
    const task = describe1(engine, arn);
    expect(task).toMatchObject({ lastStatus: 'STOPPED', stoppedAt: at(1000) });
    expect(task.startedAt).toBeUndefined();
    expect(task.containers?.[0].exitCode).toBeUndefined();
  });
  it('honours ecs-local.start-seconds and the engine time scale', () => {
    const { engine } = setup();
    const slow = registerFargate(engine, 'slow', [
      { name: 'app', image: 'nginx', dockerLabels: { [FAULT_LABELS.startSeconds]: '20' } },
    ]);
    const arn = runFargate(engine, slow).taskArn ?? '';
    engine.advance(19_750);
    expect(describe1(engine, arn).lastStatus).toBe('ACTIVATING');
    engine.advance(250);
    expect(describe1(engine, arn)).toMatchObject({ lastStatus: 'RUNNING', startedAt: at(20_000) });

    const clock = new FakeClock(START);
    const fast = new Engine({ memory: true, clock, timeScale: 0.1 });
    fast.call('CreateCluster', { clusterName: 'demo' });
    const fastArn = runFargate(fast, registerFargate(fast, 'web')).taskArn ?? '';
    fast.advance(250, 50);
    expect(describe1(fast, fastArn)).toMatchObject({ lastStatus: 'RUNNING', startedAt: at(250) });
  });
  it('catches up on every step that came due while the engine was not ticking, at the times they were due', () => {
    const { engine, clock } = setup();
    const td = registerFargate(engine, 'crash', [
      { name: 'app', image: 'busybox', dockerLabels: { [FAULT_LABELS.exitCode]: '2' } },
    ]);
    const arn = runFargate(engine, td).taskArn ?? '';
    clock.advance(60_000); // the engine was down
    expect(engine.tick()).toBeGreaterThan(0);
    const task = describe1(engine, arn);
    expect(task).toMatchObject({
      lastStatus: 'STOPPED',
      startedAt: at(2500),
      stoppingAt: at(12_500),
      executionStoppedAt: at(14_000),
      stoppedAt: at(15_000),
      stopCode: 'EssentialContainerExited',
    });
  });
  it('resumes in-flight tasks after an engine restart (due times are persisted)', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-local-tasks-'));
    try {
      const clock = new FakeClock(START);
      const first = new Engine({ dataDir, clock });
      first.call('CreateCluster', { clusterName: 'demo' });
      const arn = runFargate(first, registerFargate(first, 'web')).taskArn ?? '';
      first.close();
      clock.advance(30_000);
      const second = new Engine({ dataDir, clock });
      second.tick();
      expect(describe1(second, arn)).toMatchObject({ lastStatus: 'RUNNING', startedAt: at(2500), version: 4 });
      second.close();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
  it('wakes the service reconciler when a service task changes lastStatus or health', () => {
    const { engine, clock } = setup();
    registerFargate(engine, 'web');
    engine.store.put('us-east-1', 'service', 'demo/web', { serviceName: 'web' }, { parent: 'demo' });
    const ctx = engine.context('us-east-1');
    const { tasks } = engine.store.tx(() =>
      launchTasks(ctx, {
        cluster: activeCluster(ctx, 'demo'),
        taskDefinition: findTaskDefinition(ctx, 'web'),
        count: 2,
        launchType: 'FARGATE',
        networkConfiguration: NETWORK,
        group: 'service:web',
        startedBy: 'ecs-svc/1234567890123456789',
      }),
    );
    expect(tasks).toHaveLength(2);
    const dueOf = () =>
      engine.store.db.prepare("SELECT due FROM docs WHERE kind = 'service' AND id = 'demo/web'").get() as { due: number | null };
    expect(dueOf().due).toBe(START);
    engine.store.setDue('us-east-1', 'service', 'demo/web', undefined);
    clock.advance(1000);
    // Run the task's step alone (engine.tick() would also run the services reconciler on this fake service).
    const id = tasks[0].taskArn.split('/').pop() ?? '';
    engine.store.tx(() => taskDueHandler(engine.context('us-east-1'), id));
    expect(dueOf().due).toBe(START + 1000);
    const listed = engine.store.list('us-east-1', 'task', { parent: 'demo', ref: 'ecs-svc/1234567890123456789' });
    expect(listed).toHaveLength(2);
    const stopped = engine.store.tx(() =>
      stopTask(engine.context('us-east-1'), tasks[0], 'ServiceSchedulerInitiated', 'Scaling activity'),
    );
    expect(stopped).toMatchObject({
      desiredStatus: 'STOPPED',
      stopCode: 'ServiceSchedulerInitiated',
      lastStatus: 'DEPROVISIONING',
    });
    const again = engine.store.tx(() => stopTask(engine.context('us-east-1'), stopped, 'UserInitiated', 'other'));
    expect(again.stopCode).toBe('ServiceSchedulerInitiated');
  });
});
