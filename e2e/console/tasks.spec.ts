// Tasks in a real browser against the local engine (time scale 0.1): run a one-off task with a command override,
// stop it from its page with a reason and see the reason; select tasks in the Tasks tab and stop them.
import { CreateClusterCommand, RegisterTaskDefinitionCommand, RunTaskCommand } from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { fargateTaskDefinition } from '../api/fixtures';
import { ecsClient, uniqueName } from '../support/ecs';

const ecs = ecsClient();

test('run a one-off task, then stop it with a reason that the task page shows', async ({ page }) => {
  const cluster = uniqueName('tasks');
  const family = uniqueName('job');
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));

  await page.goto(`/clusters/${cluster}/tasks`);
  await page.getByRole('link', { name: 'Run new task' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Run new task' })).toBeVisible();
  await page.getByLabel('Task definition family').selectOption(family);
  await expect(page.getByLabel('Task definition revision')).toHaveValue('1');
  await page.getByLabel('Desired tasks').fill('11');
  await page.getByLabel('Subnets').fill('subnet-0a1b2c3d');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByText('You can run up to 10 tasks at a time.')).toBeVisible();
  await page.getByLabel('Desired tasks').fill('1');
  await page.getByLabel('Subnets').fill('subnet-0a1b2c3d');
  await page.getByLabel('Command override (web)').fill('nginx,-g,daemon off;');
  await page.getByRole('button', { name: 'Create', exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`/clusters/${cluster}/tasks/[0-9a-f]{32}$`));
  const overview = page
    .getByRole('region', { name: 'Task overview' })
    .or(page.locator('section', { hasText: 'Task overview' }).first());
  await expect(overview.getByText('Running').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(/^eni-/)).toBeVisible();

  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Reason for stopping - optional').fill('Stopped by the e2e test');
  const stop = dialog.getByRole('button', { name: 'Stop', exact: true });
  await expect(stop).toBeDisabled();
  await dialog.getByLabel(/To confirm, type/).fill('stop');
  await stop.click();
  await expect(page.getByText('Stopped by the e2e test')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('UserInitiated')).toBeVisible();
  await expect(page.getByRole('table').filter({ hasText: 'Container name' })).toContainText('Stopped', { timeout: 15_000 });
});

test('select tasks in the Tasks tab and stop them with a typed confirmation', async ({ page }) => {
  const cluster = uniqueName('tasks');
  const family = uniqueName('job');
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  const run = await ecs.send(
    new RunTaskCommand({
      cluster,
      taskDefinition: family,
      count: 2,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
    }),
  );
  const [first, second] = (run.tasks ?? []).map((t) => t.taskArn?.split('/').pop() ?? '');

  await page.goto(`/clusters/${cluster}/tasks`);
  const table = page.getByRole('region', { name: /^Tasks/ });
  await expect(table.getByRole('row').filter({ hasText: first })).toContainText('Running', { timeout: 15_000 });
  await table.getByLabel(`Select task ${first}`).check();
  await table.getByRole('button', { name: 'Stop', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/To confirm, type/).fill('stop');
  await dialog.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(table.getByRole('row').filter({ hasText: first })).toHaveCount(0, { timeout: 15_000 });
  await expect(table.getByRole('row').filter({ hasText: second })).toBeVisible();

  await page.getByLabel('Filter desired status').selectOption('STOPPED');
  await expect(table.getByRole('row').filter({ hasText: first })).toContainText('Stopped', { timeout: 15_000 });
});

test("a task definition's Deploy picks a cluster and opens Run task or Create service with that revision", async ({ page }) => {
  const cluster = uniqueName('deploy');
  const family = uniqueName('job');
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family, { stage: 'two' })));

  await page.goto(`/task-definitions/${family}/1/deploy`);
  await page.getByLabel('Existing cluster').selectOption(cluster);
  await page.getByRole('link', { name: 'Run task' }).click();
  await expect(page).toHaveURL(new RegExp(`/clusters/${cluster}/run-task\\?taskDefinition=${family}(%3A|:)1$`));
  await expect(page.getByLabel('Task definition family')).toHaveValue(family);
  // Revision 1 as chosen, not the latest (2).
  await expect(page.getByLabel('Task definition revision')).toHaveValue('1');

  await page.goto(`/task-definitions/${family}/2/deploy`);
  await page.getByLabel('Existing cluster').selectOption(cluster);
  await page.getByRole('link', { name: 'Create service' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create service' })).toBeVisible();
  await expect(page.getByLabel('Task definition revision')).toHaveValue('2');
});
