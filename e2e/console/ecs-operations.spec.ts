// The new operations in a real browser against the local engine (time scale 0.1): an Auto Scaling group
// capacity provider created from the Infrastructure tab, container instance attributes, the blue/green
// deployment strategy, the current deployment's hook and rollback on the Deployments tab, task protection.
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DescribeServicesCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { fargateTaskDefinition } from '../api/fixtures';
import { ecsClient, uniqueName } from '../support/ecs';

const ecs = ecsClient();
const NETWORK = { awsvpcConfiguration: { subnets: ['subnet-1'] } };

async function clusterWithFamily(labels: Record<string, string> = {}) {
  const cluster = uniqueName('ops');
  const family = uniqueName('opsf');
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family, labels)));
  return { cluster, family };
}

/** A one-task Fargate service named web. */
async function createWebService(cluster: string, taskDefinition: string) {
  await ecs.send(
    new CreateServiceCommand({
      cluster,
      serviceName: 'web',
      taskDefinition,
      desiredCount: 1,
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
    }),
  );
}

test('create an Auto Scaling group capacity provider, see its instance, set attributes, change scaling, delete it', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const cluster = uniqueName('asgui');
  const provider = uniqueName('nodes');
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  await page.goto(`/clusters/${cluster}/infrastructure`);
  await page.getByRole('link', { name: 'Create capacity provider' }).click();
  await page.getByLabel('Capacity provider name').fill(provider);
  await page.getByLabel('Instance type').selectOption('m5.large');
  await page.getByLabel('Desired capacity').fill('1');
  await expect(page.getByLabel('Turn on managed scaling')).toBeChecked();
  await page.getByLabel('Target capacity %').fill('80');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByText(`Capacity provider ${provider} has been created and added to cluster ${cluster}.`)).toBeVisible();
  const providers = page.getByRole('region', { name: /^Capacity providers/ });
  await expect(providers.getByRole('row').filter({ hasText: provider })).toContainText('On (target 80 %)');
  await expect(providers.getByRole('row').filter({ hasText: provider })).toContainText('Auto Scaling group');

  // The simulated group's instance boots and registers with the cluster.
  const instances = page.getByRole('region', { name: /^Container instances/ });
  await expect(async () => {
    await page.reload();
    await expect(instances.getByRole('row').filter({ hasText: provider })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await instances.getByRole('row').filter({ hasText: provider }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /^Container instance / })).toBeVisible();
  const attributes = page.getByRole('region', { name: /^Attributes/ });
  await expect(attributes.getByRole('row').filter({ hasText: 'ecs.instance-type' })).toContainText('m5.large');
  await page.getByLabel('Attribute name').fill('team');
  await page.getByLabel('Attribute value - optional').fill('payments');
  await page.getByRole('button', { name: 'Add attribute' }).click();
  await expect(page.getByText('Attribute team has been saved.')).toBeVisible();
  await expect(attributes.getByRole('row').filter({ hasText: 'team' })).toContainText('payments');
  await page.getByLabel('Attribute name').fill('ecs.mine');
  await page.getByRole('button', { name: 'Add attribute' }).click();
  await expect(page.getByText('Attributes starting with ecs. are set by ECS. Choose another name.')).toBeVisible();
  await attributes.getByRole('button', { name: 'Remove team' }).click();
  await expect(attributes.getByRole('row').filter({ hasText: 'team' })).toHaveCount(0);

  // The provider's page: change its scaling, then delete it.
  await page.goto(`/clusters/${cluster}/capacity-providers/${provider}`);
  await expect(page.getByRole('region', { name: 'Auto Scaling group' })).toContainText('m5.large');
  await page.getByLabel('Turn on managed termination protection').uncheck();
  await page.getByLabel('Turn on managed scaling').uncheck();
  await page.getByRole('button', { name: 'Update', exact: true }).click();
  await expect(page.getByText(`Capacity provider ${provider} has been updated successfully.`)).toBeVisible();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('dialog').getByRole('textbox').fill(provider);
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText(`Capacity provider ${provider} has been deleted.`)).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: /^Capacity providers/ })
      .getByRole('row')
      .filter({ hasText: provider }),
  ).toHaveCount(0);
});

