// Services in a real browser against the local engine (time scale 0.1): create a service with 2 desired tasks
// and watch it reach 2 running and a steady state without reloading; scale to 3; update to a revision whose
// container exits (fault-injection label) and watch the circuit breaker fail the rollout and roll back; delete.
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DescribeServicesCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { expect, type Page, test } from '@playwright/test';
import { fargateTaskDefinition } from '../api/fixtures';
import { ecsClient, uniqueName } from '../support/ecs';

const ecs = ecsClient();

/** Marks the window; if the page reloads, the mark is gone. */
async function markWindow(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __noReload?: boolean }).__noReload = true;
  });
}

async function expectNoReload(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
}

test('create, watch, scale, fail a rollout with the circuit breaker, roll back and delete a service', async ({ page }) => {
  test.setTimeout(120_000);
  const cluster = uniqueName('svc');
  const family = uniqueName('web');
  const service = 'web';
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));

  // Create from the cluster's Services tab.
  await page.goto(`/clusters/${cluster}/services`);
  await expect(page.getByText('No services to display in this cluster.')).toBeVisible();
  await page.getByRole('link', { name: 'Create', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create service' })).toBeVisible();
  await page.getByLabel('Task definition family').selectOption(family);
  await expect(page.getByLabel('Task definition revision')).toHaveValue('1');
  // ECS lists the revision as EC2 and FARGATE compatible: the form says why EXTERNAL cannot be chosen.
  await expect(page.getByText(/compatible with EC2, FARGATE only, so EXTERNAL cannot be chosen/)).toBeVisible();
  await page.getByLabel('Service name').fill(service);
  await page.getByLabel('Desired tasks').fill('2');
  await page.getByLabel('Subnets').fill('subnet-0a1b2c3d');
  await page.getByLabel('Security groups').fill('sg-0a1b2c3d');
  await expect(page.getByLabel('Use the Amazon ECS deployment circuit breaker')).toBeChecked();
  await expect(page.getByLabel('Rollback on failure')).toBeChecked();
  await page.getByRole('button', { name: 'Create', exact: true }).click();

  // The service page: live counts and a steady state without reloading.
  await expect(page).toHaveURL(new RegExp(`/clusters/${cluster}/services/${service}$`));
  await expect(page.getByText(`Service ${service} has been created successfully.`, { exact: false })).toBeVisible();
  await markWindow(page);
  const counts = page.getByTestId('service-task-counts');
  await expect(counts).toHaveText('2/2 Tasks running', { timeout: 15_000 });
  await page.getByRole('tab', { name: 'Deployments and events' }).click();
  const events = page.getByRole('region', { name: /^Events/ });
  await expect(events.getByText(`(service ${service}) has reached a steady state.`).first()).toBeVisible({ timeout: 15_000 });
  const deployments = page.getByRole('region', { name: /^Deployments/ });
  await expect(deployments.getByRole('row').filter({ hasText: `${family}:1` })).toContainText('Completed');
  await expectNoReload(page);

  // Scale to 3 from the service page in one step.
  await page.getByLabel('Desired tasks').fill('3');
  await page.getByRole('button', { name: 'Set desired tasks' }).click();
  await expect(page.getByText(`Service ${service} desired tasks set to 3.`)).toBeVisible();
  await expect(counts).toHaveText('3/3 Tasks running', { timeout: 15_000 });
  await expectNoReload(page);

  // Update to a revision whose container exits 2 s (0.2 s scaled) after it starts.
  await ecs.send(
    new RegisterTaskDefinitionCommand(fargateTaskDefinition(family, { 'ecs-local.exit-code': '1', 'ecs-local.exit-after': '2' })),
  );
  await page.getByRole('link', { name: 'Update service' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Update ${service}` })).toBeVisible();
  await page.getByLabel('Task definition revision').selectOption('2');
  await page.getByRole('button', { name: 'Update', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/clusters/${cluster}/services/${service}$`));
  await markWindow(page);
  await page.getByRole('tab', { name: 'Deployments and events' }).click();
  await expect(events.getByText(/deployment failed: tasks failed to start\./).first()).toBeVisible({ timeout: 30_000 });
  // Rolled back: the service runs revision 1 again, with a completed deployment.
  await expect(page.getByRole('link', { name: `${family}:1`, exact: true }).first()).toBeVisible({ timeout: 30_000 });
  await expect(
    deployments
      .getByRole('row')
      .filter({ hasText: `${family}:1` })
      .first(),
  ).toContainText('Completed', {
    timeout: 30_000,
  });
  await expect(counts).toHaveText('3/3 Tasks running', { timeout: 30_000 });
  await expectNoReload(page);

  // The failed rollout stays visible after the rollback completed: the overview, the failed deployment in the
  // table and the timeline, the services list and the dashboard, until the next deployment.
  const rolledBack = 'Last rollout failed — rolled back';
  await expect(page.getByRole('status').filter({ hasText: rolledBack })).toContainText('tasks failed to start.');
  await expect(page.getByText(rolledBack, { exact: true }).first()).toBeVisible();
  await expect(deployments.getByRole('row').filter({ hasText: `${family}:2` })).toContainText('Failed');
  const timeline = page.getByRole('list', { name: 'Deployment timeline' });
  await expect(timeline).toContainText(new RegExp(`Rollback started: deployment \\S+ restores ${family}:1 after deployment`));
  await expect(timeline).toContainText(new RegExp(`Deployment \\S+ started: ${family}:2`));
  await page.goto(`/clusters/${cluster}/services`);
  await expect(page.getByRole('row').filter({ hasText: service })).toContainText(rolledBack);
  await page.goto('/dashboard');
  await page.getByLabel('Filter services').fill(cluster);
  await expect(
    page
      .getByRole('region', { name: /^Services \(/ })
      .getByRole('row')
      .filter({ hasText: cluster }),
  ).toContainText(rolledBack);
  await ecs.send(new UpdateServiceCommand({ cluster, service, forceNewDeployment: true }));
  await page.goto(`/clusters/${cluster}/services/${service}`);
  await expect(page.getByText(rolledBack)).toHaveCount(0);

  // Delete with force (scales to 0 first): the page shows the service draining, then gone.
  await page.getByRole('button', { name: 'Delete service' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Force delete')).toBeChecked();
  const confirm = dialog.getByRole('button', { name: 'Delete', exact: true });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/To confirm deletion, type/).fill('delete');
  await confirm.click();
  await expect(page.getByText(`Service ${service} has been deleted.`, { exact: false })).toBeVisible();
  await expect(page.getByText(/This service (is being|has been) deleted/)).toBeVisible();
  await expect(page.getByText('This service has been deleted')).toBeVisible({ timeout: 15_000 });
  await page.goto(`/clusters/${cluster}/services`);
  await expect(page.getByText('No services to display in this cluster.')).toBeVisible();
});

test('the create form offers only what the task definition allows and shows ECS refusals with the values kept', async ({
  page,
}) => {
  const cluster = uniqueName('svcform');
  const fargate = uniqueName('fg');
  const bridge = uniqueName('br');
  await ecs.send(
    new CreateClusterCommand({
      clusterName: cluster,
      capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
      defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }],
    }),
  );
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(fargate)));
  await ecs.send(
    new RegisterTaskDefinitionCommand({
      family: bridge,
      networkMode: 'bridge',
      requiresCompatibilities: ['EC2'],
      containerDefinitions: [{ name: 'worker', image: 'busybox', memory: 128, essential: true }],
    }),
  );
  await ecs.send(
    new CreateServiceCommand({
      cluster,
      serviceName: 'taken',
      taskDefinition: fargate,
      desiredCount: 0,
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
    }),
  );

  // A bridge, EC2-only revision: no networking, no load balancer (no port mappings), no Fargate.
  await page.goto(`/clusters/${cluster}/services/new?taskDefinition=${bridge}:1`);
  await expect(page.getByLabel('Task definition family')).toHaveValue(bridge);
  await expect(page.getByText(/uses the bridge network mode/)).toBeVisible();
  await expect(page.getByLabel('Subnets')).toHaveCount(0);
  await expect(page.getByText(/no container in .* has a port mapping/)).toBeVisible();
  await page.getByRole('radio', { name: 'Launch type' }).check();
  await expect(page.getByRole('option', { name: 'FARGATE (not supported by this task definition)' })).toBeDisabled();
  await page.getByRole('radio', { name: 'Capacity provider strategy: Use cluster default' }).check();

  // Switch to the Fargate revision and use the cluster's default strategy.
  await page.getByLabel('Task definition family').selectOption(fargate);
  await expect(page.getByLabel('Subnets')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Capacity provider strategy: Use cluster default' })).toBeChecked();
  await page.getByLabel('Service name').fill('taken');
  await page.getByLabel('Subnets').fill('subnet-0a1b2c3d');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The service could not be created' })).toContainText(
    `A service named taken already exists in cluster ${cluster}.`,
  );
  await expect(page.getByLabel('Service name')).toHaveValue('taken');
  await expect(page.getByLabel('Subnets')).toHaveValue('subnet-0a1b2c3d');
});

