// The guard: refuse to run the suites against anything but the in-memory local engine this config started.
import { E2E_ENGINE_PORT } from '../playwright.config';

export default async function globalSetup(): Promise<void> {
  for (const name of ['AWS_ENDPOINT_URL_ECS', 'AWS_ENDPOINT_URL']) {
    if (process.env[name])
      throw new Error(`Refusing to run: ${name} is set. The tests only run against the local engine they start.`);
  }
  const res = await fetch(`http://127.0.0.1:${E2E_ENGINE_PORT}/health`);
  const body = (await res.json()) as { service?: string };
  if (body.service !== 'ecs-local') throw new Error(`Refusing to run: 127.0.0.1:${E2E_ENGINE_PORT} is not the local engine.`);
}
