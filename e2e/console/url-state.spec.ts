// Filters, sort and page live in the URL in real Chromium: a reload, a shared link and Back to the list keep the view.
import { CreateClusterCommand } from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { ecsClient, uniqueName } from '../support/ecs';

const ecs = ecsClient();

test('a list keeps its filter and sort across reload, a shared link and Back', async ({ page, browser }) => {
  const prefix = uniqueName('urlst');
  const names = [`${prefix}-a`, `${prefix}-b`, `${prefix}-c`];
  await Promise.all(names.map((clusterName) => ecs.send(new CreateClusterCommand({ clusterName }))));

  await page.goto('/clusters');
  await page.getByLabel('Filter clusters').fill(prefix);
  const table = page.getByRole('table', { name: /^Clusters/ });
  const clusterLinks = table.getByRole('link', { name: new RegExp(`^${prefix}`) });
  await expect(clusterLinks).toHaveText(names);
  // Sorted by name ascending by default: one click turns it round.
  await table.getByRole('button', { name: /^Cluster/ }).click();
  await expect(clusterLinks).toHaveText([...names].reverse());
  await expect(page).toHaveURL(new RegExp(`clusters\\.filter=${prefix}`));
  await expect(page).toHaveURL(/clusters\.sort=-name/);

  await page.reload();
  await expect(page.getByLabel('Filter clusters')).toHaveValue(prefix);
  await expect(clusterLinks).toHaveText([...names].reverse());

  // Back from a cluster returns to the same filtered, sorted list.
  await clusterLinks.first().click();
  await expect(page).toHaveURL(new RegExp(`/clusters/${names[2]}`));
  await page.goBack();
  await expect(page.getByLabel('Filter clusters')).toHaveValue(prefix);
  await expect(clusterLinks).toHaveText([...names].reverse());

  // A shared link opens the same view in a fresh browser context.
  const shared = await browser.newPage();
  await shared.goto(page.url());
  await expect(shared.getByLabel('Filter clusters')).toHaveValue(prefix);
  await expect(shared.getByRole('table', { name: /^Clusters/ }).getByRole('link', { name: new RegExp(`^${prefix}`) })).toHaveText(
    [...names].reverse(),
  );
  await shared.close();
});
