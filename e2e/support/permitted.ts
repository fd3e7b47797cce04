// Checks for controls a role may or may not use. A page can show the same control more than once (the clusters
// page has "Create cluster" in the table header and, while there are no clusters, in the empty table), so these
// check every match, and never depend on what earlier tests left in the engine.
import { expect, type Locator, type Page } from '@playwright/test';

/** At least one element matches, and every one passes `check`. */
export async function expectEvery(locator: Locator, check: (one: Locator) => Promise<void>): Promise<void> {
  await expect(locator.first()).toBeAttached();
  for (const one of await locator.all()) await check(one);
}

/** Every control named `name` is a visible link, and none is a (disabled) button. */
export async function expectAllowed(page: Page, name: string): Promise<void> {
  await expectEvery(page.getByRole('link', { name, exact: true }), (link) => expect(link).toBeVisible());
  await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
}

/** Every control named `name` is a disabled button whose tooltip is `reason`, and none is a link. */
export async function expectRefused(page: Page, name: string, reason: string): Promise<void> {
  await expectEvery(page.getByRole('button', { name, exact: true }), async (button) => {
    await expect(button).toBeDisabled();
    await expect(button).toHaveAttribute('title', reason);
  });
  await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
}
