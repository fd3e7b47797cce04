// One side of `npm run bench:engine:compare`: the engine of the checkout given as argv[2], served on a free port with
// the same data as the other side. Prints its URL, then answers `cpu` messages with in-process CPU per call.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NETWORK, SERVICES, TASK_DEFINITION } from './engine-compare-data';

const root = path.resolve(process.argv[2]);
interface EngineLike {
  call(operation: string, input: unknown): unknown;
  close(): void;
}

async function main(): Promise<void> {
  const { Engine } = (await import(path.join(root, 'lib/ecs-local/engine.ts'))) as {
    Engine: new (o: object) => EngineLike;
  };
  const { serve } = (await import(path.join(root, 'lib/ecs-local/server.ts'))) as {
    serve: (e: EngineLike, port: number) => Promise<{ url: string; close(): Promise<void> }>;
  };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-local-compare-'));
  const engine = new Engine({ dataDir, timeScale: 0.05 });
  engine.call('CreateCluster', { clusterName: 'bench' });
  engine.call('RegisterTaskDefinition', TASK_DEFINITION);
  for (const serviceName of SERVICES)
    engine.call('CreateService', {
      cluster: 'bench',
      serviceName,
      taskDefinition: 'bench',
      desiredCount: 1,
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
    });
  const server = await serve(engine, 0);
  const describe = { cluster: 'bench', services: SERVICES };
  let n = 0;
  const cpu = (fn: () => unknown, count = 1000) => {
    for (let i = 0; i < 100; i++) fn();
    const before = process.cpuUsage();
    for (let i = 0; i < count; i++) fn();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / count;
  };
  process.on('message', (message: string) => {
    if (message === 'usage') process.send?.(process.cpuUsage());
    if (message === 'cpu')
      process.send?.({
        describe: cpu(() => JSON.stringify(engine.call('DescribeServices', describe))),
        register: cpu(() =>
          JSON.stringify(engine.call('RegisterTaskDefinition', { ...TASK_DEFINITION, family: `cpu-${n++ % 50}` })),
        ),
      });
    if (message === 'stop')
      void server.close().then(() => {
        engine.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
        process.exit(0);
      });
  });
  process.send?.({ url: server.url });
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
