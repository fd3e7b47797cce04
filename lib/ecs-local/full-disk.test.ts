// A full disk, simulated with SQLite's max_page_count on the engine's own connection: a write that does not fit is
// refused with ECS's ServerException (naming the file), reads keep working, the scheduler keeps running, and
// nothing the engine acknowledged is lost, after a restart too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CreateClusterCommand, DescribeClustersCommand, ListClustersCommand, ServerException } from '@aws-sdk/client-ecs';
import { afterAll, describe, expect, it } from 'vitest';
import { Engine } from './engine';
import { servedEngine } from './testing/engine';
import { captureStderr } from './testing/stderr';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-local-full-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('a full disk', () => {
  it('refuses writes with ServerException, keeps serving reads and loses nothing acknowledged', async () => {
    const served = await servedEngine(new Engine({ dataDir }));
    const { engine, ecs } = served;
    const pages = engine.store.db.pragma('page_count', { simple: true }) as number;
    engine.store.db.pragma(`max_page_count = ${pages + 8}`);

    const acknowledged: string[] = [];
    let refusal: unknown;
    for (let i = 0; i < 500 && refusal === undefined; i++) {
      const clusterName = `full-${String(i).padStart(3, '0')}`;
      try {
        await ecs.send(new CreateClusterCommand({ clusterName, tags: [{ key: 'padding', value: 'x'.repeat(250) }] }));
        acknowledged.push(clusterName);
      } catch (err) {
        refusal = err;
      }
    }
    expect(refusal).toBeInstanceOf(ServerException);
    expect((refusal as ServerException).$metadata.httpStatusCode).toBe(500);
    expect((refusal as ServerException).message).toBe(
      `The engine's data file ${engine.file} is full (no space left on its disk, or its size limit): the change was not made. Free some space and try again; reads keep working.`,
    );
    expect(acknowledged.length).toBeGreaterThan(0);

    // Reads keep working, and see every acknowledged write; the scheduler keeps running.
    const listed = await ecs.send(new ListClustersCommand({ maxResults: 100 }));
    expect(listed.clusterArns?.map((arn) => arn.slice(arn.lastIndexOf('/') + 1))).toEqual(acknowledged.slice(0, 100));
    const described = await ecs.send(new DescribeClustersCommand({ clusters: acknowledged.slice(-5) }));
    expect(described.clusters?.map((c) => c.status)).toEqual(acknowledged.slice(-5).map(() => 'ACTIVE'));
    captureStderr(() => engine.tick());
    await served.close();

    // After a restart (no size limit now), everything acknowledged is there and writes work again.
    const again = await servedEngine(new Engine({ dataDir }));
    const names: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await again.ecs.send(new ListClustersCommand({ nextToken }));
      names.push(...(page.clusterArns ?? []).map((arn) => arn.slice(arn.lastIndexOf('/') + 1)));
      nextToken = page.nextToken;
    } while (nextToken);
    expect(names).toEqual(acknowledged);
    await again.ecs.send(new CreateClusterCommand({ clusterName: 'after' }));
    await again.close();
  });
});
