// The read cache of the HTTP front: answers are reused only while nothing was written, by this engine or by
// another connection to the same file; errors and clock-dependent operations are never cached. It is keyed on the
// parsed input and bounded by the bytes of its keys and answers, however many distinct bodies arrive.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { FakeClock } from './core/clock';
import { ecs } from './ecs';
import { Engine } from './engine';
import { serialize } from './protocol/serialize';
import { ResponseCache } from './response-cache';
import { Store } from './store/store';
import { servedEngine } from './testing/engine';
import { testAuthorization } from './testing/signature';

function answer(engine: Engine, operation: string, input: Record<string, unknown>): { json: string; computed: boolean } {
  let computed = false;
  const json = engine.responses.answer(ecs, operation, 'us-east-1', input, () => {
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

function heapAfterGc(): number {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('ResponseCache memory', () => {
  it('stays under its bound with 1,000 distinct whitespace-padded bodies over HTTP', { timeout: 120_000 }, async () => {
    const served = await servedEngine();
    const headers = {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'AmazonEC2ContainerServiceV20141113.DescribeClusters',
      authorization: testAuthorization('ecs'),
    };
    const padding = ' '.repeat(64 * 1024);
    const before = heapAfterGc();
    for (let i = 0; i < 1000; i++) {
      const res = await fetch(served.server.url, { method: 'POST', headers, body: `{"clusters":["c-${i}"]${padding}}` });
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
    const grown = heapAfterGc() - before;
    const cache = served.engine.responses;
    expect(cache.entries).toBe(1000);
    expect(cache.bytes).toBeLessThanOrEqual(cache.maxBytes);
    // 1,000 × 64 KiB of request bodies went through; what stays is the cache (its bound at most) and small change.
    expect(grown).toBeLessThan(cache.maxBytes + 16 * 2 ** 20);
    await served.close();
  });

  it('keys on the parsed input: padding and key order do not make new entries', () => {
    const engine = new Engine({ memory: true, clock: new FakeClock(0) });
    engine.call('CreateCluster', { clusterName: 'a' });
    const bodies = ['{}', ' {} ', `{}${' '.repeat(5000)}`, '\n{\n}\n'];
    const computed = bodies.map((body) => {
      let ran = false;
      engine.responses.answer(ecs, 'ListClusters', 'us-east-1', JSON.parse(body), () => {
        ran = true;
        return serialize(engine.call('ListClusters', {}));
      });
      return ran;
    });
    expect(computed).toEqual([true, false, false, false]);
    const a = answer(engine, 'DescribeClusters', { clusters: ['a'], include: ['TAGS'] });
    const b = answer(engine, 'DescribeClusters', { include: ['TAGS'], clusters: ['a'] });
    expect([a.computed, b.computed]).toEqual([true, false]);
    expect(engine.responses.entries).toBe(2);
    engine.close();
  });

  it('evicts the least recently used answers first', () => {
    const engine = new Engine({ memory: true, clock: new FakeClock(0) });
    const cache = new ResponseCache(engine.store, 4096);
    const ask = (n: number) => {
      let ran = false;
      cache.answer(ecs, 'ListClusters', 'us-east-1', { maxResults: n }, () => {
        ran = true;
        return 'x'.repeat(300);
      });
      return ran;
    };
    for (let n = 1; n <= 5; n++) ask(n); // five entries of ~700 bytes fit in 4 KiB
    expect(ask(1)).toBe(false); // 1 is now the most recently used
    for (let n = 6; n <= 8; n++) ask(n); // pushes out the least recently used: 2, 3, 4
    expect(cache.bytes).toBeLessThanOrEqual(4096);
    expect([ask(1), ask(5)]).toEqual([false, false]);
    expect(ask(2)).toBe(true);
    engine.close();
  });
});
