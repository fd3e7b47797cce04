// The wire protocol as AWS SDKs and the CLI expect it, over real HTTP against an in-memory engine, and the front's
// defences: loopback Host names only (DNS rebinding), a signature and the AWS JSON content type required, bodies
// over the limit refused before they are read.
import http from 'node:http';
import { CreateClusterCommand, ListClustersCommand } from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './server';
import { regionFromAuthorization } from './server';
import { type ServedEngine, servedEngine, testEngine } from './testing/engine';
import { testAuthorization } from './testing/signature';

const TARGET = 'AmazonEC2ContainerServiceV20141113';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let served: ServedEngine;
let server: RunningServer;

beforeAll(async () => {
  served = await servedEngine();
  ({ server } = served);
});
afterAll(() => served.close());

const SIGNED = testAuthorization('ecs');

async function post(target: string | undefined, body: string, headers: Record<string, string | undefined> = {}) {
  const all: Record<string, string | undefined> = {
    'content-type': 'application/x-amz-json-1.1',
    authorization: SIGNED,
    ...(target ? { 'x-amz-target': target } : {}),
    ...headers,
  };
  const res = await fetch(server.url, {
    method: 'POST',
    headers: Object.fromEntries(Object.entries(all).filter((e): e is [string, string] => e[1] !== undefined)),
    body,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: JSON.parse(text) as Record<string, unknown> };
}

const client = (region: string) => served.client(region);

describe('HTTP protocol', () => {
  it('answers GET /health', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ service: 'ecs-local', status: 'ok', runtime: 'simulated', loadBalancers: 'simulated' });
  });

  it('sends errors as {__type, message} with the JSON 1.1 content type and a request id', async () => {
    const res = await post(`${TARGET}.NoSuchThing`, '{}');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(res.headers.get('x-amzn-requestid')).toMatch(UUID);
    expect(res.json.__type).toBe('UnknownOperationException');
    expect(res.json.message).toEqual(expect.stringContaining('NoSuchThing'));
    expect(Object.keys(res.json).sort()).toEqual(['__type', 'message']);
  });

  it('gives every response its own request id', async () => {
    const a = await post(`${TARGET}.NoSuchThing`, '{}');
    const b = await post(`${TARGET}.NoSuchThing`, '{}');
    expect(a.headers.get('x-amzn-requestid')).not.toBe(b.headers.get('x-amzn-requestid'));
  });

  it('refuses a missing or foreign target and non-POST calls with UnknownOperationException', async () => {
    expect((await post(undefined, '{}')).json.__type).toBe('UnknownOperationException');
    expect((await post('DynamoDB_20120810.ListTables', '{}')).json.__type).toBe('UnknownOperationException');
    expect((await post(`${TARGET}.toString`, '{}')).json.__type).toBe('UnknownOperationException');
    expect((await post(`${TARGET}.__proto__`, '{}')).json.__type).toBe('UnknownOperationException');
    const put = await fetch(server.url, { method: 'PUT', body: '{}', headers: { authorization: SIGNED } });
    expect(put.status).toBe(400);
    expect(((await put.json()) as { __type: string }).__type).toBe('UnknownOperationException');
  });

  it('answers malformed JSON and non-object bodies with SerializationException', async () => {
    for (const body of ['{', '{"a":}', 'nul', '[]', '"text"', '42', 'null']) {
      const res = await post(`${TARGET}.ListClusters`, body);
      expect(res.status, body).toBe(400);
      expect(res.json.__type, body).toBe('SerializationException');
    }
  });

  it('refuses bodies over 1 MiB with a 400, not a crash', async () => {
    const res = await post(`${TARGET}.ListClusters`, JSON.stringify({ nextToken: 'x'.repeat(1_100_000) }));
    expect(res.status).toBe(400);
    expect(res.json.__type).toBe('InvalidParameterException');
  });

  it('accepts an empty body as {} and answers 200 with the JSON 1.1 content type', async () => {
    const res = await post(`${TARGET}.ListClusters`, '');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(res.headers.get('x-amzn-requestid')).toMatch(UUID);
    expect(res.json).toHaveProperty('clusterArns');
  });

  it('maps validation problems to 400s with AWS wording', async () => {
    const wrongType = await post(`${TARGET}.ListClusters`, '{"maxResults":"ten"}');
    expect(wrongType.status).toBe(400);
    expect(wrongType.json.__type).toBe('SerializationException');
    const unknown = await post(`${TARGET}.ListClusters`, '{"maxResult":10}');
    expect(unknown.json.__type).toBe('InvalidParameterException');
    expect(unknown.json.message).toMatch(/^1 validation error detected: Unknown parameter 'maxResult'/);
  });

  it('reports missing required members as InvalidParameterException', async () => {
    const res = await post(`${TARGET}.DescribeServices`, '{}');
    expect(res.json).toEqual({
      __type: 'InvalidParameterException',
      message: "1 validation error detected: Value null at 'services' failed to satisfy constraint: Member must not be null",
    });
  });

  it('keeps regions apart, taking the region from the SigV4 credential scope', async () => {
    const east = client('us-east-1');
    const west = client('eu-west-1');
    const made = await west.send(new CreateClusterCommand({ clusterName: 'region-probe' }));
    expect(made.cluster?.clusterArn).toBe('arn:aws:ecs:eu-west-1:000000000000:cluster/region-probe');
    const westArns = (await west.send(new ListClustersCommand({}))).clusterArns ?? [];
    const eastArns = (await east.send(new ListClustersCommand({}))).clusterArns ?? [];
    expect(westArns).toContain(made.cluster?.clusterArn);
    expect(eastArns.some((a) => a.endsWith('/region-probe'))).toBe(false);
    // A signature without a credential scope falls back to us-east-1.
    const unscoped = await post(`${TARGET}.ListClusters`, '{}', { authorization: 'AWS4-HMAC-SHA256 Signature=0' });
    expect(unscoped.json.clusterArns).toEqual(eastArns);
  });
});

