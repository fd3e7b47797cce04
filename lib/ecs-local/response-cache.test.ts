// The read cache of the HTTP front: answers are reused only while nothing was written, by this engine or by
// another connection to the same file; errors and clock-dependent operations are never cached.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeClock } from './core/clock';
import { ecs } from './ecs';
import { Engine } from './engine';
import { serialize } from './protocol/serialize';
import { Store } from './store/store';

function answer(engine: Engine, operation: string, input: object): { json: string; computed: boolean } {
  let computed = false;
  const json = engine.responses.answer(ecs, operation, 'us-east-1', JSON.stringify(input), () => {
    computed = true;
    return serialize(engine.call(operation, input));
  });
  return { json, computed };
}

describe('ResponseCache', () => {
  it('reuses a read answer until the next write, and never caches errors or other operations', () => {
    const engine = new Engine({ memory: true, clock: new FakeClock(0) });
    engine.call('CreateCluster', { clusterName: 'a' });
    expect(answer(engine, 'ListClusters', {}).computed).toBe(true);
    expect(answer(engine, 'ListClusters', {})).toEqual({ json: expect.stringContaining('cluster/a'), computed: false });
    expect(answer(engine, 'ListClusters', { maxResults: 5 }).computed).toBe(true);

    engine.call('CreateCluster', { clusterName: 'b' });
    const after = answer(engine, 'ListClusters', {});
    expect(after.computed).toBe(true);
    expect(after.json).toContain('cluster/b');

    expect(() => answer(engine, 'DescribeServices', { cluster: 'a', services: [] })).toThrow();
    expect(() => answer(engine, 'DescribeServices', { cluster: 'a', services: [] })).toThrow();
    expect(answer(engine, 'DescribeTasks', { cluster: 'a', tasks: ['x'] }).computed).toBe(true);
    expect(answer(engine, 'DescribeTasks', { cluster: 'a', tasks: ['x'] }).computed).toBe(true);
    engine.responses.enabled = false;
    expect(answer(engine, 'ListClusters', {}).computed).toBe(true);
    engine.close();
  });

  it('sees writes committed by another connection to the same file', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-local-cache-'));
    const reader = new Engine({ dataDir });
    // Another program writing the file (one engine per directory: the lock keeps a second engine out).
    const writer = new Store(reader.file);
    try {
      expect(answer(reader, 'ListClusters', {}).json).toBe('{"clusterArns":[]}');
      writer.tx(() => writer.put('us-east-1', 'cluster', 'elsewhere', { clusterName: 'elsewhere' }, { status: 'ACTIVE' }));
      const after = answer(reader, 'ListClusters', {});
      expect(after.computed).toBe(true);
      expect(after.json).toContain('cluster/elsewhere');
    } finally {
      writer.close();
      reader.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
