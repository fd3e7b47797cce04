// Clusters in a real browser against the local engine: create (name checked as you type), list, open, update
// Container Insights and tags in place, delete with the typed name, and ECS's refusal while a service exists.
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DeleteClusterCommand,
  DeleteServiceCommand,
  DescribeClustersCommand,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { ecsClient, uniqueName } from '../support/ecs';

const ecs = ecsClient();

test('create a cluster, see it in the list, update it in place and delete it', async ({ page }) => {
  const name = uniqueName('console');
  await page.goto('/clusters');
  await expect(page.getByRole('heading', { name: /^Clusters \(\d+\)$/ })).toBeVisible();
  await page.getByRole('link', { name: 'Create cluster' }).first().click();

  const nameInput = page.getByLabel('Cluster name');
  await nameInput.fill('bad name!');
  await expect(nameInput).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Cluster name can only contain letters, numbers, hyphens (-) and underscores (_).')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create', exact: true })).toBeDisabled();
  await nameInput.fill(name);
  await expect(nameInput).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await page.getByLabel('Key').fill('team');
  await page.getByLabel('Value - optional').fill('web');
  await page.getByRole('button', { name: 'Create', exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`/clusters/${name}/services$`));
  await expect(page.getByRole('status').filter({ hasText: `Cluster ${name} has been created successfully.` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(
    page
      .getByText(`arn:aws:ecs:us-east-1:000000000000:cluster/${name}`)
      .or(page.getByText(`cluster/${name}`))
      .first(),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Clusters', exact: true }).first().click();
  await page.getByLabel('Filter clusters').fill(name);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name }) });
  await expect(row).toContainText('No tasks running');
  await expect(row).toContainText('FARGATE');
  await row.getByRole('link', { name }).click();

  await page.getByRole('tab', { name: 'Configuration' }).click();
  await page.getByLabel('Container Insights with enhanced observability').check();
  await page.getByRole('button', { name: 'Save monitoring' }).click();
  await expect(page.getByText(`Cluster ${name} monitoring has been updated successfully.`)).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Cluster overview' }).or(page.locator('section', { hasText: 'Cluster overview' })),
  ).toContainText('Container Insights with enhanced observability');

  await page.getByRole('tab', { name: 'Tags' }).click();
  await expect(page.getByLabel('Key')).toHaveValue('team');
  await page.getByLabel('Value - optional').fill('platform');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await page.getByLabel('Key').nth(1).fill('env');
  await page.getByLabel('Value - optional').nth(1).fill('test');
  await page.getByRole('button', { name: 'Save tags' }).click();
  await expect(page.getByText(`Tags for cluster ${name} have been updated successfully.`)).toBeVisible();
  const described = await ecs.send(new DescribeClustersCommand({ clusters: [name], include: ['TAGS', 'SETTINGS'] }));
  expect(described.clusters?.[0]?.tags).toEqual(
    expect.arrayContaining([
      { key: 'team', value: 'platform' },
      { key: 'env', value: 'test' },
    ]),
  );
  expect(described.clusters?.[0]?.settings).toEqual([{ name: 'containerInsights', value: 'enhanced' }]);

  await page.getByRole('button', { name: 'Delete cluster' }).click();
  const dialog = page.getByRole('dialog');
  const confirm = dialog.getByRole('button', { name: 'Delete', exact: true });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/To confirm, type/).fill(`${name}x`);
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/To confirm, type/).fill(name);
  await confirm.click();
  await expect(page).toHaveURL(/\/clusters$/);
  await expect(page.getByRole('status').filter({ hasText: `Cluster ${name} has been deleted successfully.` })).toBeVisible();
  await page.getByLabel('Filter clusters').fill(name);
  await expect(page.getByRole('link', { name })).toHaveCount(0);
});

test('delete is refused while the cluster has a service, and the refusal is shown', async ({ page }) => {
  const name = uniqueName('busy');
  await ecs.send(new CreateClusterCommand({ clusterName: name, capacityProviders: ['FARGATE', 'FARGATE_SPOT'] }));
  const family = uniqueName('td');
  await ecs.send(
    new RegisterTaskDefinitionCommand({
      family,
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      containerDefinitions: [{ name: 'web', image: 'nginx:latest', essential: true }],
    }),
  );
  await ecs.send(
    new CreateServiceCommand({
      cluster: name,
      serviceName: 'web',
      taskDefinition: family,
      desiredCount: 0,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-12345678'] } },
    }),
  );
  try {
    await page.goto(`/clusters/${name}`);
    await page.getByRole('button', { name: 'Delete cluster' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('1 active service');
    await dialog.getByLabel(/To confirm, type/).fill(name);
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('The Cluster cannot be deleted while Services are active.');
    const described = await ecs.send(new DescribeClustersCommand({ clusters: [name] }));
    expect(described.clusters?.[0]?.status).toBe('ACTIVE');
  } finally {
    await ecs.send(new DeleteServiceCommand({ cluster: name, service: 'web', force: true }));
    await ecs.send(new DeleteClusterCommand({ cluster: name })).catch(() => undefined);
  }
});

test('an unknown cluster shows a not-found panel that links back to the list', async ({ page }) => {
  await page.goto(`/clusters/${uniqueName('missing')}/services`);
  await expect(page.getByText('Cluster not found')).toBeVisible();
  await expect(page.getByRole('link', { name: 'View clusters' })).toBeVisible();
});
