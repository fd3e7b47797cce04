// A scheduler step whose store writes fail (a trigger in the real SQLite file refuses them, as a full or failing
// disk would): the step and the write of its retry time both fail, the engine logs it, keeps running and
// retries with backoff; once writes work again the task finishes its lifecycle. In process and as a process.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CreateClusterCommand, DescribeTasksCommand, RegisterTaskDefinitionCommand, RunTaskCommand } from '@aws-sdk/client-ecs';
import { afterAll, describe, expect, it } from 'vitest';
import Database from '../sqlite';
import { alive, kill9, killEngineProcesses, startEngineProcess } from './testing/engine-process';
import { captureStderr } from './testing/stderr';
import { describe1, registerFargate, runFargate, setup } from './testing/tasks';

const FAIL_TASK_WRITES = `CREATE TRIGGER injected_fault BEFORE UPDATE ON docs WHEN NEW.kind = 'task'
  BEGIN SELECT RAISE(ABORT, 'injected fault: disk I/O error'); END`;
const HEAL = 'DROP TRIGGER injected_fault';

const dirs: string[] = [];
afterAll(() => {
  killEngineProcesses();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('a scheduler step whose store writes fail', () => {
  it('is logged and retried with backoff; the task finishes its lifecycle once writes work', () => {
    const { engine } = setup();
    const taskArn = runFargate(engine, registerFargate(engine, 'web')).taskArn as string;
    engine.store.db.exec(FAIL_TASK_WRITES);

    const { logged } = captureStderr(() => {
      expect(() => engine.advance(20_000)).not.toThrow();
    });
    expect(describe1(engine, taskArn).lastStatus).toBe('PROVISIONING');
    expect(logged).toMatch(/scheduler step task\/[0-9a-f]{32} failed \(attempt 1, retrying in 0\.25 s\): .*injected fault/);
    // Backoff: 20 s of failures are a handful of attempts, not one per tick.
    const attempts = logged.match(/scheduler step task\/\S+ failed/g) ?? [];
    expect(attempts.length).toBeGreaterThanOrEqual(4);
    expect(attempts.length).toBeLessThanOrEqual(8);

    engine.store.db.exec(HEAL);
    engine.advance(40_000);
    expect(describe1(engine, taskArn).lastStatus).toBe('RUNNING');
    engine.close();
  });

  it('never ends the engine process', { timeout: 90_000 }, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-local-faults-'));
    dirs.push(dataDir);
    const engine = await startEngineProcess({ ECS_LOCAL_DATA_DIR: dataDir });
    await engine.client.send(new CreateClusterCommand({ clusterName: 'default' }));
    await engine.client.send(
      new RegisterTaskDefinitionCommand({
        family: 'web',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '256',
        memory: '512',
        containerDefinitions: [{ name: 'app', image: 'nginx:latest' }],
      }),
    );
    // Another connection to the same file injects the fault into the running engine, before the task exists (a
    // task is PROVISIONING for ~0.1 s at time scale 0.1): its launch inserts it, every later step updates it.
    const db = new Database(path.join(dataDir, 'ecs-local.sqlite'));
    db.exec(FAIL_TASK_WRITES);
    const run = await engine.client.send(
      new RunTaskCommand({
        cluster: 'default',
        taskDefinition: 'web',
        launchType: 'FARGATE',
        networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
      }),
    );
    const taskArn = run.tasks?.[0]?.taskArn as string;
    await new Promise((r) => setTimeout(r, 3_000)); // the task would be RUNNING after ~0.3 s (time scale 0.1)
    expect(alive(engine), engine.stderr()).toBe(true);
    expect(engine.stderr()).toContain('injected fault');
    const stuck = await engine.client.send(new DescribeTasksCommand({ cluster: 'default', tasks: [taskArn] }));
    expect(stuck.tasks?.[0]?.lastStatus).toBe('PROVISIONING');

    db.exec(HEAL);
    db.close();
    const deadline = Date.now() + 30_000;
    let status: string | undefined;
    while (Date.now() < deadline && status !== 'RUNNING') {
      await new Promise((r) => setTimeout(r, 250));
      const described = await engine.client.send(new DescribeTasksCommand({ cluster: 'default', tasks: [taskArn] }));
      status = described.tasks?.[0]?.lastStatus;
    }
    expect(status).toBe('RUNNING');
    await kill9(engine);
  });
});
