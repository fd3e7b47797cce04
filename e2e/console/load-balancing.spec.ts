// Load balancing in a real browser against the local engine (time scale 0.1): create a Fargate service with a new
// Application Load Balancer, listener and target group from the Create service form, then watch the service page's
// Load balancing panel show both tasks' targets becoming healthy, without reloading.
import { CreateClusterCommand, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { fargateTaskDefinition } from '../api/fixtures';
import { ecsClient, uniqueName } from '../support/ecs';

const ecs = ecsClient();

test('create a service with a new Application Load Balancer and watch its targets become healthy', async ({ page }) => {
  test.setTimeout(90_000);
  const cluster = uniqueName('lbsvc');
  const family = uniqueName('lbweb');
  const lbName = uniqueName('alb').slice(0, 24);
  const tgName = uniqueName('tg').slice(0, 24);
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));

  await page.goto(`/clusters/${cluster}/services/new?taskDefinition=${family}:1`);
  await expect(page.getByRole('heading', { level: 1, name: 'Create service' })).toBeVisible();
  await page.getByLabel('Service name').fill('web');
  await page.getByLabel('Desired tasks').fill('2');
  await page.getByLabel('Subnets').fill('subnet-0a1b2c3d, subnet-0e1f2a3b');
  await expect(page.getByRole('radio', { name: /^None/ })).toBeChecked();
  await page.getByRole('radio', { name: /^Application Load Balancer/ }).check();
  await expect(page.getByLabel('Container to load balance')).toHaveValue('web:80');
  // Other tests share the engine, so existing load balancers may be offered too; a new one is the default.
  await expect(page.getByRole('radio', { name: /^Create a new load balancer/ })).toBeChecked();
  await page.getByLabel('Load balancer name').fill(lbName);
  await page.getByLabel('Listener port (HTTP)').fill('18081');
  await page.getByLabel('Target group name').fill(tgName);
  await expect(page.getByLabel('Health check path')).toHaveValue('/');
  await page.getByRole('button', { name: 'Create', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'web' })).toBeVisible();
  await expect(page.getByText(`Created load balancer ${lbName}, target group ${tgName} and listener HTTP:18081.`)).toBeVisible();
  const panel = page.getByRole('region', { name: /^Load balancing/ });
  await expect(panel.getByText(tgName, { exact: true })).toBeVisible();
  await expect(panel.getByText(`${lbName} (Application)`)).toBeVisible();
  await expect(panel.getByText('Listener HTTP:18081')).toBeVisible();
  await expect(panel.getByText(new RegExp(`Default: If no other rule applies → Forward to ${tgName}`))).toBeVisible();
  const targets = panel.getByRole('region', { name: /^Targets/ });
  await expect(targets.getByRole('row').filter({ hasText: 'Healthy' })).toHaveCount(2, { timeout: 30_000 });
  await expect(
    targets
      .getByRole('row')
      .filter({ hasText: /10\.0\.\d+\.\d+/ })
      .first()
      .getByRole('link'),
  ).toBeVisible();
});
