// The live dashboard in a real browser against the engine: a rollout to a crashing revision trips the circuit
// breaker and rolls back, and the dashboard shows the red mark and why (stopped reason, exit code, revision).
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DescribeServicesCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { ecsClient, uniqueName } from '../support/ecs';

const client = ecsClient();
const NETWORK = { awsvpcConfiguration: { subnets: ['subnet-e2e'], securityGroups: ['sg-e2e'] } };

function taskDefinition(family: string, labels?: Record<string, string>) {
  return {
    family,
    networkMode: 'awsvpc' as const,
    requiresCompatibilities: ['FARGATE' as const],
    cpu: '256',
    memory: '512',
    containerDefinitions: [{ name: 'app', image: 'nginx:latest', essential: true, dockerLabels: labels }],
  };
}

async function rolloutStates(cluster: string, service: string) {
  const out = await client.send(new DescribeServicesCommand({ cluster, services: [service] }));
  return out.services?.[0]?.deployments?.map((d) => `${d.taskDefinition?.split('/').pop()} ${d.rolloutState}`);
}

test('a crashing revision trips the circuit breaker, rolls back, and the dashboard says why', async ({ page }) => {
  test.setTimeout(120_000);
  const cluster = uniqueName('dash');
  const family = uniqueName('dashfam');
  const service = uniqueName('web');
  await client.send(new CreateClusterCommand({ clusterName: cluster }));
  await client.send(new RegisterTaskDefinitionCommand(taskDefinition(family)));
  await client.send(
    new RegisterTaskDefinitionCommand(taskDefinition(family, { 'ecs-local.exit-code': '2', 'ecs-local.exit-after': '1' })),
  );
  await client.send(
    new CreateServiceCommand({
      cluster,
      serviceName: service,
      taskDefinition: `${family}:1`,
      desiredCount: 1,
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
    }),
  );
  await expect
    .poll(() => rolloutStates(cluster, service), { timeout: 30_000, intervals: [500] })
    .toEqual([`${family}:1 COMPLETED`]);

  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByText(/Last updated/)).toBeVisible();
  const filter = page.getByLabel('Filter services');
  await filter.fill(service);
  const services = page.getByRole('region', { name: /^Services \(/ });
  const row = services.getByRole('row').filter({ has: page.getByRole('link', { name: service, exact: true }) });
  await expect(row).toContainText('Healthy');
  await expect(row).toContainText(`${family}:1`);
  await expect(row).toContainText('1 / 1');

  // The page stays open; the change arrives through polling.
  await client.send(new UpdateServiceCommand({ cluster, service, taskDefinition: `${family}:2` }));
  await expect(row).toContainText('Unhealthy', { timeout: 30_000 });
  await expect(row).toContainText('tasks failed to start', { timeout: 30_000 });
  // Rolled back: the service runs revision 1 again, and the failure stays on the dashboard.
  await expect(row).toContainText(`${family}:1`, { timeout: 45_000 });
  await expect(row).toContainText('deployment failed: tasks failed to start.', { timeout: 30_000 });
  await expect(row).toContainText('Unhealthy');

  const why = page.getByRole('region', { name: /Why is it failing/ });
  await why.getByLabel('Filter stopped reasons').fill(service);
  const reason = why.getByRole('row').filter({ hasText: 'Essential container in task exited' });
  await expect(reason).toContainText('2');
  await expect(reason).toContainText('EssentialContainerExited');
  await expect(reason).toContainText(`${family}:2`);
  await expect(reason.getByRole('link', { name: service })).toHaveAttribute('href', `/clusters/${cluster}/services/${service}`);
  await page.screenshot({ path: 'test-results/dashboard-rollback.png', fullPage: true });

  // A click goes to the service.
  await row.getByRole('link', { name: service, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/clusters/${cluster}/services/${service}$`));
});

test('the dashboard refreshes by hand and filters to unhealthy services', async ({ page }) => {
  test.setTimeout(90_000);
  // Its own services, one healthy and one crash-looping (no breaker), in a cluster whose name the filter keeps.
  const cluster = uniqueName('dashf');
  const family = uniqueName('dashffam');
  await client.send(new CreateClusterCommand({ clusterName: cluster }));
  await client.send(new RegisterTaskDefinitionCommand(taskDefinition(family)));
  await client.send(
    new RegisterTaskDefinitionCommand(taskDefinition(family, { 'ecs-local.exit-code': '2', 'ecs-local.exit-after': '1' })),
  );
  for (const [serviceName, revision] of [
    ['calm', 1],
    ['crashy', 2],
  ] as const)
    await client.send(
      new CreateServiceCommand({
        cluster,
        serviceName,
        taskDefinition: `${family}:${revision}`,
        desiredCount: 1,
        launchType: 'FARGATE',
        networkConfiguration: NETWORK,
      }),
    );
  await expect
    .poll(() => rolloutStates(cluster, 'calm'), { timeout: 30_000, intervals: [500] })
    .toEqual([`${family}:1 COMPLETED`]);

  await page.goto('/dashboard');
  await expect(page.getByText(/Last updated/)).toBeVisible();
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByRole('button', { name: 'Refresh' })).toBeEnabled();
  await page.getByLabel('Filter services').fill(cluster);
  const services = page.getByRole('region', { name: /^Services \(/ });
  const rowIn = (region: typeof services, name: string) =>
    region.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
  await expect(rowIn(services, 'crashy')).toContainText('Unhealthy', { timeout: 30_000 });
  await expect(rowIn(services, 'calm')).toContainText('Healthy');
  await expect(rowIn(services, 'calm')).not.toContainText('Unhealthy');

  await page.getByLabel('Unhealthy only').check();
  const unhealthy = page.getByRole('region', { name: /Unhealthy services/ });
  // Exactly this test's crash-looping service is left: the header row and its row.
  await expect(unhealthy.getByRole('row')).toHaveCount(2);
  await expect(rowIn(unhealthy, 'crashy')).toContainText('Unhealthy');
  await expect(rowIn(unhealthy, 'calm')).toHaveCount(0);
});
