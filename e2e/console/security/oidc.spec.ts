// OpenID Connect sign-in in a real browser against a real provider this test starts on loopback (the
// oidc-provider package, with its development login and consent pages): the authorization code flow with PKCE,
// the role mapped from the groups claim, and a user whose groups map to no role refused. The provider warns
// "Unsupported runtime" on Node 20; that is a check of the LTS codename only, everything used here works.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Page, test } from '@playwright/test';
import { AuditStore } from '../../../lib/audit/store';
import { openSecurityDb, securityDbFile } from '../../../lib/auth/security-db';
import { type ConsoleServer, EXTRA_CONSOLE_PORTS, startConsole } from '../../support/console-server';
import { expectAllowed, expectRefused } from '../../support/permitted';

const CLIENT_ID = 'ecs-console';
const CLIENT_SECRET = 'a test client secret for the local provider';
const GROUPS: Record<string, string[]> = {
  'ops-olga': ['staff', 'ecs-operators'],
  'admin-ari': ['ecs-admins'],
  'guest-gus': ['staff'],
};

test.describe.configure({ mode: 'serial' });

let provider: http.Server;
let issuer: string;
let server: ConsoleServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  provider = http.createServer();
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
  const consoleUrl = `http://127.0.0.1:${EXTRA_CONSOLE_PORTS.oidc}`;
  const { default: Provider } = await import('oidc-provider');
  const oidc = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${consoleUrl}/auth/oidc/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], profile: ['preferred_username'], groups: ['groups'] },
    findAccount: async (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: async () => ({ sub: id, preferred_username: id, groups: GROUPS[id] ?? [] }),
    }),
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['a test cookie signing key'] },
  });
  provider.on('request', oidc.callback());
  server = await startConsole(EXTRA_CONSOLE_PORTS.oidc, {
    ECS_CONSOLE_AUTH: 'oidc',
    ECS_CONSOLE_OIDC_ISSUER: issuer,
    ECS_CONSOLE_OIDC_CLIENT_ID: CLIENT_ID,
    ECS_CONSOLE_OIDC_CLIENT_SECRET: CLIENT_SECRET,
    ECS_CONSOLE_OIDC_SCOPES: 'openid profile groups',
    ECS_CONSOLE_OIDC_ROLES: 'ecs-operators=operator,ecs-admins=admin',
  });
});

test.afterAll(async () => {
  await server?.stop();
  await new Promise<void>((resolve) => (provider ? provider.close(() => resolve()) : resolve()));
});

// The provider's development pages @import a web font; nothing may leave this machine, so such requests are
// refused in the browser before they are sent (the pages render without it).
test.beforeEach(async ({ context }) => {
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
});

async function signInAtProvider(page: Page, user: string): Promise<void> {
  await page.goto(`${server.url}/dashboard`);
  await expect(page).toHaveURL(`${server.url}/signin`);
  await page.getByRole('link', { name: 'Sign in with your identity provider' }).click();
  await expect(page).toHaveURL(new RegExp(`^${issuer}/`));
  await page.locator('input[name="login"]').fill(user);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: /sign-in/i }).click();
  await page.getByRole('button', { name: /continue/i }).click();
}

test('sign in through the provider; the role comes from the groups claim; sign out', async ({ page }) => {
  await signInAtProvider(page, 'ops-olga');
  await expect(page).toHaveURL(`${server.url}/clusters`);
  await expect(page.getByTestId('signed-in-user')).toHaveText('Signed in as ops-olga');
  await expect(page.getByTestId('signed-in-role')).toHaveText('Operator');
  await expectRefused(page, 'Create cluster', 'Your role (Operator) cannot do this: it needs the Admin role.');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(`${server.url}/signin`);
  expect((await page.context().cookies()).some((c) => c.name === 'ecs-session')).toBe(false);
});

test('an admin group maps to the admin role', async ({ page }) => {
  await signInAtProvider(page, 'admin-ari');
  await expect(page.getByTestId('signed-in-role')).toHaveText('Admin');
  await expectAllowed(page, 'Create cluster');
});

test('a user none of whose groups is mapped cannot sign in, and the refusal is audited', async ({ page }) => {
  await signInAtProvider(page, 'guest-gus');
  await expect(page).toHaveURL(/\/signin\?error=/);
  await expect(page.getByText(/guest-gus signed in, but none of their groups is mapped to a console role/)).toBeVisible();
  expect((await page.context().cookies()).some((c) => c.name === 'ecs-session')).toBe(false);
  const db = openSecurityDb(securityDbFile(server.dataDir));
  const signIns = new AuditStore(db, 86_400_000).query({ text: 'signIn' });
  db.close();
  expect(signIns.map((e) => [e.user, e.role, e.auth, e.decision, e.outcome])).toEqual([
    ['(unknown)', '', 'oidc', 'refused', 'refused'],
    ['admin-ari', 'admin', 'oidc', 'allowed', 'success'],
    ['ops-olga', 'operator', 'oidc', 'allowed', 'success'],
  ]);
  expect(signIns[0].errorMessage).toMatch(/^OidcSignInError: guest-gus signed in, but none of their groups is mapped/);
});
