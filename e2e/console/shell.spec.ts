// The console shell: the live target in the header, Region selection, theme, navigation and the home redirect.
import { expect, test } from '@playwright/test';

test('the header shows the local engine and the Region; / opens Clusters', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/clusters$/);
  await expect(page.getByTestId('target-badge')).toHaveText(/Local engine/);
  // The engine's GET /health names its live runtime; the suites' engine runs the simulated one.
  await expect(page.getByTestId('engine-runtime')).toHaveText(/simulated containers/);
  await expect(page.getByLabel('Region')).toHaveValue('us-east-1');
  const nav = page.getByRole('navigation', { name: 'Amazon ECS' });
  await expect(nav.getByRole('link', { name: 'Clusters' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Task definitions' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toBeVisible();
});

test('switching Region lists that Region and is remembered', async ({ page, context }) => {
  await page.goto('/clusters');
  await page.getByLabel('Region').selectOption('eu-west-3');
  await expect(page.getByRole('heading', { name: 'Clusters (0)' })).toBeVisible();
  await expect(page.getByText('No clusters to display in this Region.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Region')).toHaveValue('eu-west-3');
  expect((await context.cookies()).find((c) => c.name === 'ecs-region')?.value).toBe('eu-west-3');
});

test('the theme toggle switches to dark and the server renders it after reload', async ({ page }) => {
  await page.goto('/clusters');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  const response = await page.reload();
  expect(await response?.text()).toMatch(/<html[^>]*class="dark"/);
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
});
