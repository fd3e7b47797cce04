// `npm run ecs-local`: the engine alone, for the AWS CLI, any SDK or a CI pipeline.
import path from 'node:path';
import { log, setLogLevel } from './core/log';
import { Engine } from './engine';
import { serve } from './server';
import { engineCommandLine } from './settings';

async function main(): Promise<void> {
  const settings = engineCommandLine();
  setLogLevel(settings.ECS_LOCAL_LOG_LEVEL);
  const engine = new Engine({
    dataDir: settings.ECS_LOCAL_DATA_DIR,
    memory: settings.memory,
    timeScale: settings.ECS_LOCAL_TIME_SCALE,
  });
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
