// The container runtime the engine runs with (ECS_LOCAL_RUNTIME / --runtime), and re-adoption after a restart:
// the runtime is asked what runs now for every task the engine believes live, and its answer is applied.
import crypto from 'node:crypto';
import { log } from './core/log';
import { engineRunTasks } from './ecs/tasks/readopt';
import type { Engine } from './engine';
import type { ContainerRuntime, RuntimeName } from './runtime/container-runtime';
import { connectDocker, DockerRuntime } from './runtime/docker/docker-runtime';

export interface RuntimeChoice {
  runtime: Exclude<RuntimeName, 'agent'>;
  /** The engine's SQLite file, or undefined when it keeps nothing (--memory). */
  dataFile?: string;
  cleanupSeconds: number;
}

/** The runtime to build the engine with; undefined for the simulated one (the engine's default). Throws when Docker does not answer. */
export async function makeRuntime(choice: RuntimeChoice): Promise<ContainerRuntime | undefined> {
  if (choice.runtime !== 'docker') return undefined;
  const docker = await connectDocker();
  // Containers are labelled with their engine: a data file re-adopts its own after a restart; an engine that keeps
  // nothing removes its containers when it stops, since no later engine could know them.
  const owner = choice.dataFile
    ? `engine-${crypto.createHash('sha256').update(choice.dataFile).digest('hex').slice(0, 16)}`
    : `engine-memory-${crypto.randomBytes(8).toString('hex')}`;
  return new DockerRuntime({
    docker,
    owner,
    cleanupAfterMs: choice.cleanupSeconds * 1000,
    removeOnClose: choice.dataFile === undefined,
    onError: (message) => log.warn(`docker runtime: ${message}`),
  });
}

/** Asks the runtime about every live task in every region and applies what it reports. Returns how many tasks it asked about. */
export async function readopt(engine: Engine): Promise<number> {
  const regions = engine.store.db
    .prepare<[], { region: string }>("SELECT DISTINCT region FROM docs WHERE kind = 'task'")
    .all()
    .map((r) => r.region);
  let asked = 0;
  for (const region of regions) {
    const tasks = engineRunTasks(engine.context(region));
    if (tasks.length === 0) continue;
    asked += tasks.length;
    const found = await engine.runtime.inspect(tasks);
    for (const [taskArn, events] of found ?? []) if (events.length > 0) engine.report(region, taskArn, events);
  }
  return asked;
}
