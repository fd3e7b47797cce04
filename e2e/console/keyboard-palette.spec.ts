// Keyboard-first in real Chromium: the command palette (Ctrl+K, its code fetched on first use) finds a service by a
// fragment across clusters and opens it, recent items first next time; `?` lists the shortcuts, `/` focuses the
// filter, `g t` / `g d` / `g c` go to task definitions, the dashboard and clusters.
import { CreateClusterCommand, CreateServiceCommand, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { fargateTaskDefinition } from '../api/fixtures';
import { ecsClient, uniqueName } from '../support/ecs';

const ecs = ecsClient();

test('Ctrl+K finds a service by a fragment in any cluster and opens it; recent items come first', async ({ page }) => {
  const cluster = uniqueName('pal');
  const family = uniqueName('palfam');
  const service = uniqueName('checkout');
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  await ecs.send(
    new CreateServiceCommand({
      cluster,
      serviceName: service,
      taskDefinition: family,
      desiredCount: 0,
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-e2e'] } },
    }),
  );
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Go to a resource' });
  const search = palette.getByRole('combobox', { name: /Search clusters, services/ });
  await expect(search).toBeFocused();
  expect(scripts.length, 'the palette code loads when first opened').toBeGreaterThan(0);
  await search.fill(service.slice(2, 12));
  const option = palette.getByRole('option').filter({ hasText: service });
  await expect(option).toContainText(`Service · Service in ${cluster}`);
  await expect(palette.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await search.fill(`${cluster} ${service.slice(-6)}`);
  await expect(palette.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/clusters/${cluster}/services/${service}$`));
  await expect(palette).toBeHidden();

  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Go to a resource' }).getByRole('option').first()).toContainText(service);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Go to a resource' })).toBeHidden();
});

test('? lists the shortcuts, / focuses the filter, g t / g d / g c navigate', async ({ page }) => {
  await page.goto('/clusters');
  await expect(page.getByRole('heading', { level: 1, name: 'Clusters' })).toBeVisible();
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  // The shortcuts listen once the page is hydrated, which a loaded machine may finish after the heading shows.
  await expect(async () => {
    await page.keyboard.press('?');
    await expect(help).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(help.getByRole('rowheader', { name: 'g then t' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.keyboard.press('/');
  await expect(page.getByLabel('Filter clusters')).toBeFocused();
  // Typed into the filter, g and t are text, not shortcuts.
  await page.keyboard.type('gt');
  await expect(page.getByLabel('Filter clusters')).toHaveValue('gt');
  await page.getByLabel('Filter clusters').blur();

  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await expect(page).toHaveURL(/\/task-definitions$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Task definitions' })).toBeVisible();
  await page.keyboard.press('g');
  await page.keyboard.press('d');
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.keyboard.press('g');
  await page.keyboard.press('c');
  await expect(page).toHaveURL(/\/clusters$/);
});

test('j and k move through the table rows and Enter opens the row', async ({ page }) => {
  const prefix = uniqueName('jk');
  for (const suffix of ['a', 'b', 'c']) await ecs.send(new CreateClusterCommand({ clusterName: `${prefix}-${suffix}` }));
  await page.goto(`/clusters?clusters.filter=${prefix}`);
  const links = page.getByRole('table', { name: /^Clusters/ }).getByRole('link', { name: new RegExp(`^${prefix}`) });
  await expect(links).toHaveCount(3);
  await page.keyboard.press('j');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(links.nth(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/clusters/${prefix}-b`));
});
