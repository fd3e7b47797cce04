// Container agents in the console: the Infrastructure tab lists the agent's instance live (agent status,
// tasks, registered and remaining CPU / memory), a task the agent runs in Docker shows its published port as an
// "Open" link on the task page and the service's Tasks tab, and the instance is drained and deregistered from
// the table with a typed confirmation.
import { CreateClusterCommand, CreateServiceCommand } from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { HTTPD_PAGE, registerBridgeHttpd } from '../support/busybox';
import { ENGINE_URL, ecsClient, uniqueName } from '../support/ecs';
import { type AgentProc, dockerReady, removeClusterContainers, startAgent } from '../support/processes';

const ecs = ecsClient();
let agent: AgentProc | undefined;
let cluster = '';

test.setTimeout(120_000);

test.afterEach(async () => {
  await agent?.kill('SIGKILL');
  if (cluster) removeClusterContainers(cluster);
});

test('an agent’s instance on the Infrastructure tab, its Docker task’s ports as links, drain and deregister', async ({
  page,
}) => {
  dockerReady();
  cluster = uniqueName('infra');
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  await registerBridgeHttpd(ecs, 'infra-web');
  agent = await startAgent(ENGINE_URL, cluster, [
    '--name',
    uniqueName('console'),
    '--runtime',
    'docker',
    '--cpu',
    '2048',
    '--memory',
    '2048',
  ]);
  const id = agent.instanceArn.slice(agent.instanceArn.lastIndexOf('/') + 1);
  await ecs.send(
    new CreateServiceCommand({ cluster, serviceName: 'web', taskDefinition: 'infra-web', desiredCount: 1, launchType: 'EC2' }),
  );

  await page.goto(`/clusters/${cluster}/infrastructure`);
  const row = page.getByRole('row').filter({ hasText: id });
  await expect(row.getByText('Connected (docker)')).toBeVisible();
  await expect(row.getByRole('cell', { name: '1920 of 2048 MiB' })).toBeVisible({ timeout: 20_000 });
  await expect(row.getByRole('cell', { name: '1', exact: true }).first()).toBeVisible();

  await page.goto(`/clusters/${cluster}/services/web?tab=tasks`);
  const open = page.getByRole('link', { name: /^Open web port 80/ });
  await expect(open).toBeVisible({ timeout: 30_000 });
  const href = (await open.getAttribute('href')) ?? '';
  expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  expect(await (await fetch(href)).text()).toBe(HTTPD_PAGE);
  await page.getByRole('row').filter({ has: open }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Containers (1)' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Open web port 80/ })).toHaveAttribute('href', href);

  await page.goto(`/clusters/${cluster}/infrastructure`);
  await page.getByRole('radio', { name: `container instance ${id}` }).check();
  await page.getByRole('button', { name: 'Drain' }).click();
  await expect(page.getByText(`Container instance ${id} is draining`)).toBeVisible();
  await expect(row.getByText('Draining')).toBeVisible();
  await page.getByRole('button', { name: 'Set to active' }).click();
  await expect(page.getByText(`Container instance ${id} is active again.`)).toBeVisible();
  await expect(row.getByText('Active')).toBeVisible();

  await page.getByRole('button', { name: 'Deregister' }).click();
  const dialog = page.getByRole('dialog');
  const confirm = dialog.getByRole('button', { name: 'Deregister' });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('textbox').fill('deregister');
  await confirm.click();
  await expect(dialog.getByText(/has 1 task on it/)).toBeVisible();
  await dialog.getByLabel('Force deregistration').check();
  await dialog.getByRole('textbox').fill('deregister');
  await dialog.getByRole('button', { name: 'Deregister' }).click();
  await expect(page.getByText(`Container instance ${id} has been deregistered.`)).toBeVisible();
  // ListContainerInstances leaves INACTIVE instances out, as ECS does.
  await expect(row).toHaveCount(0);
});
