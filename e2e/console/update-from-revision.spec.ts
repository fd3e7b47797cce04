// From a new revision to a rollout in real Chromium: the revision's Deploy page lists the services that run its
// family and updates the chosen one in one step; Update service starts on the latest revision.
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DescribeServicesCommand,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { fargateTaskDefinition } from '../api/fixtures';
import { ecsClient, uniqueName } from '../support/ecs';

const ecs = ecsClient();
const NETWORK = { awsvpcConfiguration: { subnets: ['subnet-e2e'], securityGroups: ['sg-e2e'] } };

async function taskDefinitionOf(cluster: string, service: string): Promise<string | undefined> {
  const out = await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }));
  return out.services?.[0]?.taskDefinition?.split('/').pop();
}

test('Deploy on a new revision updates a service of that family in one step; Update service defaults to the latest', async ({
  page,
}) => {
  const [east, west] = [uniqueName('rev-a'), uniqueName('rev-b')];
  const family = uniqueName('revfam');
  const other = uniqueName('otherfam');
  await Promise.all([east, west].map((clusterName) => ecs.send(new CreateClusterCommand({ clusterName }))));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(other)));
  const base = { desiredCount: 0, launchType: 'FARGATE' as const, networkConfiguration: NETWORK };
  await ecs.send(new CreateServiceCommand({ ...base, cluster: east, serviceName: 'api', taskDefinition: `${family}:1` }));
  await ecs.send(new CreateServiceCommand({ ...base, cluster: west, serviceName: 'worker', taskDefinition: `${family}:1` }));
  await ecs.send(new CreateServiceCommand({ ...base, cluster: west, serviceName: 'unrelated', taskDefinition: `${other}:1` }));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family, { revision: '2' })));

  await page.goto(`/task-definitions/${family}/2`);
  await page.getByRole('link', { name: 'Deploy' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: `Deploy ${family}:2` })).toBeVisible();
  const choice = page.getByLabel('Service', { exact: true });
  const offered = await choice.locator('option').allTextContents();
  expect(offered).toEqual([`api (cluster ${east}, running ${family}:1)`, `worker (cluster ${west}, running ${family}:1)`]);
  await choice.selectOption({ label: `worker (cluster ${west}, running ${family}:1)` });
  await page.getByRole('button', { name: 'Update service' }).click();
  await expect(page).toHaveURL(new RegExp(`/clusters/${west}/services/worker$`));
  await expect(page.getByText(`Service worker is being updated to ${family}:2.`)).toBeVisible();
  expect(await taskDefinitionOf(west, 'worker')).toBe(`${family}:2`);
  expect(await taskDefinitionOf(east, 'api')).toBe(`${family}:1`);

  // Update service on the other one starts on the latest revision, not the one it runs.
  await page.goto(`/clusters/${east}/services/api/update`);
  await expect(page.getByLabel('Task definition family')).toHaveValue(family);
  await expect(page.getByLabel('Task definition revision')).toHaveValue('2');
  await page.goto(`/clusters/${east}/services/api/update?taskDefinition=${family}:1`);
  await expect(page.getByLabel('Task definition revision')).toHaveValue('1');
});
