// Per role, over HTTP (no UI): every mutating server action and every route handler of a console with password
// sign-in, without a session and with each role. Refused exactly where the role is below the action's; each
// attempt, allowed or refused, is in the audit trail with who, role, action, resource, outcome and, when it ran,
// the AWS CLI form of its calls.
import { expect, test } from '@playwright/test';
import type { AuditEntry } from '../../../lib/audit/store';
import type { Role } from '../../../lib/auth/roles';
import { fargateTaskDefinition } from '../../api/fixtures';
import {
  addUsers,
  type ConsoleServer,
  EXTRA_CONSOLE_PORTS,
  startConsole,
  TEST_PASSWORD,
  tempDataDir,
} from '../../support/console-server';
import { uniqueName } from '../../support/ecs';
import { ActionClient, type Fields, sessionCookie } from '../../support/server-actions';

const ROLES: Role[] = ['viewer', 'operator', 'admin'];
const RANK: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };
// Fixed (not unique) because it is part of test titles, which must be the same in every worker.
const missing = 'no-such-cluster-of-the-roles-spec';

const INSTANCE = '0123456789abcdef0123456789abcdef';
const DEPLOYMENT = {
  cluster: missing,
  service: 'web',
  serviceDeploymentArn: `arn:aws:ecs:us-east-1:000000000000:service-deployment/${missing}/web/0123456789abcdef`,
};

/** Each mutating action, the least role that may run it, and fields that reach ECS (and fail there harmlessly). */
const ACTIONS: { name: string; role: Role; fields: Fields; stopsBeforeChanging?: boolean }[] = [
  { name: 'createCluster', role: 'admin', fields: { clusterName: uniqueName('roles') } },
  { name: 'updateClusterSettings', role: 'admin', fields: { cluster: missing, containerInsights: 'enabled' } },
  { name: 'updateClusterCapacityProviders', role: 'admin', fields: { cluster: missing, capacityProviders: 'FARGATE' } },
  // Looks the cluster up first and stops there when it is missing: no change is sent, so no CLI line.
  {
    name: 'updateClusterTags',
    role: 'admin',
    fields: { cluster: missing, 'tags.0.key': 'a', 'tags.0.value': 'b' },
    stopsBeforeChanging: true,
  },
  { name: 'deleteCluster', role: 'admin', fields: { cluster: missing, confirmation: missing } },
  {
    name: 'createService',
    role: 'operator',
    fields: { cluster: missing, serviceName: 'web', taskDefinition: 'web:1', launchType: 'EC2', desiredCount: '0' },
  },
  {
    name: 'updateService',
    role: 'operator',
    fields: {
      cluster: missing,
      service: 'web',
      taskDefinition: 'web:1',
      desiredCount: '1',
      minimumHealthyPercent: '100',
      maximumPercent: '200',
    },
  },
  { name: 'updateServiceRevision', role: 'operator', fields: { cluster: missing, service: 'web', taskDefinition: 'web:1' } },
  { name: 'scaleService', role: 'operator', fields: { cluster: missing, service: 'web', desiredCount: '2' } },
  { name: 'forceNewDeployment', role: 'operator', fields: { cluster: missing, service: 'web' } },
  { name: 'deleteService', role: 'admin', fields: { cluster: missing, service: 'web', confirmation: 'delete' } },
  { name: 'runTask', role: 'operator', fields: { cluster: missing, taskDefinition: 'web:1', launchType: 'EC2', count: '1' } },
  {
    name: 'stopTasks',
    role: 'operator',
    fields: { cluster: missing, tasks: '0123456789abcdef0123456789abcdef', confirmation: 'stop' },
  },
  {
    name: 'registerTaskDefinition',
    role: 'operator',
    fields: {
      document: JSON.stringify({
        ...fargateTaskDefinition(uniqueName('roles')),
        containerDefinitions: [
          { name: 'web', image: 'nginx', essential: true, environment: [{ name: 'DB_PASSWORD', value: 'hunter2' }] },
        ],
      }),
    },
  },
  {
    name: 'deregisterTaskDefinitions',
    role: 'admin',
    fields: { taskDefinitions: 'no-such-family:1', confirmation: 'deregister' },
  },
  { name: 'deleteTaskDefinitions', role: 'admin', fields: { taskDefinitions: 'no-such-family:1', confirmation: 'delete' } },
  {
    name: 'createCapacityProvider',
    role: 'admin',
    fields: { cluster: missing, name: uniqueName('rolescp'), autoScalingGroup: 'roles-asg', maxSize: '2' },
  },
  { name: 'updateCapacityProvider', role: 'admin', fields: { cluster: missing, name: 'no-such-provider', managedScaling: 'on' } },
  {
    name: 'deleteCapacityProvider',
    role: 'admin',
    fields: { cluster: missing, name: 'no-such-provider', confirmation: 'no-such-provider' },
  },
  { name: 'putAttribute', role: 'admin', fields: { cluster: missing, instance: INSTANCE, name: 'team', value: 'web' } },
  { name: 'deleteAttribute', role: 'admin', fields: { cluster: missing, instance: INSTANCE, name: 'team' } },
  {
    name: 'updateContainerInstanceState',
    role: 'admin',
    fields: { cluster: missing, containerInstance: INSTANCE, status: 'DRAINING' },
  },
  {
    name: 'deregisterContainerInstance',
    role: 'admin',
    fields: { cluster: missing, containerInstance: INSTANCE, confirmation: 'deregister' },
  },
  {
    name: 'stopServiceDeployment',
    role: 'operator',
    fields: { ...DEPLOYMENT, stopType: 'ROLLBACK', confirmation: 'rollback' },
  },
  { name: 'continueServiceDeployment', role: 'operator', fields: { ...DEPLOYMENT, hookId: 'hook-1', action: 'CONTINUE' } },
  {
    name: 'updateTaskProtection',
    role: 'operator',
    fields: { cluster: missing, task: INSTANCE, protectionEnabled: 'on', expiresInMinutes: '60' },
  },
];

