// Logs in a real browser against the engine: a task's Logs tab with live tail (a new line on screen within 2 s, no
// reload), "Jump to latest", the filter pattern and Download; a service's merged Logs tab; and the last lines of a
// failing service's tasks next to the reason in "Why is it failing".
import fs from 'node:fs';
import { PutLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateClusterCommand, ListTasksCommand, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { expect, type Page, test } from '@playwright/test';
import { paths } from '../../lib/paths';
import { ecsClient, uniqueName } from '../support/ecs';
import { createFargateService, loggingTaskDefinition, logsClient, runTaskUntil, waitForLogLines } from '../support/telemetry';

const ecs = ecsClient();
const logs = logsClient();

async function setup(labels: Record<string, string> = {}) {
  const cluster = uniqueName('logs');
  const family = uniqueName('logfam');
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  await ecs.send(new RegisterTaskDefinitionCommand(loggingTaskDefinition(family, labels, {}, 'app')));
  return { cluster, family, group: `/ecs/${family}` };
}

async function runningTask(cluster: string, family: string): Promise<string> {
  return (await runTaskUntil(ecs, cluster, family, 'RUNNING')).split('/').pop() as string;
}

const logBox = (page: Page) => page.getByRole('log', { name: 'Log events' });

test('a task’s Logs tab tails new lines within 2 s, keeps the scroll position, filters and downloads', async ({ page }) => {
  test.setTimeout(90_000);
  const { cluster, family, group } = await setup({ 'ecs-local.log': 'orders service ready' });
  const id = await runningTask(cluster, family);
  const stream = `ecs/app/${id}`;
  // Enough earlier lines that the view scrolls.
  const now = Date.now();
  await logs.send(
    new PutLogEventsCommand({
      logGroupName: group,
      logStreamName: stream,
      logEvents: Array.from({ length: 60 }, (_, i) => ({ timestamp: now - 60_000 + i * 100, message: `backlog line ${i}` })),
    }),
  );

  await waitForLogLines(group, 'orders service ready', 1, stream);
  await page.goto(paths.taskLogs(cluster, id));
  await expect(page.getByRole('tab', { name: 'Logs', selected: true })).toBeVisible();
  await expect(logBox(page)).toContainText('orders service ready');
  await expect(page.getByText('CloudWatch Logs group')).toContainText(group);
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });

  await page.getByRole('button', { name: 'Start live tail' }).click();
  await expect(page.getByRole('button', { name: 'Stop live tail' })).toHaveAttribute('aria-pressed', 'true');
  const marker = `tail marker ${uniqueName('m')}`;
  await logs.send(
    new PutLogEventsCommand({
      logGroupName: group,
      logStreamName: stream,
      logEvents: [{ timestamp: Date.now(), message: marker }],
    }),
  );
  await expect(logBox(page)).toContainText(marker, { timeout: 2_000 });
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

  // Scrolled up, the view stays put and offers the way back down.
  await logBox(page).evaluate((el) => {
    el.scrollTop = 0;
    el.dispatchEvent(new Event('scroll'));
  });
  const second = `second marker ${uniqueName('m')}`;
  await logs.send(
    new PutLogEventsCommand({
      logGroupName: group,
      logStreamName: stream,
      logEvents: [{ timestamp: Date.now(), message: second }],
    }),
  );
  const jump = page.getByRole('button', { name: /^Jump to latest \(\d+ new\)$/ });
  await expect(jump).toBeVisible({ timeout: 3_000 });
  expect(await logBox(page).evaluate((el) => el.scrollTop)).toBe(0);
  await jump.click();
  await expect(jump).toBeHidden();
  expect(await logBox(page).evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 8)).toBe(true);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download' }).click();
  const file = await (await download).path();
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toContain(marker);
  expect(text).toContain(`\t${id}\tapp\torders service ready`);

  await page.getByLabel('Filter pattern').fill('"orders service ready"');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/filter=%22orders\+service\+ready%22/);
  await expect(logBox(page).getByRole('row')).toHaveCount(2);
  await expect(logBox(page)).toContainText('orders service ready');
  await expect(logBox(page)).not.toContainText('backlog line');
});

test('a service’s Logs tab merges its tasks, each line marked with task and container', async ({ page }) => {
  test.setTimeout(60_000);
  const { cluster, family, group } = await setup({ 'ecs-local.log': 'worker booted' });
  await createFargateService(ecs, cluster, 'web', family, 2);
  await expect
    .poll(
      async () =>
        (await ecs.send(new ListTasksCommand({ cluster, serviceName: 'web', desiredStatus: 'RUNNING' }))).taskArns?.length,
      {
        timeout: 20_000,
      },
    )
    .toBe(2);
  await waitForLogLines(group, 'worker booted', 2);
  await page.goto(paths.serviceLogs(cluster, 'web'));
  await expect(page.getByRole('tab', { name: 'Logs', selected: true })).toBeVisible();
  const booted = logBox(page).getByRole('row').filter({ hasText: 'worker booted' });
  await expect(booted).toHaveCount(2);
  const tasks = await booted.evaluateAll((rows) => rows.map((r) => r.children[1]?.textContent));
  expect(new Set(tasks).size).toBe(2);
  await expect(booted.first()).toContainText('app');
  await expect(logBox(page).getByRole('columnheader', { name: 'Task' })).toBeVisible();
  await page.screenshot({ path: 'test-results/service-logs.png', fullPage: true });
});

test('Why is it failing shows the last lines before a failing service’s tasks exited, and links to their logs', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { cluster, family } = await setup({ 'ecs-local.exit-code': '4', 'ecs-local.exit-after': '2' });
  const service = uniqueName('crash');
  await createFargateService(ecs, cluster, service, family, 1);
  await expect
    .poll(
      async () =>
        (await ecs.send(new ListTasksCommand({ cluster, serviceName: service, desiredStatus: 'STOPPED' }))).taskArns?.length ?? 0,
      {
        timeout: 30_000,
      },
    )
    .toBeGreaterThan(0);
  await page.goto('/dashboard');
  const why = page.getByRole('region', { name: /Why is it failing/ });
  await why.getByLabel('Filter stopped reasons').fill(service);
  const reason = why.getByRole('row').filter({ hasText: 'Essential container in task exited' });
  const last = reason.getByRole('log', { name: /^Last log lines of task / });
  await expect(last).toContainText('ERROR Unhandled exception', { timeout: 30_000 });
  await expect(last).toContainText('app exited with code 4');
  await reason.getByRole('link', { name: /^View logs of task / }).click();
  await expect(page).toHaveURL(/\/tasks\/[0-9a-f]{32}\?tab=logs&td=/);
  await expect(logBox(page)).toContainText('app exited with code 4');
  await expect(page.getByRole('tab', { name: 'Logs', selected: true })).toBeVisible();
});
