// One writer per data directory: the lock file an engine holds for its life.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../engine';
import { DataDirLock, LOCK_FILE } from './data-dir-lock';

const made: string[] = [];
const engines: Engine[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-local-lock-'));
  made.push(dir);
  return dir;
}

function open(dataDir: string): Engine {
  const engine = new Engine({ dataDir });
  engines.push(engine);
  return engine;
}

afterEach(() => {
  for (const engine of engines.splice(0)) engine.close();
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('data directory lock', () => {
  it('refuses a second engine on the same directory, naming the directory and the process holding it', () => {
    const dir = tempDir();
    open(dir);
    expect(() => open(dir)).toThrow(
      `The data directory ${dir} is in use by another engine (process ${process.pid}). Stop that engine, or start this one with another ECS_LOCAL_DATA_DIR or --memory.`,
    );
  });

  it('gives the lock up on close, so the next engine opens the directory', () => {
    const dir = tempDir();
    open(dir).close();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    expect(() => open(dir)).not.toThrow();
  });

  it('takes over the lock of a process that is gone', () => {
    const dir = tempDir();
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    fs.writeFileSync(path.join(dir, LOCK_FILE), `pid ${gone}\nsince 2026-01-01T00:00:00.000Z\n`);
    open(dir);
    expect(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).toMatch(new RegExp(`^pid ${process.pid}\n`));
  });

  it.runIf(fs.existsSync('/proc/self/stat'))('takes over a lock whose pid now belongs to another process', () => {
    const dir = tempDir();
    // Our own pid, but a process start time that is not ours: the engine that wrote it ran before a restart.
    fs.writeFileSync(path.join(dir, LOCK_FILE), `pid ${process.pid}\nprocess-start 1\n`);
    expect(() => open(dir)).not.toThrow();
  });

  it('takes over an unreadable lock, and never removes a lock that is no longer its own', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, LOCK_FILE), 'garbage');
    const lock = DataDirLock.acquire(dir);
    fs.writeFileSync(path.join(dir, LOCK_FILE), 'pid 1\n');
    lock.release();
    expect(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).toBe('pid 1\n');
  });

  it('takes no lock in memory', () => {
    const dir = tempDir();
    engines.push(new Engine({ memory: true, dataDir: dir }), new Engine({ memory: true, dataDir: dir }));
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
