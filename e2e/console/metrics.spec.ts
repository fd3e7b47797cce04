// Utilization charts in a real browser: a cluster with no tasks shows both charts without data; a service whose
// tasks ask for 40 % CPU shows charts drawn with data once its first minute is published, and keeps them on 1w.
import { CreateClusterCommand, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { paths } from '../../lib/paths';
import { fargateTaskDefinition } from '../api/fixtures';
import { ecsClient, uniqueName } from '../support/ecs';
import { createFargateService } from '../support/telemetry';

const ecs = ecsClient();

test('a cluster without tasks shows its CPU and memory charts with no data', async ({ page }) => {
  const cluster = uniqueName('quiet');
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  await page.goto(paths.clusterMetrics(cluster));
  await expect(page.getByRole('tab', { name: 'Metrics', selected: true })).toBeVisible();
  for (const title of ['CPU utilization', 'Memory utilization']) {
    const chart = page.getByRole('figure', { name: title });
    await expect(chart).toContainText('No data available');
    await expect(chart.locator('canvas')).toHaveCount(0);
  }
});

test('a busy service’s Health and metrics tab draws its utilization, live, over any range', async ({ page }) => {
  test.setTimeout(150_000);
  const cluster = uniqueName('busy');
  const family = uniqueName('busyfam');
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  await ecs.send(
    new RegisterTaskDefinitionCommand(
      fargateTaskDefinition(family, { 'ecs-local.cpu-percent': '40', 'ecs-local.memory-percent': '70' }),
    ),
  );
  await createFargateService(ecs, cluster, 'web', family, 1);
  // The page is open before the first datapoint exists: the charts fill in by themselves.
  await page.goto(paths.serviceMetrics(cluster, 'web'));
  await expect(page.getByRole('tab', { name: 'Health and metrics', selected: true })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'CPU utilization' })).toContainText('No data available');
  // The publisher sums up each minute when it ends, and the tab polls every 30 s: within two minutes, no reload.
  const cpu = page.getByRole('figure', { name: 'CPU utilization' });
  await expect(cpu).toContainText('Latest: average 40%, maximum 40%', { timeout: 120_000 });
  await expect(cpu.locator('canvas')).toHaveCount(1);
  await expect(page.getByRole('figure', { name: 'Memory utilization' })).toContainText('average 70%');
  await expect(page.getByLabel('Deployments in this range')).toContainText('Deployment');
  await page.screenshot({ path: 'test-results/service-metrics.png', fullPage: true });

  await page.getByRole('navigation', { name: 'Time range' }).getByRole('link', { name: '1w' }).click();
  await expect(page).toHaveURL(/range=1w/);
  await expect(page.getByRole('figure', { name: 'CPU utilization' }).locator('canvas')).toHaveCount(1);
});
