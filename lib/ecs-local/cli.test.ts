// The engine as a process: one writer per data directory, refused at once with a message that says what to do.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { CreateClusterCommand, ListClustersCommand } from '@aws-sdk/client-ecs';
import { afterAll, describe, expect, it } from 'vitest';
import { kill9, killEngineProcesses, runEngineProcess, startEngineProcess } from './testing/engine-process';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-local-cli-'));
  dirs.push(dir);
  return dir;
}

afterAll(() => {
  killEngineProcesses();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('one engine per data directory', () => {
  it('exits at once when the directory is taken, naming it and its holder', { timeout: 60_000 }, async () => {
    const dataDir = tempDir();
    const first = await startEngineProcess({ ECS_LOCAL_DATA_DIR: dataDir });
    const second = await runEngineProcess({ ECS_LOCAL_DATA_DIR: dataDir });
    expect(second.code).toBe(1);
    expect(second.stdout).toBe('');
    expect(second.stderr).toContain(
      `The data directory ${dataDir} is in use by another engine (process ${first.child.pid}). Stop that engine, or start this one with another ECS_LOCAL_DATA_DIR or --memory.`,
    );
    // The first one is untouched and keeps serving.
    await first.client.send(new CreateClusterCommand({ clusterName: 'still-mine' }));
    await kill9(first);
  });

  it('takes over the lock of an engine that was killed, keeping its state', { timeout: 60_000 }, async () => {
    const dataDir = tempDir();
    const first = await startEngineProcess({ ECS_LOCAL_DATA_DIR: dataDir });
    await first.client.send(new CreateClusterCommand({ clusterName: 'before-kill' }));
    await kill9(first);
    expect(fs.readFileSync(path.join(dataDir, 'ecs-local.lock'), 'utf8')).toContain(`pid ${first.child.pid}`);
    const second = await startEngineProcess({ ECS_LOCAL_DATA_DIR: dataDir });
    const listed = await second.client.send(new ListClustersCommand({}));
    expect(listed.clusterArns).toEqual(['arn:aws:ecs:us-east-1:000000000000:cluster/before-kill']);
    expect(fs.readFileSync(path.join(dataDir, 'ecs-local.lock'), 'utf8')).toContain(`pid ${second.child.pid}`);
    await kill9(second);
  });

  it('--memory takes no lock: engines in memory run side by side', { timeout: 60_000 }, async () => {
    const dataDir = tempDir();
    const a = await startEngineProcess({ ECS_LOCAL_DATA_DIR: dataDir }, ['--memory']);
    const b = await startEngineProcess({ ECS_LOCAL_DATA_DIR: dataDir }, ['--memory']);
    await a.client.send(new CreateClusterCommand({ clusterName: 'only-in-a' }));
    expect((await b.client.send(new ListClustersCommand({}))).clusterArns).toEqual([]);
    expect(fs.readdirSync(dataDir)).toEqual([]);
    await Promise.all([kill9(a), kill9(b)]);
  });
});

/** The status of GET /health sent with this Host header (fetch cannot set Host). */
function healthStatus(url: string, host: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${url}/health`, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', reject);
  });
}

describe('a data file that cannot be used', () => {
  it('stops the engine at once with the message naming the file, not a stack trace', { timeout: 60_000 }, async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'ecs-local.sqlite');
    fs.writeFileSync(file, 'not a database'.repeat(1000));
    const run = await runEngineProcess({ ECS_LOCAL_DATA_DIR: dataDir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`ERROR The data file ${file} is damaged \\(SQLITE_NOTADB: file is not a database\\)\\. Move it aside`),
    );
    expect(run.stderr).not.toContain('    at ');
    expect(fs.existsSync(path.join(dataDir, 'ecs-local.lock'))).toBe(false);
  });
});

describe('the settings the process reads', () => {
  it('answers the hosts in ECS_LOCAL_ALLOWED_HOSTS and refuses others', { timeout: 60_000 }, async () => {
    const engine = await startEngineProcess({ ECS_LOCAL_ALLOWED_HOSTS: 'ecs.lan' }, ['--memory']);
    expect(await healthStatus(engine.url, 'ecs.lan:4599')).toBe(200);
    expect(await healthStatus(engine.url, 'localhost')).toBe(200);
    expect(await healthStatus(engine.url, 'evil.example')).toBe(403);
    await kill9(engine);
  });
});
