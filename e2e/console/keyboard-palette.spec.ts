// Keyboard-first in real Chromium: the command palette (Ctrl+K, its code fetched on first use) finds a service by a
// fragment across clusters and opens it, recent items first next time; `?` lists the shortcuts, `/` focuses the
// filter, `g t` / `g d` / `g c` go to task definitions, the dashboard and clusters. Tab on a service or task lists
// its actions, which run through the pages' server actions and confirmations.
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DescribeServicesCommand,
  DescribeTasksCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import { expect, type Page, test } from '@playwright/test';
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
  // The rows come with the server's HTML; the shortcuts listen once the page has hydrated, which a loaded machine
  // can take a while to do: press j from no focused row until the first row takes it.
  await expect(async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('j');
    await expect(links.nth(0)).toBeFocused({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(links.nth(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/clusters/${prefix}-b`));
});

/** Opens the palette, finds `name`, and lists its actions with Tab. */
async function paletteActionsFor(page: Page, name: string) {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Go to a resource' });
  await palette.getByRole('combobox').fill(name);
  await expect(palette.getByRole('option').first()).toContainText(name);
  await page.keyboard.press('Tab');
  return page.getByRole('dialog', { name: new RegExp(`^Actions for (service|task) ${name}$`) });
}

test('Tab on a service or task in the palette runs its actions: stop, scale, update to latest, force deployment', async ({
  page,
}) => {
  const cluster = uniqueName('palact');
  const family = uniqueName('palactfam');
  const service = uniqueName('palact-svc');
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  await ecs.send(
    new CreateServiceCommand({
      cluster,
      serviceName: service,
      taskDefinition: `${family}:1`,
      desiredCount: 1,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-e2e'] } },
    }),
  );
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  let taskArn = '';
  await expect(async () => {
    taskArn = (await ecs.send(new ListTasksCommand({ cluster, serviceName: service }))).taskArns?.[0] ?? '';
    expect(taskArn).not.toBe('');
  }).toPass({ timeout: 30_000 });
  const taskId = taskArn.split('/').pop() ?? '';
  const described = async () => (await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }))).services?.[0];

  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.waitForLoadState('networkidle');

  // Stop the task: the tasks table's typed confirmation, then the task's page.
  let actions = await paletteActionsFor(page, taskId);
  await expect(actions.getByRole('option')).toHaveText([/^Open /, /^Stop task…/]);
  // Escape goes back to the search, not out of the palette.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Go to a resource' })).toBeVisible();
  await page.keyboard.press('Tab');
  await actions.getByRole('combobox').fill('stop');
  await page.keyboard.press('Enter');
  const stop = page.getByRole('dialog', { name: 'Stop task?' });
  await stop.getByLabel('Reason for stopping - optional').fill('stopped from the palette');
  await stop.getByRole('textbox', { name: /To confirm/ }).fill('stop');
  await stop.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/clusters/${cluster}/tasks/${taskId}$`));
  const task = (await ecs.send(new DescribeTasksCommand({ cluster, tasks: [taskId] }))).tasks?.[0];
  expect(task?.desiredStatus).toBe('STOPPED');
  expect(task?.stoppedReason).toBe('stopped from the palette');

  // Scale: the service page's form, with the live counts.
  actions = await paletteActionsFor(page, service);
  await expect(actions.getByRole('option')).toHaveText([
    /^Open /,
    /^Scale service…/,
    /^Force new deployment…/,
    new RegExp(`^Update to the latest revision \\(${family}:2\\)…`),
  ]);
  await actions.getByRole('combobox').fill('scale');
  await page.keyboard.press('Enter');
  const scale = page.getByRole('dialog', { name: `Scale service ${service}` });
  await scale.getByLabel('Desired tasks').fill('2');
  await scale.getByRole('button', { name: 'Set desired tasks' }).click();
  await expect(scale.getByRole('status').filter({ hasText: 'desired tasks set to 2' })).toBeVisible();
  expect((await described())?.desiredCount).toBe(2);
  await scale.getByRole('button', { name: 'Close' }).click();

  // Update to the latest revision, then the service page with its flash.
  actions = await paletteActionsFor(page, service);
  await actions.getByRole('combobox').fill('latest');
  await page.keyboard.press('Enter');
  const update = page.getByRole('dialog', { name: `Update service ${service} to ${family}:2` });
  await expect(update).toContainText(`runs ${family}:1`);
  await update.getByRole('button', { name: 'Update service' }).click();
  await expect(page).toHaveURL(new RegExp(`/clusters/${cluster}/services/${service}$`));
  await expect(page.getByText(`Service ${service} is being updated to ${family}:2.`)).toBeVisible();
  expect((await described())?.taskDefinition).toMatch(new RegExp(`:task-definition/${family}:2$`));

  // Force a new deployment.
  const before = (await described())?.deployments?.map((d) => d.id) ?? [];
  actions = await paletteActionsFor(page, service);
  await actions.getByRole('combobox').fill('force');
  await page.keyboard.press('Enter');
  await page
    .getByRole('dialog', { name: `Force new deployment of ${service}` })
    .getByRole('button', { name: 'Force new deployment' })
    .click();
  await expect(
    page.getByText(`A new deployment of service ${service} has started with its current task definition.`),
  ).toBeVisible();
  const primary = (await described())?.deployments?.find((d) => d.status === 'PRIMARY');
  expect(before).not.toContain(primary?.id);
});
