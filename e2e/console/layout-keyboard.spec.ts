// The console on a phone and from the keyboard, in real Chromium: at 390 px the navigation is a drawer, the header
// stacks with the Region selector and theme toggle on screen and no page is wider than the viewport; the first Tab
// reaches a skip link that lands on the page; task tables stay inside their panel at 1440 px.
import { CreateClusterCommand, RegisterTaskDefinitionCommand, RunTaskCommand } from '@aws-sdk/client-ecs';
import { expect, type Page, test } from '@playwright/test';
import { fargateTaskDefinition } from '../api/fixtures';
import { ecsClient, uniqueName } from '../support/ecs';

const ecs = ecsClient();
const NETWORK = { awsvpcConfiguration: { subnets: ['subnet-e2e'], securityGroups: ['sg-e2e'] } };

async function clusterWithTasks(): Promise<{ cluster: string; family: string }> {
  const cluster = uniqueName('ux');
  const family = uniqueName('uxfam');
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  await ecs.send(
    new RunTaskCommand({ cluster, taskDefinition: family, count: 2, launchType: 'FARGATE', networkConfiguration: NETWORK }),
  );
  return { cluster, family };
}

function focusOutline(locator: ReturnType<Page['getByRole']>) {
  return locator.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      style: style.outlineStyle,
      width: Number.parseFloat(style.outlineWidth),
      offset: Number.parseFloat(style.outlineOffset),
    };
  });
}

/** How much wider than the viewport the page is (0 when nothing overflows). */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function expectInViewport(page: Page, locator: ReturnType<Page['getByLabel']>): Promise<void> {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box).not.toBeNull();
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the navigation is a drawer, the header controls stay on screen and no page overflows', async ({ page }) => {
    const { cluster, family } = await clusterWithTasks();
    await page.goto('/clusters');
    await expect(page.getByRole('heading', { level: 1, name: 'Clusters' })).toBeVisible();
    // The side navigation is gone; the menu button opens the same sections as a drawer.
    await expect(page.getByRole('navigation', { name: 'Amazon ECS' })).toBeHidden();
    await expectInViewport(page, page.getByLabel('Region'));
    await expectInViewport(page, page.getByRole('button', { name: /Switch to (dark|light) theme/ }));
    expect(await horizontalOverflow(page)).toBe(0);

    const menu = page.getByRole('button', { name: 'Open navigation' });
    await menu.click();
    const drawer = page.getByRole('dialog', { name: 'Navigation' });
    await expect(drawer.getByRole('link', { name: 'Clusters' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(menu).toBeFocused();
    await menu.click();
    await drawer.getByRole('link', { name: 'Task definitions' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Task definitions' })).toBeVisible();
    await expect(drawer).toBeHidden();
    expect(await horizontalOverflow(page)).toBe(0);

    for (const path of [
      '/dashboard',
      `/clusters/${cluster}/tasks`,
      `/task-definitions/${family}/1`,
      `/clusters/${cluster}/services`,
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await horizontalOverflow(page), `${path} is wider than the 390 px viewport`).toBe(0);
    }
  });
});

test('at 1440 px the tasks table stays inside its panel', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const { cluster } = await clusterWithTasks();
  await page.goto(`/clusters/${cluster}/tasks`);
  const table = page.getByRole('table', { name: /^Tasks/ });
  await expect(table.getByRole('row')).toHaveCount(3);
  expect(await horizontalOverflow(page)).toBe(0);
  const panel = page.getByRole('region', { name: /^Tasks/ });
  const [panelBox, tableBox] = await Promise.all([panel.boundingBox(), table.boundingBox()]);
  expect((tableBox?.x ?? 0) + (tableBox?.width ?? Infinity)).toBeLessThanOrEqual((panelBox?.x ?? 0) + (panelBox?.width ?? 0));
});

test('the first Tab reaches a skip link that moves focus past the header and navigation to the page', async ({ page }) => {
  await page.goto('/clusters');
  await expect(page.getByRole('heading', { level: 1, name: 'Clusters' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab lands inside the page, not on the header or the navigation.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(true);
});

test('primary buttons and tabs show a clear focus outline', async ({ page }) => {
  const { cluster } = await clusterWithTasks();
  await page.goto(`/clusters/${cluster}/services`);
  const tab = page.getByRole('tab', { name: 'Tasks' });
  await tab.focus();
  const outline = await focusOutline(tab);
  expect(outline.style).toBe('solid');
  expect(outline.width).toBeGreaterThanOrEqual(2);
  // Inset, so the tab strip's scroll container does not clip it.
  expect(outline.offset).toBeLessThan(0);
  const create = page.getByRole('link', { name: 'Create', exact: true }).first();
  await create.focus();
  const button = await focusOutline(create);
  expect(button.style).toBe('solid');
  expect(button.width).toBeGreaterThanOrEqual(3);
});

test('tabs follow the WAI-ARIA pattern: one Tab stop, arrow keys, Home and End move, Enter opens', async ({ page }) => {
  const { cluster } = await clusterWithTasks();
  await page.goto(`/clusters/${cluster}/services`);
  const tabs = page.getByRole('tablist', { name: 'Cluster details' });
  const services = tabs.getByRole('tab', { name: 'Services' });
  await expect(services).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.getByRole('tab', { name: 'Tasks' })).toHaveAttribute('tabindex', '-1');
  await services.focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Tasks' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(tabs.getByRole('tab', { name: 'Tags' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(services).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.getByRole('tab', { name: 'Tags' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(services).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/clusters/${cluster}/tasks$`));
  await expect(tabs.getByRole('tab', { name: 'Tasks' })).toHaveAttribute('aria-selected', 'true');
});
