// Raw AWS JSON 1.1 calls with fetch, for what the SDK hides: the exact bytes, status and headers.
import { expect } from '@playwright/test';
import { testAuthorization } from '../../lib/ecs-local/testing/signature';
import { assertConformsToOutput } from '../support/conformance';
import { ENGINE_URL } from '../support/ecs';

const TARGET = 'AmazonEC2ContainerServiceV20141113';

export interface RawResponse {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

/** One call as an SDK would send it, signed for `region` (the engine reads only the credential scope). */
export async function rawCall(operation: string, input: unknown = {}, region = 'us-east-1'): Promise<RawResponse> {
  const res = await fetch(ENGINE_URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `${TARGET}.${operation}`,
      authorization: testAuthorization('ecs', region),
    },
    body: JSON.stringify(input),
  });
  const text = await res.text();
  expect(res.headers.get('content-type')).toBe('application/x-amz-json-1.1');
  expect(res.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
  return { status: res.status, headers: res.headers, body: JSON.parse(text) as Record<string, unknown> };
}

/** A successful call whose body must conform to the operation's output shape in the ECS model. */
export async function raw<T = Record<string, unknown>>(operation: string, input: unknown = {}, region?: string): Promise<T> {
  const res = await rawCall(operation, input, region);
  expect(res.status, `${operation} ${JSON.stringify(res.body)}`).toBe(200);
  assertConformsToOutput(operation, res.body);
  return res.body as T;
}

/** A failing call: status 400 and a `{__type, message}` body with nothing else in it. */
export async function rawError(operation: string, input: unknown = {}): Promise<{ __type: string; message: string }> {
  const res = await rawCall(operation, input);
  expect(res.status, `${operation} ${JSON.stringify(res.body)}`).toBe(400);
  expect(Object.keys(res.body).sort()).toEqual(['__type', 'message']);
  return res.body as { __type: string; message: string };
}

/** The error an SDK call rejects with (name and message), failing the test when it resolves. */
export async function sdkError(promise: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await promise;
  } catch (err) {
    const e = err as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    expect(e.$metadata?.httpStatusCode).toBe(400);
    return { name: e.name, message: e.message };
  }
  throw new Error('expected the call to fail');
}

export const ACCOUNT = '000000000000';
export const arnOf = (resource: string, region = 'us-east-1') => `arn:aws:ecs:${region}:${ACCOUNT}:${resource}`;
export const NETWORK = {
  awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d'], securityGroups: ['sg-0a1b2c3d'], assignPublicIp: 'ENABLED' as const },
};