test('create a blue/green service, answer its lifecycle hook on the Deployments tab, and roll back a deployment', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Revision 2 takes a minute to start (6 s at time scale 0.1), so its rollout stays in progress long enough to roll back.
  const { cluster, family } = await clusterWithFamily({ 'ecs-local.start-seconds': '60' });
  await page.goto(`/clusters/${cluster}/services/new?taskDefinition=${family}:1`);
  await page.getByLabel('Service name').fill('bg');
  await page.getByLabel('Subnets').fill('subnet-0a1b2c3d');
  await page.getByLabel('Deployment strategy').selectOption('BLUE_GREEN');
  await page.getByLabel('Bake time').fill('0');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/clusters/${cluster}/services/bg$`));
  await page.getByRole('tab', { name: 'Configuration and networking' }).click();
  await expect(page.getByText('BLUE_GREEN')).toBeVisible();

  const current = async () => (await ecs.send(new DescribeServicesCommand({ cluster, services: ['bg'] }))).services?.[0];
  await expect.poll(async () => (await current())?.deployments?.[0].rolloutState, { timeout: 30_000 }).toBe('COMPLETED');
  await ecs.send(
    new UpdateServiceCommand({
      cluster,
      service: 'bg',
      forceNewDeployment: true,
      deploymentConfiguration: {
        strategy: 'BLUE_GREEN',
        lifecycleHooks: [{ targetType: 'PAUSE', lifecycleStages: ['PRE_SCALE_UP'] }],
      },
    }),
  );
  await page.getByRole('tab', { name: 'Deployments and events' }).click();
  const panel = page.getByRole('region', { name: 'Current deployment' });
  await expect(panel).toContainText('Pre scale up', { timeout: 15_000 });
  await panel.getByRole('button', { name: 'Continue' }).click();
  await expect(panel).toContainText('Successful', { timeout: 30_000 });

  // A rolling service whose new revision is slow to start: roll it back from the Deployments tab.
  await createWebService(cluster, `${family}:1`);
  const web = async () => (await ecs.send(new DescribeServicesCommand({ cluster, services: ['web'] }))).services?.[0];
  await expect.poll(async () => (await web())?.deployments?.[0].rolloutState, { timeout: 30_000 }).toBe('COMPLETED');
  await ecs.send(new UpdateServiceCommand({ cluster, service: 'web', taskDefinition: `${family}:2` }));
  await page.goto(`/clusters/${cluster}/services/web?tab=deployments`);
  const webPanel = page.getByRole('region', { name: 'Current deployment' });
  await expect(webPanel).toContainText('In progress');
  await webPanel.getByRole('button', { name: 'Roll back' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('rollback');
  await page.getByRole('dialog').getByRole('button', { name: 'Roll back' }).click();
  await expect(webPanel).toContainText('Rollback successful', { timeout: 30_000 });
  expect((await web())?.taskDefinition).toMatch(new RegExp(`${family}:1$`));
});

test('protect a service task from scale-in on its task page', async ({ page }) => {
  const { cluster, family } = await clusterWithFamily();
  await createWebService(cluster, `${family}:1`);
  const taskArn = async () => (await ecs.send(new ListTasksCommand({ cluster, serviceName: 'web' }))).taskArns?.[0];
  await expect.poll(taskArn, { timeout: 15_000 }).toBeTruthy();
  const id = ((await taskArn()) as string).split('/').pop() as string;
  await page.goto(`/clusters/${cluster}/tasks/${id}`);
  const panel = page.getByRole('region', { name: 'Scale-in protection' });
  await expect(panel).toContainText('Not protected.');
  await panel.getByLabel('Protection period (minutes)').fill('5');
  await panel.getByRole('button', { name: 'Turn on protection' }).click();
  await expect(panel).toContainText(`Task ${id} is protected from scale-in for 5 minutes.`);
  await expect(panel).toContainText('Protected until');
  await panel.getByRole('button', { name: 'Turn off protection' }).click();
  await expect(panel).toContainText(`Scale-in protection of task ${id} has been turned off.`);
  await expect(panel).toContainText('Not protected.');
});
