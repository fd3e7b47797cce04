// `npm run ecs-local`: the engine alone, for the AWS CLI, any SDK or a CI pipeline.
import path from 'node:path';
import { runAgent } from './agent/agent-cli';
import { log, setLogLevel } from './core/log';
import { Engine } from './engine';
import { makeRuntime, readopt } from './runtimes';
import { serve } from './server';
import { engineCommandLine } from './settings';

async function main(): Promise<void> {
  if (process.argv[2] === 'agent') {
    await runAgent(process.argv.slice(3));
    return;
  }
  const settings = engineCommandLine();
  setLogLevel(settings.ECS_LOCAL_LOG_LEVEL);
  const dataFile = settings.memory ? undefined : path.resolve(settings.ECS_LOCAL_DATA_DIR, 'ecs-local.sqlite');
  const runtime = await makeRuntime({
    runtime: settings.ECS_LOCAL_RUNTIME,
    dataFile,
    cleanupSeconds: settings.ECS_LOCAL_DOCKER_CLEANUP_SECONDS,
  });
  const engine = new Engine({
    dataDir: settings.ECS_LOCAL_DATA_DIR,
    memory: settings.memory,
    timeScale: settings.ECS_LOCAL_TIME_SCALE,
    logsMaxEvents: settings.ECS_LOCAL_LOGS_MAX_EVENTS,
    metricsMaxDatapoints: settings.ECS_LOCAL_METRICS_MAX_DATAPOINTS,
    loadBalancers: settings.ECS_LOCAL_LOAD_BALANCERS,
    runtime,
  });
  await readopt(engine); // a real runtime's containers and the engine's tasks agree again
  engine.tick(); // tasks in flight when the engine last stopped resume their lifecycle now
  const server = await serve(engine, settings.ECS_LOCAL_PORT, settings.ECS_LOCAL_HOST, {
    allowedHosts: settings.ECS_LOCAL_ALLOWED_HOSTS,
  });
  const where = settings.memory ? 'in memory (nothing is kept)' : path.dirname(engine.file);
  process.stdout.write(
    `ecs-local listening on ${server.url}\n  data: ${where}\n  runtime: ${engine.runtime.name}\n  try: aws ecs list-clusters --endpoint-url ${server.url} --region us-east-1\n`,
  );
  const stop = async () => {
    await server.close();
    // Docker: running containers keep running and are re-adopted at the next start (removed with --memory).
    await engine.runtime.close();
    engine.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  log.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
