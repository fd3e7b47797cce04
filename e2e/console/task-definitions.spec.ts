// Task definitions in a real browser against the local engine: build a two-container Fargate definition in the
// form and register it, create revision 2 from revision 1 with a diff, refuse an invalid form without sending
// anything, keep the form and the JSON in sync, then deregister and delete.
import {
  DescribeTaskDefinitionCommand,
  ListTaskDefinitionFamiliesCommand,
  ListTaskDefinitionsCommand,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import { expect, type Page, test } from '@playwright/test';
import { fargateTaskDefinition } from '../api/fixtures';
import { ecsClient, uniqueName } from '../support/ecs';

const ecs = ecsClient();

async function revisionsOf(family: string): Promise<string[]> {
  const out = await ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: family }));
  return out.taskDefinitionArns ?? [];
}

/** Replaces the JSON editor's whole text, as a paste would. */
async function replaceJson(page: Page, text: string) {
  const editor = page.getByRole('textbox', { name: 'Task definition JSON' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
}

test('build a two-container Fargate task definition in the form, see its JSON, register it; then revision 2 with a diff', async ({
  page,
}) => {
  const family = uniqueName('td-form');
  await page.goto('/task-definitions');
  await expect(page.getByRole('heading', { name: /^Task definitions \(\d+\)$/ })).toBeVisible();
  await page.getByRole('link', { name: 'Create new task definition', exact: true }).first().click();
  await expect(page).toHaveURL(/\/task-definitions\/new$/);

  await page.getByLabel('Task definition family').fill(family);
  const first = page.getByRole('region', { name: 'Container - 1' });
  await first.getByLabel('Container name').fill('web');
  await first.getByLabel('Image URI').fill('nginx:1.27');
  await first.getByRole('button', { name: 'Add port mapping' }).click();
  await first.getByLabel('Container port').fill('80');
  await first.getByRole('button', { name: 'Add environment variable' }).click();
  const variable = first.getByRole('group', { name: 'Environment variable 1' });
  await variable.getByLabel('Key').fill('MODE');
  await variable.getByLabel('Value', { exact: true }).fill('production');

  await page.getByRole('button', { name: 'Add container' }).click();
  const second = page.getByRole('region', { name: 'Container - 2' });
  await second.getByLabel('Container name').fill('sidecar');
  await second.getByLabel('Image URI').fill('busybox:1.36');
  await second.getByLabel('Essential container').selectOption('false');
  await second.getByText('Docker configuration').click();
  // The last "Command" of the container is Docker configuration's (HealthCheck has one too).
  await second.getByLabel('Command', { exact: true }).last().fill('sh, -c, sleep 3600');

  // The JSON editor follows the form.
  const json = page.getByRole('textbox', { name: 'Task definition JSON' });
  await expect(json).toContainText(`"family": "${family}"`);
  await expect(json).toContainText('"requiresCompatibilities"');
  await expect(page.getByText(`aws ecs register-task-definition --cli-input-json file://${family}.json`)).toBeVisible();

  await page.getByRole('button', { name: 'Next: review' }).click();
  await expect(page.getByRole('heading', { name: 'Review and create' })).toBeVisible();
  await expect(page.getByText('"name": "sidecar"')).toBeVisible();
  await expect(page.getByText(`"awslogs-group": "/ecs/${family}"`)).toBeVisible();
  await page.getByRole('button', { name: 'Create', exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`/task-definitions/${family}/1$`));
  await expect(page.getByText(`Task definition ${family}:1 has been successfully created.`)).toBeVisible();
  const registered = (await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: `${family}:1` }))).taskDefinition;
  expect(registered?.requiresCompatibilities).toEqual(['FARGATE']);
  expect(registered?.networkMode).toBe('awsvpc');
  expect([registered?.cpu, registered?.memory]).toEqual(['1024', '3072']);
  expect(registered?.containerDefinitions?.map((c) => [c.name, c.image, c.essential])).toEqual([
    ['web', 'nginx:1.27', true],
    ['sidecar', 'busybox:1.36', false],
  ]);
  expect(registered?.containerDefinitions?.[0].environment).toEqual([{ name: 'MODE', value: 'production' }]);
  expect(registered?.containerDefinitions?.[1].command).toEqual(['sh', '-c', 'sleep 3600']);
  expect(registered?.containerDefinitions?.[0].logConfiguration?.options?.['awslogs-stream-prefix']).toBe('ecs');

  // The revision page: containers and the JSON tab.
  await expect(page.getByRole('heading', { level: 3, name: /sidecar/ })).toBeVisible();
  await page.getByRole('tab', { name: 'JSON' }).click();
  await expect(page.getByText(`"taskDefinitionArn": "arn:aws:ecs:us-east-1:`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy', exact: true })).toBeVisible();

  // Revision 2 from revision 1, with a diff before anything is registered.
  await page.getByRole('link', { name: 'Create new revision', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/task-definitions/${family}/1/revise$`));
  await expect(page.getByLabel('Task definition family')).toHaveValue(family);
  await page.getByRole('region', { name: 'Container - 1' }).getByLabel('Image URI').fill('nginx:1.28');
  await page.getByRole('button', { name: 'Next: review' }).click();
  const diff = page.getByRole('figure', { name: `Differences between ${family}:1 and New revision` });
  await expect(diff.getByText('"image": "nginx:1.27",')).toBeVisible();
  await expect(diff.getByText('"image": "nginx:1.28",')).toBeVisible();
  await expect(diff).toContainText('1 lines added, 1 lines removed');
  expect(await revisionsOf(family)).toHaveLength(1);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/task-definitions/${family}/2$`));
  await expect(page.getByText(`Task definition ${family}:2 has been successfully created.`)).toBeVisible();

  // Compare revisions from the family page.
  await page.goto(`/task-definitions/${family}`);
  await page.getByRole('checkbox', { name: `Select ${family}:1` }).check();
  await page.getByRole('checkbox', { name: `Select ${family}:2` }).check();
  await page.getByRole('link', { name: 'Compare revisions' }).click();
  await expect(page).toHaveURL(new RegExp(`/task-definitions/${family}/compare\\?a=1&b=2$`));
  await expect(page.getByRole('figure').getByText('"image": "nginx:1.28",')).toBeVisible();

  // A revision that does not exist, or is not a number, is a message beside the form, not a missing page.
  await page.getByLabel('with revision').fill('9');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/task-definitions/${family}/compare\\?a=1&b=9$`));
  const problem = page.getByRole('alert').filter({ hasText: 'These revisions cannot be compared' });
  await expect(problem).toContainText(`${family} has no revision 9. Its revisions are 1–2.`);
  await expect(page.getByRole('figure')).toHaveCount(0);
  await page.getByLabel('with revision').fill('two');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(problem).toContainText('“two” is not a revision number. Enter a whole number such as 1.');
  await page.getByLabel('with revision').fill('2');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('figure').getByText('"image": "nginx:1.28",')).toBeVisible();
  await expect(problem).toHaveCount(0);
});

test('an invalid CPU/memory pair and an empty image show field errors and send nothing', async ({ page }) => {
  const family = uniqueName('td-invalid');
  await page.goto('/task-definitions/new');
  await page.getByLabel('Task definition family').fill(family);
  await page.getByRole('region', { name: 'Container - 1' }).getByLabel('Container name').fill('app');
  // .25 vCPU with the default 3 GB is not a Fargate size; the Image URI stays empty.
  await page.getByLabel('CPU', { exact: true }).first().selectOption('256');
  await page.getByRole('button', { name: 'Next: review' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'before you continue' });
  const pairError = 'No Fargate configuration exists for given values: 256 CPU, 3072 memory.';
  await expect(summary).toContainText(pairError);
  await expect(summary).toContainText('Enter an Image URI for container app, for example nginx:latest');
  // Focus goes to the first field with a problem, not to the summary at the top.
  const memory = page.getByLabel('Memory', { exact: true });
  await expect(memory).toBeFocused();
  await expect(memory).toHaveAttribute('aria-invalid', 'true');
  await expect(memory).toHaveAccessibleDescription(new RegExp(pairError.replace(/[.:,]/g, '\\$&')));
  const image = page.getByRole('region', { name: 'Container - 1' }).getByLabel('Image URI');
  await expect(image).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: 'Create', exact: true })).toHaveCount(0);

  // Nothing reached the engine.
  const families = await ecs.send(new ListTaskDefinitionFamiliesCommand({ familyPrefix: family, status: 'ALL' }));
  expect(families.families).toEqual([]);

  // Fixing both clears the errors as you type.
  await memory.selectOption('1024');
  await image.fill('nginx');
  await expect(memory).not.toHaveAttribute('aria-invalid', 'true');
  await expect(summary).toHaveCount(0);
});

test('the JSON editor and the form stay in sync; invalid JSON is marked and leaves the form alone', async ({ page }) => {
  const family = uniqueName('td-json');
  await page.goto('/task-definitions/new');
  await page.getByLabel('Task definition family').fill('from-the-form');
  const described = {
    taskDefinition: {
      taskDefinitionArn: `arn:aws:ecs:us-east-1:000000000000:task-definition/${family}:7`,
      family,
      revision: 7,
      status: 'ACTIVE',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '512',
      memory: '1024',
      containerDefinitions: [{ name: 'api', image: 'api:2', essential: true, portMappings: [{ containerPort: 8080 }] }],
      registeredAt: '2026-01-01T00:00:00.000Z',
    },
    tags: [{ key: 'team', value: 'api' }],
  };
  await replaceJson(page, JSON.stringify(described, null, 2));
  await expect(page.getByLabel('Task definition family')).toHaveValue(family);
  await expect(page.getByRole('region', { name: 'Container - 1' }).getByLabel('Container port')).toHaveValue('8080');
  await expect(page.getByText('Removed output-only keys: taskDefinitionArn, revision, status, registeredAt.')).toBeVisible();

  await replaceJson(page, '{"family": "broken", "containerDefinitions": [');
  await expect(page.getByText('The JSON is not applied to the form')).toBeVisible();
  await expect(page.locator('.cm-lint-marker-error').or(page.locator('.cm-lintRange-error')).first()).toBeVisible();
  await expect(page.getByLabel('Task definition family')).toHaveValue(family);

  // Editing the form again replaces the broken text with the form's JSON.
  await page.getByLabel('Task definition family').fill(`${family}-x`);
  await expect(page.getByRole('textbox', { name: 'Task definition JSON' })).toContainText(`"family": "${family}-x"`);
});

test('deregister and delete a revision; Delete is disabled with the reason while it is ACTIVE', async ({ page }) => {
  const family = uniqueName('td-delete');
  await ecs.send(
    new RegisterTaskDefinitionCommand({
      family,
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: '256',
      memory: '512',
      containerDefinitions: [{ name: 'app', image: 'nginx' }],
    }),
  );
  await page.goto(`/task-definitions/${family}/1`);

  // ECS refuses to delete an ACTIVE revision, so Delete is disabled and says why instead of inviting the refusal.
  const del = page.getByRole('button', { name: 'Delete', exact: true });
  await expect(del).toBeDisabled();
  await expect(del).toHaveAccessibleDescription(`Only INACTIVE revisions can be deleted. Deregister ${family}:1 first.`);

  await page.getByRole('button', { name: 'Deregister', exact: true }).click();
  await page
    .getByRole('dialog')
    .getByLabel(/To confirm, type/)
    .fill('deregister');
  await page.getByRole('dialog').getByRole('button', { name: 'Deregister', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/task-definitions/${family}$`));
  await expect(page.getByText(`Task definition ${family}:1 has been successfully deregistered.`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`${family}:1`) })).toContainText('Inactive');

  await page.goto(`/task-definitions?status=inactive`);
  await expect(page.getByRole('link', { name: family })).toBeVisible();

  await page.goto(`/task-definitions/${family}`);
  await page.getByRole('checkbox', { name: `Select ${family}:1` }).check();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page
    .getByRole('dialog')
    .getByLabel(/To confirm, type/)
    .fill('delete');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText(`Task definition ${family}:1 deletion has been requested.`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`${family}:1`) })).toContainText('Delete in progress');
  const described = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: `${family}:1` }));
  expect(described.taskDefinition?.status).toBe('DELETE_IN_PROGRESS');
});

test('"Next: review" in the new-revision editor moves focus to an empty image far above, in plain words', async ({ page }) => {
  const family = uniqueName('td-next');
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(`/task-definitions/${family}/1/revise`);
  const image = page.getByRole('region', { name: /^Container - 1/ }).getByLabel('Image URI');
  await image.fill('');
  await page.keyboard.press('Tab');
  await expect(image).not.toBeFocused();
  const next = page.getByRole('button', { name: 'Next: review' });
  await next.scrollIntoViewIfNeeded();
  await expect(image).not.toBeInViewport();
  await next.click();
  await expect(image).toBeFocused();
  await expect(image).toBeInViewport();
  await expect(image).toHaveAttribute('aria-invalid', 'true');
  await expect(image).toHaveAccessibleDescription(/Enter an Image URI for container web, for example nginx:latest/);
  await expect(page.getByText('Container.image should not be null or empty.')).toHaveCount(0);
});
