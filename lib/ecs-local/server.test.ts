// The wire protocol as AWS SDKs and the CLI expect it, over real HTTP against an in-memory engine.
import { CreateClusterCommand, ListClustersCommand } from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './server';
import { regionFromAuthorization } from './server';
import { type ServedEngine, servedEngine } from './testing/engine';

const TARGET = 'AmazonEC2ContainerServiceV20141113';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let served: ServedEngine;
let server: RunningServer;

beforeAll(async () => {
  served = await servedEngine();
  ({ server } = served);
});
afterAll(() => served.close());

async function post(target: string | undefined, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', ...(target ? { 'x-amz-target': target } : {}), ...headers },
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
    const put = await fetch(server.url, { method: 'PUT', body: '{}' });
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
    // Unsigned requests fall back to us-east-1.
    const unsigned = await post(`${TARGET}.ListClusters`, '{}');
    expect(unsigned.json.clusterArns).toEqual(eastArns);
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
