// The client factory through the real SDK against a real HTTP server on loopback that records what it receives:
// which credentials sign a request to a custom endpoint, and that a change outside a guarded action never leaves.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateClusterCommand, ListClustersCommand } from '@aws-sdk/client-ecs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { consoleEnv } from '../env';

vi.mock('server-only', () => ({})); // the build-time guard has no meaning under Vitest
const { buildClient } = await import('./clients');

const envOf = (vars: Record<string, string>) => consoleEnv(vars as unknown as NodeJS.ProcessEnv);
const { ECS_SERVICE } = await import('../ecs/client');
const { MutationOutsideActionError, runAuditedAction } = await import('../audit/recorder');

const received: http.IncomingHttpHeaders[] = [];
let server: http.Server;
let endpoint: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    received.push(req.headers);
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'application/x-amz-json-1.1' });
      res.end(req.headers['x-amz-target']?.toString().endsWith('ListClusters') ? '{"clusterArns":[]}' : '{"cluster":{}}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  received.length = 0;
  vi.unstubAllEnvs();
});

const REAL_KEY = 'AKIAREALKEY000000000';
const REAL_TOKEN = 'real-session-token';

function withRealCredentialsInEnvironment(): void {
  vi.stubEnv('AWS_ACCESS_KEY_ID', REAL_KEY);
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'real-secret');
  vi.stubEnv('AWS_SESSION_TOKEN', REAL_TOKEN);
}

describe('the endpoint target', () => {
  it('signs with the dummy credentials, never the user’s real key or session token (issue 9)', async () => {
    withRealCredentialsInEnvironment();
    const env = envOf({ ECS_CONSOLE_TARGET: 'endpoint', AWS_ENDPOINT_URL_ECS: endpoint });
    await buildClient(ECS_SERVICE, 'eu-west-1', env).send(new ListClustersCommand({}));
    expect(received).toHaveLength(1);
    expect(String(received[0].authorization)).toMatch(/Credential=test\/\d{8}\/eu-west-1\/ecs\/aws4_request/);
    expect(JSON.stringify(received[0])).not.toContain(REAL_KEY);
    expect(received[0]['x-amz-security-token']).toBeUndefined();
  });

  it('uses the credential chain only when configured to (ECS_CONSOLE_ENDPOINT_CREDENTIALS=default-chain)', async () => {
    withRealCredentialsInEnvironment();
    const env = envOf({
      ECS_CONSOLE_TARGET: 'endpoint',
      AWS_ENDPOINT_URL_ECS: endpoint,
      ECS_CONSOLE_ENDPOINT_CREDENTIALS: 'default-chain',
    });
    await buildClient(ECS_SERVICE, 'eu-west-1', env).send(new ListClustersCommand({}));
    expect(String(received[0].authorization)).toContain(`Credential=${REAL_KEY}/`);
    expect(received[0]['x-amz-security-token']).toBe(REAL_TOKEN);
  });
});

describe('changes through a factory client', () => {
  const env = () => envOf({ ECS_CONSOLE_TARGET: 'endpoint', AWS_ENDPOINT_URL_ECS: endpoint });

  it('are refused before anything is sent outside a guarded action', async () => {
    await expect(
      buildClient(ECS_SERVICE, 'us-east-1', env()).send(new CreateClusterCommand({ clusterName: 'x' })),
    ).rejects.toThrow(MutationOutsideActionError);
    expect(received).toHaveLength(0);
  });

  it('are sent and recorded inside one', async () => {
    const context = { calls: [] as { operation: string; input: Record<string, unknown> }[] };
    await runAuditedAction(context as never, () =>
      buildClient(ECS_SERVICE, 'us-east-1', env()).send(new CreateClusterCommand({ clusterName: 'x' })),
    );
    expect(received).toHaveLength(1);
    expect(context.calls).toMatchObject([{ operation: 'CreateCluster', input: { clusterName: 'x' } }]);
  });
});
