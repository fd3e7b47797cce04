// `npm run ecs-local`: the engine alone, for the AWS CLI, any SDK or a CI pipeline.
import path from 'node:path';
import { engineEnv } from '../env';
import { Engine } from './engine';
import { log, setLogLevel } from './log';
import { serve } from './server';

async function main(): Promise<void> {
  const env = engineEnv();
  setLogLevel(env.ECS_LOCAL_LOG_LEVEL);
  const memory = process.argv.includes('--memory');
  const engine = new Engine({ dataDir: env.ECS_LOCAL_DATA_DIR, memory, timeScale: env.ECS_LOCAL_TIME_SCALE });
  engine.tick(); // tasks in flight when the engine last stopped resume their lifecycle now
  const server = await serve(engine, env.ECS_LOCAL_PORT, env.ECS_LOCAL_HOST);
  const where = memory ? 'in memory (nothing is kept)' : path.dirname(engine.file);
  process.stdout.write(
    `ecs-local listening on ${server.url}\n  data: ${where}\n  try: aws ecs list-clusters --endpoint-url ${server.url} --region us-east-1\n`,
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
