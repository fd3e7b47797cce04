// Service auto scaling in a real browser against the local engine (time scale 0.1, so a target tracking alarm needs
// one minute of datapoints instead of three): create a service with target tracking on CPU in the create form's
// "Service auto scaling" section, raise its load with the service's `ecs-local.cpu-percent` tag, and watch the
// desired and running counts rise to the maximum without a reload, with the scaling activities in the Auto scaling
// panel in AWS's words.
import {
  CreateClusterCommand,
  DescribeServicesCommand,
  RegisterTaskDefinitionCommand,
  TagResourceCommand,
} from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { fargateTaskDefinition } from '../api/fixtures';
import { ecsClient, uniqueName } from '../support/ecs';

const ecs = ecsClient();

test('target tracking set up in Create service scales the service out as its CPU rises, live', async ({ page }) => {
  // Generous waits: the engine is shared with the whole suite, whose load slows its per-minute metrics and alarms.
  test.setTimeout(480_000);
  const cluster = uniqueName('as');
  const family = uniqueName('web');
  const service = 'web';
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family, { 'ecs-local.cpu-percent': '20' })));

  await page.goto(`/clusters/${cluster}/services/new`);
  await page.getByLabel('Task definition family').selectOption(family);
  await page.getByLabel('Service name').fill(service);
  await page.getByLabel('Desired tasks').fill('1');
  await page.getByLabel('Subnets').fill('subnet-0a1b2c3d');
  await page.getByLabel('Security groups').fill('sg-0a1b2c3d');
  await page.getByLabel('Use service auto scaling').check();
  await page.getByLabel('Maximum number of tasks').fill('3');
  // A desired count outside the range is refused with the field named, and the section keeps what was typed.
  await page.getByLabel('Minimum number of tasks').fill('2');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(
    page.getByText('Desired tasks must be between the minimum (2) and the maximum (3) number of tasks.'),
  ).toBeVisible();
  await expect(page.getByLabel('Use service auto scaling')).toBeChecked();
  await expect(page.getByLabel('Maximum number of tasks')).toHaveValue('3');
  await page.getByLabel('Minimum number of tasks').fill('1');
  await page.getByLabel('Policy name').fill('cpu50');
  await page.getByLabel('Target value').fill('50');
  await page.getByLabel('Scale-out cooldown period').fill('60');
  await page.getByRole('button', { name: 'Create', exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`/clusters/${cluster}/services/${service}$`));
  await expect(page.getByText('Service auto scaling keeps 1 to 3 tasks with policy cpu50.')).toBeVisible();
  const counts = page.getByTestId('service-task-counts');
  await expect(counts).toHaveText('1/1 Tasks running', { timeout: 15_000 });
  const panel = page.getByRole('region', { name: 'Auto scaling' });
  await expect(panel.getByText('Minimum number of tasks')).toBeVisible();
  await expect(panel.getByRole('row').filter({ hasText: 'cpu50' })).toContainText('ECSServiceAverageCPUUtilization = 50');

  await page.evaluate(() => {
    (window as unknown as { __noReload?: boolean }).__noReload = true;
  });
  const { services } = await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }));
  await ecs.send(
    new TagResourceCommand({
      resourceArn: services?.[0].serviceArn,
      tags: [{ key: 'ecs-local.cpu-percent', value: '90' }],
    }),
  );
  // 90 % against a target of 50: ceil(1 × 90 / 50) = 2, then ceil(2 × 90 / 50) = 4, held at the maximum of 3.
  await expect(counts).toHaveText('2/2 Tasks running', { timeout: 240_000 });
  await expect(counts).toHaveText('3/3 Tasks running', { timeout: 180_000 });
  const activities = page.getByRole('region', { name: /^Scaling activities/ });
  const first = activities.getByRole('row').filter({ hasText: 'Setting desired count to 2.' });
  await expect(first).toContainText(
    new RegExp(
      `monitor alarm TargetTracking-service/${cluster}/${service}-AlarmHigh-[0-9a-f-]+ in state ALARM triggered policy cpu50`,
    ),
  );
  await expect(first).toContainText('Successful');
  await expect(activities.getByRole('row').filter({ hasText: 'Setting desired count to 3.' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);

  // The utilization charts draw the policy's target and name the scaling activities on the same time axis.
  await expect(page.getByRole('figure', { name: 'CPU utilization' })).toContainText('scaling target 50%', { timeout: 40_000 });
  const marks = page.getByRole('list', { name: 'Scaling activities in this range' });
  // The charts refresh every 30 s (METRICS_POLL_MS): the last activity may take one refresh to appear.
  await expect(marks.getByRole('listitem').filter({ hasText: 'Setting desired count to 2.' })).toBeVisible({ timeout: 70_000 });
  await expect(marks.getByRole('listitem').filter({ hasText: 'Setting desired count to 3.' })).toBeVisible({ timeout: 70_000 });

  // The dashboard marks the service pinned at its maximum.
  await page.goto('/dashboard');
  await page.getByLabel('Filter services').fill(cluster);
  const row = page
    .getByRole('region', { name: /^Services \(/ })
    .getByRole('row')
    .filter({ hasText: cluster });
  await expect(row).toContainText('3 / 3');
  await expect(row).toContainText('At maximum', { timeout: 40_000 });

  // Update service with the section turned off deregisters the target: the panel says auto scaling is off.
  await page.goto(`/clusters/${cluster}/services/${service}/update`);
  const toggle = page.getByLabel('Use service auto scaling');
  await expect(toggle).toBeChecked();
  await expect(page.getByLabel('Policy name')).toHaveValue('cpu50');
  await expect(page.getByLabel('Maximum number of tasks')).toHaveValue('3');
  await toggle.uncheck();
  await page.getByRole('button', { name: 'Update', exact: true }).click();
  await expect(page.getByText('Service auto scaling has been turned off.', { exact: false })).toBeVisible();
  await expect(panel.getByText('Service auto scaling is not configured.', { exact: false })).toBeVisible();
});