/** Every route handler, with a path that exists or answers ECS's 404. */
const ROUTES = [
  '/api/clusters',
  `/api/clusters/${missing}`,
  `/api/clusters/${missing}/services`,
  `/api/clusters/${missing}/services/web`,
  `/api/clusters/${missing}/tasks`,
  `/api/clusters/${missing}/tasks/0123456789abcdef0123456789abcdef`,
  `/api/clusters/${missing}/container-instances`,
  `/api/clusters/${missing}/services/web/deployment`,
  `/api/clusters/${missing}/services/web/load-balancing`,
  `/api/clusters/${missing}/services/web/auto-scaling`,
  `/api/clusters/${missing}/tasks/0123456789abcdef0123456789abcdef/protection`,
  '/api/dashboard',
  '/api/audit',
  '/api/palette',
];

let server: ConsoleServer;
const users: Record<Role, string> = { viewer: uniqueName('vera'), operator: uniqueName('otto'), admin: uniqueName('ada') };
const sessions = {} as Record<Role, ActionClient>;
let anonymous: ActionClient;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const dataDir = tempDataDir();
  await addUsers(dataDir, { [users.viewer]: 'viewer', [users.operator]: 'operator', [users.admin]: 'admin' });
  server = await startConsole(EXTRA_CONSOLE_PORTS.password, { ECS_CONSOLE_AUTH: 'password' }, { dataDir });
  anonymous = new ActionClient(server.url);
  for (const role of ROLES) {
    const signedIn = await anonymous.call('signIn', { username: users[role], password: TEST_PASSWORD, next: '/clusters' });
    expect(signedIn.redirect).toBe('/clusters');
    sessions[role] = anonymous.withCookie(sessionCookie(signedIn));
  }
});
test.afterAll(async () => server?.stop());

async function audit(role: Role, query: string): Promise<AuditEntry[]> {
  const res = await fetch(`${server.url}/api/audit?${query}`, { headers: { Cookie: sessions[role].cookie } });
  expect(res.status).toBe(200);
  return res.json();
}

for (const action of ACTIONS) {
  test(`${action.name}: ${action.role} and above only, every attempt audited`, async () => {
    const noSession = await anonymous.call(action.name, action.fields);
    expect(noSession.state).toMatchObject({
      status: 'error',
      message: 'Your session has ended or you are not signed in. Sign in and try again.',
    });
    for (const role of ROLES) {
      const answer = await sessions[role].call(action.name, action.fields);
      if (RANK[role] < RANK[action.role]) {
        expect(answer.state, `${role} must be refused`).toMatchObject({
          status: 'error',
          message: `Your role (${role[0].toUpperCase()}${role.slice(1)}) cannot do this: it needs the ${action.role[0].toUpperCase()}${action.role.slice(1)} role.`,
        });
      } else {
        // Allowed: it reached ECS (success, a redirect, or ECS's own refusal of the missing resource).
        const refusedByRole = answer.state?.status === 'error' && /cannot do this|not signed in/.test(answer.state.message);
        expect(refusedByRole, `${role} must be allowed: ${JSON.stringify(answer.state)}`).toBe(false);
      }
    }
    const entries = (await audit('admin', `text=${action.name}`)).filter((e) => e.action === action.name);
    const byUser = (user: string) => entries.filter((e) => e.user === user);
    expect(byUser('(not signed in)').map((e) => [e.decision, e.outcome])).toEqual([['refused', 'refused']]);
    for (const role of ROLES) {
      const [entry] = byUser(users[role]);
      expect(entry, `${role}'s attempt is in the trail`).toMatchObject({ role, auth: 'password', region: 'us-east-1' });
      expect(entry.target).toMatch(/^local http:\/\/127\.0\.0\.1:\d+$/);
      if (RANK[role] < RANK[action.role])
        expect([entry.decision, entry.outcome, entry.request]).toEqual(['refused', 'refused', '']);
      else {
        expect(entry.decision).toBe('allowed');
        expect(['success', 'error']).toContain(entry.outcome);
        if (action.stopsBeforeChanging) expect([entry.outcome, entry.request]).toEqual(['error', '']);
        else expect(entry.request).toMatch(/^aws ecs [a-z-]+ --region us-east-1 --endpoint-url http:\/\/127\.0\.0\.1:\d+/);
      }
    }
  });
}

