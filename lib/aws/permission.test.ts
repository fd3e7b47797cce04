// Access-denied answers as the real SDK clients raise them (from a local endpoint that answers like AWS does when a
// policy lacks the action), told apart from other failures.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingPermission } from './permission';

let server: http.Server;
let url: string;
let answer: { status: number; headers: Record<string, string>; body: object };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.1', ...answer.headers });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const config = () => ({
  region: 'us-east-1',
  endpoint: url,
  credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
  maxAttempts: 1,
});

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected the call to fail');
}

describe('missingPermission', () => {
  it('names the action when CloudWatch Logs refuses FilterLogEvents', async () => {
    const message =
      'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: logs:FilterLogEvents on resource: arn:aws:logs:us-east-1:123456789012:log-group:/ecs/web';
    answer = { status: 400, headers: {}, body: { __type: 'AccessDeniedException', message } };
    const err = await failure(new CloudWatchLogsClient(config()).send(new FilterLogEventsCommand({ logGroupName: '/ecs/web' })));
    expect(missingPermission(err, 'logs:FilterLogEvents')).toEqual({ action: 'logs:FilterLogEvents', message });
  });

  it('names the action when CloudWatch refuses GetMetricData with its query-compatible code', async () => {
    answer = {
      status: 403,
      headers: { 'x-amzn-query-error': 'AccessDenied;Sender', 'content-type': 'application/x-amz-json-1.0' },
      body: {
        __type: 'com.amazonaws.cloudwatch#AccessDeniedException',
        message: 'not authorized to perform: cloudwatch:GetMetricData',
      },
    };
    const err = await failure(
      new CloudWatchClient(config()).send(
        new GetMetricDataCommand({ StartTime: new Date(0), EndTime: new Date(60_000), MetricDataQueries: [] }),
      ),
    );
    expect(missingPermission(err, 'cloudwatch:GetMetricData')).toMatchObject({ action: 'cloudwatch:GetMetricData' });
  });

  it('leaves every other failure alone', async () => {
    answer = {
      status: 400,
      headers: {},
      body: { __type: 'ResourceNotFoundException', message: 'The specified log group does not exist.' },
    };
    const err = await failure(new CloudWatchLogsClient(config()).send(new FilterLogEventsCommand({ logGroupName: '/x' })));
    expect(missingPermission(err, 'logs:FilterLogEvents')).toBeUndefined();
    expect(missingPermission(new Error('socket hang up'), 'logs:FilterLogEvents')).toBeUndefined();
  });
});
