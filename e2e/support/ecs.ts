// The real AWS SDK client, pointed at the engine Playwright started (see playwright.config.ts).
import { ECSClient } from '@aws-sdk/client-ecs';
import { E2E_ENGINE_PORT } from '../../playwright.config';

export const ENGINE_URL = `http://127.0.0.1:${E2E_ENGINE_PORT}`;

export function ecsClient(region = 'us-east-1'): ECSClient {
  return new ECSClient({
    region,
    endpoint: ENGINE_URL,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
}

/** A name no other test uses, so tests never see each other's resources. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}