test('the audit trail keeps ECS’s error name and message, and never a secret', async () => {
  const [deleted] = (await audit('admin', 'text=deleteCluster')).filter((e) => e.user === users.admin);
  expect(deleted).toMatchObject({ outcome: 'error', errorCode: 'ClusterNotFoundException', resource: `cluster ${missing}` });
  expect(deleted.request).toBe(
    `aws ecs delete-cluster --region us-east-1 --endpoint-url ${deleted.target.split(' ')[1]} --cluster ${missing}`,
  );
  const registered = (await audit('admin', 'text=registerTaskDefinition')).filter(
    (e) => e.action === 'registerTaskDefinition' && e.decision === 'allowed',
  );
  expect(registered).toHaveLength(2);
  for (const e of registered) {
    expect(e.outcome).toBe('success');
    expect(`${e.request} ${e.input}`).not.toContain('hunter2');
    expect(e.request).toContain('DB_PASSWORD');
  }
});

test('non-admins see only their own audit entries; admins see everyone’s', async () => {
  for (const role of ['viewer', 'operator'] as const) {
    const own = await audit(role, '');
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((e) => e.user))).toEqual(new Set([users[role]]));
  }
  const all = new Set((await audit('admin', '')).map((e) => e.user));
  for (const role of ROLES) expect(all.has(users[role])).toBe(true);
});

for (const route of ROUTES)
  test(`GET ${route}: 401 without a session, answered for every role`, async () => {
    const noSession = await fetch(`${server.url}${route}`);
    expect(noSession.status).toBe(401);
    expect((await noSession.json()).error.kind).toBe('unauthenticated');
    for (const role of ROLES) {
      const res = await fetch(`${server.url}${route}`, { headers: { Cookie: sessions[role].cookie } });
      expect([200, 404], `${role}: ${res.status}`).toContain(res.status);
      expect(res.status).toBe(route.includes(missing) ? 404 : 200);
    }
  });

test('GET /api/logs and /api/metrics: 401 without a session before the query is looked at, 400 naming what is missing', async () => {
  for (const [route, error] of [
    ['/api/logs', 'Name a cluster and a service or task: ?cluster=…&service=… or &task=…'],
    ['/api/metrics', 'Name a cluster: ?cluster=…'],
  ]) {
    const noSession = await fetch(`${server.url}${route}`);
    expect(noSession.status, route).toBe(401);
    const res = await fetch(`${server.url}${route}`, { headers: { Cookie: sessions.viewer.cookie } });
    expect(res.status, route).toBe(400);
    expect(await res.json()).toEqual({ error });
  }
});

test('a forged or ended session is no session', async () => {
  const forged = `ecs-session=${Buffer.from('{"alg":"none"}').toString('base64url')}.e30.`;
  expect((await fetch(`${server.url}/api/clusters`, { headers: { Cookie: forged } })).status).toBe(401);
  const signedIn = await anonymous.call('signIn', { username: users.operator, password: TEST_PASSWORD });
  const cookie = sessionCookie(signedIn);
  expect((await fetch(`${server.url}/api/clusters`, { headers: { Cookie: cookie } })).status).toBe(200);
  await anonymous.withCookie(cookie).call('signOut');
  expect((await fetch(`${server.url}/api/clusters`, { headers: { Cookie: cookie } })).status).toBe(401);
  const wrong = await anonymous.call('signIn', { username: users.operator, password: 'not the password' });
  expect(wrong.state).toMatchObject({ status: 'error', message: 'The user name or password is not right.' });
  expect(wrong.cookies.some((c) => c.startsWith('ecs-session='))).toBe(false);
});
