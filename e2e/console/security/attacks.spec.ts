// Regression tests for each attack of issue 9, against the console Playwright started (no sign-in, loopback) and
// the real engine, over HTTP the way an attacker would send them (no browser, no JavaScript).
import http from 'node:http';
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DescribeServicesCommand,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { E2E_CONSOLE_PORT } from '../../../playwright.config';
import { fargateTaskDefinition } from '../../api/fixtures';
import { startRefused } from '../../support/console-server';
import { ecsClient, uniqueName } from '../../support/ecs';
import { ActionClient } from '../../support/server-actions';

const base = `http://127.0.0.1:${E2E_CONSOLE_PORT}`;
const actions = new ActionClient(base);
const ecs = ecsClient();

async function pagesAnswer(): Promise<void> {
  for (const path of ['/clusters', '/dashboard', '/task-definitions'])
    expect((await fetch(`${base}${path}`)).status, path).toBe(200);
}

test('a __proto__ field name is refused and every page keeps answering', async () => {
  const answer = await actions.call('createCluster', { clusterName: uniqueName('proto'), '__proto__.desiredCount': '7' });
  expect(answer.state).toEqual({ status: 'error', message: 'The field name __proto__.desiredCount is not allowed.' });
  const viaConstructor = await actions.call('createCluster', {
    clusterName: uniqueName('proto'),
    'constructor.prototype.x': '1',
  });
  expect(viaConstructor.state).toMatchObject({
    status: 'error',
    message: 'The field name constructor.prototype.x is not allowed.',
  });
  await pagesAnswer();
});

test('polluting fields cannot make a later delete-service form parse as confirmed and forced', async () => {
  const cluster = uniqueName('proto');
  const family = uniqueName('td');
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  await ecs.send(
    new CreateServiceCommand({
      cluster,
      serviceName: 'web',
      taskDefinition: family,
      desiredCount: 1,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
    }),
  );
  const polluting = await actions.call('scaleService', {
    cluster,
    service: 'web',
    desiredCount: '1',
    '__proto__.confirmation': 'delete',
    '__proto__.force': 'on',
  });
  expect(polluting.state).toMatchObject({ status: 'error', message: 'The field name __proto__.confirmation is not allowed.' });
  const later = await actions.call('deleteService', { cluster, service: 'web' });
  expect(later.state).toMatchObject({ status: 'error', fieldErrors: { confirmation: ['Type delete to confirm.'] } });
  expect((await ecs.send(new DescribeServicesCommand({ cluster, services: ['web'] }))).services?.[0]?.status).toBe('ACTIVE');
});

test('a huge row number is refused at once instead of blocking the server', async () => {
  const started = Date.now();
  const answer = await actions.call('createCluster', { clusterName: uniqueName('sparse'), 'tags.4294967294.key': 'x' });
  expect(answer.state).toEqual({ status: 'error', message: 'The field tags.4294967294.key uses a row number above 999.' });
  expect(Date.now() - started).toBeLessThan(2_000);
  await pagesAnswer();
});

test('a task definition nested deeper than 32 levels is a form error, not a 500', async () => {
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  const answer = await actions.call('registerTaskDefinition', { document: `{"family":"deep","containerDefinitions":${deep}}` });
  expect(answer.status).toBe(200);
  expect(answer.state).toMatchObject({
    status: 'error',
    fieldErrors: { document: ['The task definition JSON is nested more than 32 levels deep.'] },
  });
});

test('lists are bounded: more than 100 tasks to stop, 60 tags, 21 strategy items', async () => {
  const tasks = Array.from({ length: 101 }, (_, i) => i.toString(16).padStart(32, '0'));
  const stop = await actions.call('stopTasks', { cluster: 'c', tasks, confirmation: 'stop' });
  expect(stop.state).toMatchObject({ status: 'error', fieldErrors: { tasks: ['Select at most 100 tasks at a time.'] } });
  const tags: Record<string, string> = {};
  for (let i = 0; i < 61; i++) tags[`tags.${i}.key`] = `k${i}`;
  const tagged = await actions.call('createCluster', { clusterName: uniqueName('tags'), ...tags });
  expect(tagged.state).toMatchObject({ status: 'error', fieldErrors: { tags: ['A resource can have at most 50 tags.'] } });
  const strategy: Record<string, string> = {};
  for (let i = 0; i < 21; i++) strategy[`strategy.${i}.capacityProvider`] = 'FARGATE';
  const strategic = await actions.call('updateClusterCapacityProviders', {
    cluster: 'c',
    capacityProviders: 'FARGATE',
    ...strategy,
  });
  expect(strategic.state).toMatchObject({
    status: 'error',
    fieldErrors: { strategy: ['A capacity provider strategy can have at most 20 items.'] },
  });
});

test('an invented Region in the cookie is ignored: the default Region is used', async ({ page, context }) => {
  await context.addCookies([{ name: 'ecs-region', value: 'xx-invented-9', url: base }]);
  await page.goto('/clusters');
  await expect(page.getByLabel('Region')).toHaveValue('us-east-1');
  await expect(page.locator('option[value="xx-invented-9"]')).toHaveCount(0);
  const res = await fetch(`${base}/api/clusters`, { headers: { Cookie: 'ecs-region=xx-invented-9' } });
  expect(res.status).toBe(200);
});

/** A raw request with any Host header (fetch would not let us set one). */
function requestWithHost(host: string, path = '/clusters'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: E2E_CONSOLE_PORT, path, headers: { Host: host } }, (res) => {
      let body = '';
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('a foreign Host (DNS rebinding) is refused on every path; loopback names are answered', async () => {
  for (const path of ['/clusters', '/api/clusters', '/api/health', '/_next/static/x.js']) {
    const refused = await requestWithHost(`rebind.example:${E2E_CONSOLE_PORT}`, path);
    expect(refused.status, path).toBe(421);
    expect(refused.body).toContain('ECS_CONSOLE_ALLOWED_HOSTS');
  }
  for (const host of [`localhost:${E2E_CONSOLE_PORT}`, `127.0.0.1:${E2E_CONSOLE_PORT}`])
    expect((await requestWithHost(host)).status, host).toBe(200);
});

test('the security headers are on every page and route handler', async () => {
  const paths = [
    '/clusters',
    '/clusters/new',
    '/dashboard',
    '/task-definitions',
    '/task-definitions/new',
    '/audit',
    '/signin',
    '/api/clusters',
    '/api/health',
  ];
  for (const path of paths) {
    const res = await fetch(`${base}${path}`, { redirect: 'manual' });
    expect(res.status, path).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  }
});

test('without sign-in the console refuses to start where other machines can reach it', async () => {
  const { code, output } = await startRefused(
    E2E_CONSOLE_PORT + 4,
    { ECS_CONSOLE_ALLOWED_HOSTS: 'ecs.example.com' },
    '127.0.0.1',
  );
  expect(code).toBe(1);
  expect(output).toContain(
    'ECS_CONSOLE_ALLOWED_HOSTS (ecs.example.com) lets other machines reach the console, but it has no sign-in',
  );
  expect(output).toContain('ECS_CONSOLE_AUTH=password');
});
