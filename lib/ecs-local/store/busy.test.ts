// Another connection writing the same file (a second program, a backup tool): the engine's transactions take the
// write lock up front (BEGIN IMMEDIATE) and wait for it, so a read-then-write never fails because someone else
// committed in between, and a lock held past the busy timeout is retried.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { sqliteModule } from '../../sqlite';
import { Store } from './store';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-local-busy-'));
  dirs.push(dir);
  return path.join(dir, 'ecs-local.sqlite');
}

/** Another connection, in a thread of its own, takes the write lock, writes, and commits after `holdMs`. */
function holdWriteLock(file: string, holdMs: number): { done: Promise<void> } {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     const Database = require(workerData.sqlite);
     const db = new Database(workerData.file);
     db.exec('BEGIN IMMEDIATE');
     db.prepare("INSERT INTO counters (region, name, value) VALUES ('us-east-1', 'other', 1)").run();
     Atomics.store(workerData.signal, 0, 1);
     Atomics.notify(workerData.signal, 0);
     Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.holdMs);
     db.exec('COMMIT');
     db.close();`,
    { eval: true, workerData: { file, holdMs, signal, sqlite: require.resolve(sqliteModule) } },
  );
  const done = new Promise<void>((resolve, reject) => {
    worker.once('exit', () => resolve());
    worker.once('error', reject);
  });
  // Wait (blocking, as the engine's thread would be) until the other connection holds the lock.
  Atomics.wait(signal, 0, 0, 10_000);
  return { done };
}

describe('Store with another connection writing', () => {
  it('a read-then-write transaction waits for the other writer instead of failing', async () => {
    const file = tempFile();
    const store = new Store(file);
    store.put('us-east-1', 'cluster', 'a', { n: 1 });
    const { done } = holdWriteLock(file, 300);
    store.tx(() => {
      const read = store.get<{ n: number }>('us-east-1', 'cluster', 'a');
      store.put('us-east-1', 'cluster', 'a', { n: (read?.n ?? 0) + 1 });
    });
    await done;
    expect(store.get('us-east-1', 'cluster', 'a')).toEqual({ n: 2 });
    expect(store.peekCounter('us-east-1', 'other')).toBe(1);
    store.close();
  });

  it('retries a write lock held past its busy timeout', async () => {
    const file = tempFile();
    const store = new Store(file, { busyTimeoutMs: 100 });
    const { done } = holdWriteLock(file, 250);
    store.tx(() => store.put('us-east-1', 'cluster', 'b', { n: 1 }));
    await done;
    expect(store.get('us-east-1', 'cluster', 'b')).toEqual({ n: 1 });
    store.close();
  });
});
