// State cues in real Chromium against the engine: styled not-found pages answering HTTP 404, the header badge and a
// single plain outage message while the engine is down, and "Why is it failing" listing only real failures.
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DeleteClusterCommand,
  DeleteServiceCommand,
  DescribeServicesCommand,
  RegisterTaskDefinitionCommand,
  RunTaskCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { fargateTaskDefinition } from '../api/fixtures';
import { CLOSED_ENGINE_PORT, EXTRA_CONSOLE_PORTS, startConsole } from '../support/console-server';
import { ecsClient, uniqueName } from '../support/ecs';

const ecs = ecsClient();
const NETWORK = { awsvpcConfiguration: { subnets: ['subnet-e2e'], securityGroups: ['sg-e2e'] } };

test('unknown addresses and missing resources get a styled not-found page with HTTP 404', async ({ page }) => {
  const unknown = await page.goto('/no-such-page');
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to Clusters' })).toBeVisible();

  const cluster = await page.goto(`/clusters/${uniqueName('missing')}`);
  expect(cluster?.status()).toBe(404);
  await expect(page.getByText('Cluster not found')).toBeVisible();

  const family = uniqueName('nf');
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  const revision = await page.goto(`/task-definitions/${family}/9`);
  expect(revision?.status()).toBe(404);
  await expect(page.getByRole('banner')).toBeVisible();
});

test.describe('with the engine down', () => {
  let consoleUrl = '';
  let stop: () => Promise<void> = async () => {};
  test.beforeAll(async () => {
    const server = await startConsole(EXTRA_CONSOLE_PORTS.engineDown, { ECS_LOCAL_PORT: String(CLOSED_ENGINE_PORT) });
    consoleUrl = server.url;
    stop = server.stop;
  });
  test.afterAll(async () => stop());

  test('the header badge turns red and the outage is said once, without backticks', async ({ page }) => {
    await page.goto(`${consoleUrl}/clusters`);
    const badge = page.getByTestId('target-badge');
    await expect(badge).toContainText('Local engine · unreachable');
    await expect(badge).toHaveAttribute('data-state', 'unreachable');
    const outage = page.getByText(/cannot reach the local ECS engine/);
    await expect(outage).toHaveCount(1);
    await expect(page.locator('code', { hasText: 'npm run ecs-local' })).toHaveCount(1);
    await expect(page.getByText(/`/)).toHaveCount(0);

    for (const path of ['/dashboard', '/task-definitions', '/clusters/web/services', '/clusters/web/tasks']) {
      await page.goto(`${consoleUrl}${path}`);
      await expect(page.getByText(/cannot reach the local ECS engine/), path).toHaveCount(1);
      await expect(page.getByText(/`/), path).toHaveCount(0);
    }
  });
});

test('"Why is it failing" lists a crash, not a finished batch task or tasks a deployment replaced', async ({ page }) => {
  test.setTimeout(120_000);
  const cluster = uniqueName('why');
  const web = uniqueName('whyweb');
  const batch = uniqueName('whybatch');
  const crash = uniqueName('whycrash');
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(web)));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(web, { revision: 'two' })));
  await ecs.send(
    new RegisterTaskDefinitionCommand(fargateTaskDefinition(batch, { 'ecs-local.exit-code': '0', 'ecs-local.exit-after': '1' })),
  );
  await ecs.send(
    new RegisterTaskDefinitionCommand(fargateTaskDefinition(crash, { 'ecs-local.exit-code': '3', 'ecs-local.exit-after': '1' })),
  );
  const run = { cluster, launchType: 'FARGATE' as const, networkConfiguration: NETWORK };
  await ecs.send(new RunTaskCommand({ ...run, taskDefinition: batch }));
  await ecs.send(new RunTaskCommand({ ...run, taskDefinition: crash }));
  await ecs.send(new CreateServiceCommand({ ...run, serviceName: 'web', taskDefinition: `${web}:1`, desiredCount: 1 }));
  const rollout = async () =>
    (await ecs.send(new DescribeServicesCommand({ cluster, services: ['web'] }))).services?.[0]?.deployments?.map(
      (d) => `${d.taskDefinition?.split('/').pop()} ${d.rolloutState} ${d.runningCount}`,
    );
  await expect.poll(rollout, { timeout: 30_000, intervals: [500] }).toEqual([`${web}:1 COMPLETED 1`]);
  await ecs.send(new UpdateServiceCommand({ cluster, service: 'web', taskDefinition: `${web}:2` }));
  await expect.poll(rollout, { timeout: 45_000, intervals: [500] }).toEqual([`${web}:2 COMPLETED 1`]);

  await page.goto('/dashboard');
  const why = page.getByRole('region', { name: /Why is it failing/ });
  await why.getByLabel('Filter stopped reasons').fill(cluster);
  const rows = why.getByRole('row').filter({ hasText: cluster });
  await expect(rows.filter({ hasText: `${crash}:1` })).toContainText('Essential container in task exited', { timeout: 30_000 });
  await expect(rows.filter({ hasText: `${crash}:1` })).toContainText('3');
  await expect(rows).toHaveCount(1);
  await expect(why.getByText('Scaling activity initiated by')).toHaveCount(0);
  await expect(why.getByText(`${batch}:1`)).toHaveCount(0);

  // The console remembers stopped tasks for a week, but a deleted cluster's crash is no longer a reason to look at.
  await ecs.send(new DeleteServiceCommand({ cluster, service: 'web', force: true }));
  // DeleteCluster refuses while the service's last task is still stopping.
  await expect
    .poll(
      () =>
        ecs.send(new DeleteClusterCommand({ cluster })).then(
          (out) => out.cluster?.status,
          (err: Error) => err.name,
        ),
      { timeout: 30_000, intervals: [500] },
    )
    .toBe('INACTIVE');
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(rows).toHaveCount(0);
});
