import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoppedTaskStore } from './stopped-task-store';
import type { StoppedTaskRecord } from './stopped-task-view';

function record(id: string, stoppedAt: number, extra: Partial<StoppedTaskRecord> = {}): StoppedTaskRecord {
  return {
    taskArn: `arn:aws:ecs:us-east-1:000000000000:task/demo/${id}`,
    taskId: id,
    cluster: 'demo',
    service: 'web',
    group: 'service:web',
    taskDefinition: 'web:2',
    stopCode: 'EssentialContainerExited',
    stoppedReason: 'Essential container in task exited',
    containers: [{ name: 'web', exitCode: 1, reason: 'boom' }],
    stoppedAt,
    ...extra,
  };
}

describe('StoppedTaskStore', () => {
  it('keeps what it saw across restarts, per Region, newest first, until pruned', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stopped-'));
    const file = path.join(dir, 'console.sqlite');
    const first = new StoppedTaskStore(file);
    first.save('us-east-1', [record('a', 1_000), record('b', 3_000)]);
    first.save('eu-west-1', [record('c', 2_000)]);
    first.close();

    const store = new StoppedTaskStore(file);
    expect(store.recent('us-east-1', 0).map((r) => r.taskId)).toEqual(['b', 'a']);
    expect(store.recent('us-east-1', 2_000).map((r) => r.taskId)).toEqual(['b']);
    expect(store.recent('us-east-1', 0)[0].containers).toEqual([{ name: 'web', exitCode: 1, reason: 'boom' }]);
    const arnA = record('a', 0).taskArn;
    expect([...store.known('us-east-1', [arnA, 'arn:other'])]).toEqual([arnA]);
    expect(store.known('eu-west-1', [arnA]).size).toBe(0);

    expect(store.prune(2_500)).toBe(2);
    expect(store.recent('us-east-1', 0).map((r) => r.taskId)).toEqual(['b']);
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('saving a task twice keeps one row', () => {
    const store = new StoppedTaskStore(':memory:');
    store.save('us-east-1', [record('a', 1_000)]);
    store.save('us-east-1', [record('a', 1_000, { stoppedReason: 'changed' })]);
    expect(store.recent('us-east-1', 0)).toHaveLength(1);
    expect(store.recent('us-east-1', 0)[0].stoppedReason).toBe('changed');
    store.close();
  });
});
