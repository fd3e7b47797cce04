// Password sign-in and sign-out in a real browser, roles in the UI (disabled with the reason), and a read-only
// console's badge and refusals, each against a console of its own with the matching settings.
import { expect, test } from '@playwright/test';
import type { Role } from '../../../lib/auth/roles';
import {
  addUsers,
  type ConsoleServer,
  EXTRA_CONSOLE_PORTS,
  startConsole,
  TEST_PASSWORD,
  tempDataDir,
} from '../../support/console-server';
import { uniqueName } from '../../support/ecs';
import { expectAllowed, expectRefused } from '../../support/permitted';
import { ActionClient } from '../../support/server-actions';

test.describe('password sign-in', () => {
  let server: ConsoleServer;
  const users: Record<Role, string> = { viewer: uniqueName('vic'), operator: uniqueName('oli'), admin: uniqueName('amy') };

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const dataDir = tempDataDir();
    await addUsers(dataDir, { [users.viewer]: 'viewer', [users.operator]: 'operator', [users.admin]: 'admin' });
    server = await startConsole(
      EXTRA_CONSOLE_PORTS.password,
      { ECS_CONSOLE_AUTH: 'password', ECS_CONSOLE_SESSION_HOURS: '1' },
      { dataDir },
    );
  });
  test.afterAll(async () => server?.stop());

  test('sign in, see who and which role, sign out', async ({ page }) => {
    await page.goto(`${server.url}/clusters`);
    await expect(page).toHaveURL(`${server.url}/signin`);
    await page.getByLabel('User name').fill(users.admin);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('The user name or password is not right.')).toBeVisible();

    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(`${server.url}/clusters`);
    await expect(page.getByTestId('signed-in-user')).toHaveText(`Signed in as ${users.admin}`);
    await expect(page.getByTestId('signed-in-role')).toHaveText('Admin');
    const cookie = (await page.context().cookies()).find((c) => c.name === 'ecs-session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.expires).toBeGreaterThan(Date.now() / 1000 + 3000);
    expect(cookie?.expires).toBeLessThan(Date.now() / 1000 + 3700);
    await expectAllowed(page, 'Create cluster');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(`${server.url}/signin`);
    await page.goto(`${server.url}/dashboard`);
    await expect(page).toHaveURL(`${server.url}/signin`);
    // The old cookie value is dead on the server even if replayed.
    const replay = await fetch(`${server.url}/api/clusters`, { headers: { Cookie: `ecs-session=${cookie?.value}` } });
    expect(replay.status).toBe(401);
  });

  test('a viewer sees what they cannot do as disabled, with the reason', async ({ page }) => {
    await page.goto(`${server.url}/signin?next=/clusters`);
    await page.getByLabel('User name').fill(users.viewer);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('signed-in-role')).toHaveText('Viewer');
    await expectRefused(page, 'Create cluster', 'Your role (Viewer) cannot do this: it needs the Admin role.');
    await page.goto(`${server.url}/task-definitions`);
    await expectRefused(page, 'Create new task definition', 'Your role (Viewer) cannot do this: it needs the Operator role.');
  });

  test('an operator may register task definitions but not create clusters', async ({ page }) => {
    await page.goto(`${server.url}/signin`);
    await page.getByLabel('User name').fill(users.operator);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('signed-in-role')).toHaveText('Operator');
    await expectRefused(page, 'Create cluster', 'Your role (Operator) cannot do this: it needs the Admin role.');
    await page.goto(`${server.url}/task-definitions`);
    await expectAllowed(page, 'Create new task definition');
  });
});

test.describe('read-only mode', () => {
  let server: ConsoleServer;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = await startConsole(EXTRA_CONSOLE_PORTS.readOnly, { ECS_CONSOLE_READ_ONLY: '1' });
  });
  test.afterAll(async () => server?.stop());

  test('the header says so, buttons are disabled, and the server refuses every change and records it', async ({ page }) => {
    await page.goto(`${server.url}/clusters`);
    await expect(page.getByTestId('read-only-badge')).toHaveText('Read-only');
    await expectRefused(
      page,
      'Create cluster',
      'The console is in read-only mode (ECS_CONSOLE_READ_ONLY): every change is refused.',
    );
    const name = uniqueName('ro');
    const answer = await new ActionClient(server.url).call('createCluster', { clusterName: name });
    expect(answer.state).toMatchObject({
      status: 'error',
      message: 'The console is in read-only mode (ECS_CONSOLE_READ_ONLY): every change is refused.',
    });
    const [entry] = await (await fetch(`${server.url}/api/audit?text=${name}`)).json();
    expect(entry).toMatchObject({
      user: 'local',
      role: 'admin',
      auth: 'none',
      action: 'createCluster',
      resource: `cluster ${name}`,
      decision: 'refused',
      outcome: 'refused',
    });
    await page.goto(`${server.url}/audit`);
    await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
    await expect(page.getByTestId('audit-row').filter({ hasText: `cluster ${name}` })).toContainText('refused');
  });
});