describe('regionFromAuthorization', () => {
  it('reads the region from the credential scope and defaults to us-east-1', () => {
    const header =
      'AWS4-HMAC-SHA256 Credential=test/20260101/ap-southeast-2/ecs/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc';
    expect(regionFromAuthorization(header)).toBe('ap-southeast-2');
    expect(regionFromAuthorization(undefined)).toBe('us-east-1');
    expect(regionFromAuthorization('Bearer token')).toBe('us-east-1');
    expect(regionFromAuthorization('AWS4-HMAC-SHA256 Credential=test/20260101/../ecs/aws4_request')).toBe('us-east-1');
  });
});

/** A raw request, to set what fetch will not (Host) or to send a body slowly. */
function rawRequest(url: string, options: http.RequestOptions): Promise<http.IncomingMessage> & { request: http.ClientRequest } {
  let request!: http.ClientRequest;
  const answered = new Promise<http.IncomingMessage>((resolve, reject) => {
    request = http.request(url, { method: 'POST', ...options }, resolve);
    request.on('error', reject);
  });
  return Object.assign(answered, { request });
}

async function bodyOf(res: http.IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of res) text += chunk;
  return JSON.parse(text) as Record<string, unknown>;
}

describe('who may call the engine', () => {
  const apiHeaders = {
    'content-type': 'application/x-amz-json-1.1',
    'x-amz-target': `${TARGET}.ListClusters`,
    authorization: SIGNED,
  };

  async function withHost(host: string, url = server.url, path = '/') {
    const pending = rawRequest(`${url}${path}`, { headers: { ...apiHeaders, host }, method: path === '/' ? 'POST' : 'GET' });
    pending.request.end('{}');
    const res = await pending;
    return { status: res.statusCode, json: await bodyOf(res) };
  }

  it('answers loopback names and addresses in Host', async () => {
    const port = new URL(server.url).port;
    for (const host of [
      `127.0.0.1:${port}`,
      `localhost:${port}`,
      `LocalHost:${port}`,
      `[::1]:${port}`,
      `127.8.9.10:${port}`,
      'localhost',
      `app.localhost:${port}`,
    ]) {
      const res = await withHost(host);
      expect(res.status, host).toBe(200);
      expect(res.json, host).toHaveProperty('clusterArns');
    }
  });

  it('refuses any other Host (DNS rebinding) with a 403 naming the host and the setting, /health included', async () => {
    for (const host of [
      'evil.example',
      'evil.example:4599',
      '192.168.1.20:4599',
      'localhost.evil.example',
      '127.0.0.1.evil.example',
    ]) {
      const res = await withHost(host);
      expect(res.status, host).toBe(403);
      expect(res.json, host).toEqual({
        __type: 'AccessDeniedException',
        message: `Host '${host.replace(/:\d+$/, '')}' is not allowed. The engine answers loopback names (localhost, 127.0.0.1, [::1]) and the hosts in ECS_LOCAL_ALLOWED_HOSTS; add it there to call the engine by that name.`,
      });
    }
    expect((await withHost('evil.example', server.url, '/health')).status).toBe(403);
  });

  it('answers hosts named in ECS_LOCAL_ALLOWED_HOSTS', async () => {
    const other = await servedEngine(testEngine().engine, { allowedHosts: ['ecs.lan', '192.168.1.20'] });
    try {
      expect((await withHost('ecs.lan:4599', other.server.url)).status).toBe(200);
      expect((await withHost('192.168.1.20', other.server.url)).status).toBe(200);
      expect((await withHost('evil.example', other.server.url)).status).toBe(403);
    } finally {
      await other.close();
    }
  });

  it('requires an Authorization header (any signature), as AWS does; /health needs none', async () => {
    const res = await post(`${TARGET}.ListClusters`, '{}', { authorization: undefined });
    expect(res.status).toBe(403);
    expect(res.json).toEqual({
      __type: 'MissingAuthenticationTokenException',
      message:
        'Missing Authentication Token. Sign requests with AWS Signature Version 4, as the AWS SDKs and CLI do; the engine accepts any credentials (e.g. test / test).',
    });
    expect((await post(`${TARGET}.ListClusters`, '{}', { authorization: 'AWS4-HMAC-SHA256 Credential=anything' })).status).toBe(
      200,
    );
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it('requires the AWS JSON content type', async () => {
    for (const type of ['text/plain', 'application/json', 'application/x-www-form-urlencoded']) {
      const res = await post(`${TARGET}.ListClusters`, '{}', { 'content-type': type });
      expect(res.status, type).toBe(400);
      expect(res.json, type).toEqual({
        __type: 'UnknownOperationException',
        message: `Content-Type '${type}': send AWS JSON requests as application/x-amz-json-1.1 (or 1.0).`,
      });
    }
    const { 'content-type': _, ...withoutType } = headersFor('ListClusters');
    const pending = rawRequest(server.url, { headers: withoutType });
    pending.request.end('{}');
    const missing = await pending;
    expect(missing.statusCode).toBe(400);
    expect((await bodyOf(missing)).message).toBe(
      'Content-Type missing: send AWS JSON requests as application/x-amz-json-1.1 (or 1.0).',
    );
    for (const type of ['application/x-amz-json-1.0', 'application/x-amz-json-1.1; charset=utf-8', 'Application/X-Amz-Json-1.1'])
      expect((await post(`${TARGET}.ListClusters`, '{}', { 'content-type': type })).status, type).toBe(200);
  });
});

describe('request bodies over the limit', () => {
  it('are refused as soon as Content-Length says so, before the body is sent', async () => {
    const pending = rawRequest(server.url, {
      headers: { ...headersFor('ListClusters'), 'content-length': String(50 * 2 ** 20) },
    });
    pending.request.write('{"padding": "');
    const res = await pending; // the body is far from complete: only the headers were read
    expect(res.statusCode).toBe(400);
    expect(await bodyOf(res)).toEqual({
      __type: 'InvalidParameterException',
      message: 'The request body is larger than 1048576 bytes.',
    });
    pending.request.destroy();
  });

  it('are refused as soon as a chunked body passes the limit', async () => {
    const pending = rawRequest(server.url, { headers: headersFor('ListClusters') });
    pending.request.write(`{"padding": "${'x'.repeat(2 ** 20)}`);
    const res = await pending;
    expect(res.statusCode).toBe(400);
    expect((await bodyOf(res)).__type).toBe('InvalidParameterException');
    pending.request.destroy();
  });
});

function headersFor(operation: string): Record<string, string> {
  return { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `${TARGET}.${operation}`, authorization: SIGNED };
}
