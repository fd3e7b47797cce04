// axe-core over the console's main pages in real Chromium, in light and in dark mode: no serious or critical
// violation of WCAG 2.1 A/AA. One cluster with a service and tasks, and one task definition, give every page content.

import { CreateClusterCommand, CreateServiceCommand, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { THEME_COOKIE } from '../../components/shell/theme';
import { E2E_CONSOLE_PORT } from '../../playwright.config';
import { fargateTaskDefinition } from '../api/fixtures';
import { ecsClient, uniqueName } from '../support/ecs';

const ecs = ecsClient();
const cluster = uniqueName('a11y');
const family = uniqueName('a11yfam');

test.beforeAll(async () => {
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  await ecs.send(
    new CreateServiceCommand({
      cluster,
      serviceName: 'web',
      taskDefinition: family,
      desiredCount: 1,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-e2e'], securityGroups: ['sg-e2e'] } },
    }),
  );
});

const PAGES = [
  '/clusters',
  `/clusters/${cluster}/services`,
  `/clusters/${cluster}/tasks`,
  `/clusters/${cluster}/services/web`,
  '/task-definitions',
  `/task-definitions/${family}`,
  `/task-definitions/${family}/1`,
  '/task-definitions/new',
  '/dashboard',
  '/audit',
  '/no-such-page',
];

async function seriousViolations(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Let polling tables settle on their first answer.
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${path}: ${v.id} (${v.impact}) ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary}`,
    );
}

for (const theme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violations in ${theme} mode`, async ({ page, context }) => {
    test.setTimeout(120_000);
    await context.addCookies([{ name: THEME_COOKIE, value: theme, url: `http://127.0.0.1:${E2E_CONSOLE_PORT}` }]);
    const found: string[] = [];
    for (const path of PAGES) found.push(...(await seriousViolations(page, path)));
    expect(found).toEqual([]);
  });
}