test('after a refusal the task definition selects still show what was submitted, and focus moves to the error', async ({
  page,
}) => {
  const cluster = uniqueName('svcerr');
  const first = uniqueName('aa');
  const second = uniqueName('zz');
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(first)));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(second)));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(second, { revision: 'two' })));
  await ecs.send(
    new CreateServiceCommand({
      cluster,
      serviceName: 'taken',
      taskDefinition: first,
      desiredCount: 0,
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
    }),
  );

  await page.goto(`/clusters/${cluster}/services/new?taskDefinition=${second}:1`);
  await expect(page.getByLabel('Task definition family')).toHaveValue(second);
  await expect(page.getByLabel('Task definition revision')).toHaveValue('1');
  await page.getByLabel('Service name').fill('taken');
  await page.getByLabel('Subnets').fill('subnet-0a1b2c3d');
  await page.getByRole('button', { name: 'Create', exact: true }).click();

  const refusal = page.getByRole('alert').filter({ hasText: 'The service could not be created' });
  await expect(refusal).toContainText(`A service named taken already exists in cluster ${cluster}.`);
  await expect(refusal).toBeInViewport();
  expect(await refusal.evaluate((el) => el.parentElement === document.activeElement)).toBe(true);
  // The selects, the summary and what a resubmission sends all still name the submitted revision.
  await expect(page.getByLabel('Task definition family')).toHaveValue(second);
  await expect(page.getByLabel('Task definition revision')).toHaveValue('1');
  await expect(page.getByText(`${second}:1: network mode awsvpc`)).toBeVisible();
  await page.getByLabel('Service name').fill('fresh');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/clusters/${cluster}/services/fresh$`));
  const created = await ecs.send(new DescribeServicesCommand({ cluster, services: ['fresh'] }));
  expect(created.services?.[0]?.taskDefinition).toMatch(new RegExp(`:task-definition/${second}:1$`));
});
