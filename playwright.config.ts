import fs from 'node:fs';
import { defineConfig } from '@playwright/test';

// The suites only ever talk to an engine this config starts itself, in memory, on loopback.
export const E2E_ENGINE_PORT = Number(process.env.E2E_ENGINE_PORT ?? 4700);
export const E2E_CONSOLE_PORT = Number(process.env.E2E_CONSOLE_PORT ?? 3100);
const chromium = process.env.CHROMIUM_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// `--project=api` needs only the engine; skip building and serving the console for it.
const apiOnly = process.argv.includes('--project=api') || process.argv.includes('api');

const engineEnv = {
  ECS_LOCAL_PORT: String(E2E_ENGINE_PORT),
  ECS_LOCAL_HOST: '127.0.0.1',
  ECS_LOCAL_TIME_SCALE: '0.1',
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // A committed test.only would silently skip the rest of the suite: refuse it everywhere, not only under CI.
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${E2E_CONSOLE_PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'api', testDir: './e2e/api' },
    { name: 'console', testDir: './e2e/console', use: { browserName: 'chromium' } },
  ],
  webServer: [
    {
      command: 'npx tsx lib/ecs-local/cli.ts --memory',
      url: `http://127.0.0.1:${E2E_ENGINE_PORT}/health`,
      env: engineEnv,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    ...(apiOnly
      ? []
      : [
          {
            command: `npx next start -H 127.0.0.1 -p ${E2E_CONSOLE_PORT}`,
            url: `http://127.0.0.1:${E2E_CONSOLE_PORT}/api/health`,
            env: { ...engineEnv, ECS_CONSOLE_TARGET: 'local', ECS_CONSOLE_DATA_DIR: '.data/e2e-console' },
            reuseExistingServer: false,
            timeout: 120_000,
          },
        ]),
  ],
});
