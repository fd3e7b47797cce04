// Opening the data file: the schema has a version and ordered migrations; a file from a newer engine, a damaged,
// truncated or unreadable file each stop the engine with a message naming the file and what to do.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from '../../sqlite';
import { Engine } from '../engine';
import { MIGRATIONS } from './migrations';
import { Store } from './store';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-local-open-'));
  dirs.push(dir);
  return dir;
}

function fileIn(dir: string): string {
  return path.join(dir, 'ecs-local.sqlite');
}

const userVersion = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true });
  } finally {
    db.close();
  }
};

describe('schema versions', () => {
  it('numbers its migrations 1, 2, 3… in order, each with a name', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    for (const m of MIGRATIONS) expect(m.name).not.toBe('');
  });

  it('stamps a new file with the latest version', () => {
    const dir = tempDir();
    new Engine({ dataDir: dir }).close();
    expect(userVersion(fileIn(dir))).toBe(MIGRATIONS.length);
  });

  it('migrates a file written before versions existed, keeping its documents', () => {
    const dir = tempDir();
    const db = new Database(fileIn(dir));
    db.exec(`
      CREATE TABLE docs (region TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, parent TEXT, key TEXT, ref TEXT,
        status TEXT, due INTEGER, body TEXT NOT NULL, PRIMARY KEY (region, kind, id)) WITHOUT ROWID;
      CREATE INDEX docs_ref ON docs (region, kind, ref);
      CREATE INDEX docs_status ON docs (region, kind, status);
      CREATE TABLE counters (region TEXT NOT NULL, name TEXT NOT NULL, value INTEGER NOT NULL, PRIMARY KEY (region, name)) WITHOUT ROWID;
      INSERT INTO docs (region, kind, id, status, body) VALUES ('us-east-1', 'cluster', 'old', 'ACTIVE', '{"clusterName":"old"}');
    `);
    db.close();
    const engine = new Engine({ dataDir: dir });
    expect(engine.call('ListClusters', {})).toEqual({ clusterArns: ['arn:aws:ecs:us-east-1:000000000000:cluster/old'] });
    const indexes = engine.store.db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'docs_%' ORDER BY name")
      .all()
      .map((r) => r.name);
    expect(indexes).not.toContain('docs_ref');
    expect(indexes).not.toContain('docs_status');
    expect(indexes).toContain('docs_ref_id');
    engine.close();
    expect(userVersion(fileIn(dir))).toBe(MIGRATIONS.length);
  });

  it('refuses a file written by a newer engine, and leaves it as it was', () => {
    const dir = tempDir();
    new Engine({ dataDir: dir }).close();
    const file = fileIn(dir);
    const db = new Database(file);
    db.pragma(`user_version = ${MIGRATIONS.length + 3}`);
    db.close();
    const before = fs.readFileSync(file);
    expect(() => new Engine({ dataDir: dir })).toThrow(
      `The data file ${file} was written by a newer version of the engine (schema version ${MIGRATIONS.length + 3}; this one knows up to ${MIGRATIONS.length}). Start the newer engine, or this one with another ECS_LOCAL_DATA_DIR or --memory.`,
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'ecs-local.lock'))).toBe(false);
  });
});

describe('a data file that cannot be used', () => {
  const damaged = (file: string) =>
    new RegExp(
      `^The data file ${file} is damaged \\(.+\\)\\. Move it aside with its -wal and -shm files \\(mv ${file} ${file}\\.damaged\\) to start with an empty state, or start the engine with --memory\\.$`,
    );

  it('names a corrupt file and what to do', () => {
    const dir = tempDir();
    const file = fileIn(dir);
    fs.writeFileSync(file, Buffer.alloc(64 * 1024, 'this is not a database '));
    expect(() => new Engine({ dataDir: dir })).toThrow(damaged(file));
  });

  it('names a truncated file and what to do', () => {
    const dir = tempDir();
    const file = fileIn(dir);
    const store = new Store(file);
    store.tx(() => {
      for (let i = 0; i < 2000; i++)
        store.put('us-east-1', 'task', `t${i}`, { n: i, pad: 'x'.repeat(200) }, { status: 'RUNNING' });
    });
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    expect(() => new Engine({ dataDir: dir })).toThrow(damaged(file));
  });

  it('names a file that cannot be opened and what to do', () => {
    const dir = tempDir();
    const file = fileIn(dir);
    fs.mkdirSync(file); // a directory where the file should be
    expect(() => new Engine({ dataDir: dir })).toThrow(
      new RegExp(
        `^The data file ${file} cannot be opened \\(.+\\)\\. Make it a readable and writable file, move it aside to start with an empty state, or start the engine with --memory\\.$`,
      ),
    );
  });
});
