// CloudWatch metrics through the real AWS SDK over HTTP, in both protocols the SDK can speak to it (AWS JSON 1.0
// and Smithy RPC v2 CBOR): PutMetricData, GetMetricStatistics, GetMetricData, ListMetrics, and errors that the SDK
// maps to its exception classes through the query-compatible error code.
import {
  type CloudWatchClient,
  GetMetricDataCommand,
  GetMetricStatisticsCommand,
  InvalidParameterCombinationException,
  InvalidParameterValueException,
  ListMetricsCommand,
  PutMetricDataCommand,
} from '@aws-sdk/client-cloudwatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START } from '../testing/engine';
import { testAuthorization } from '../testing/signature';
import { type ServedTelemetry, servedTelemetry } from '../testing/telemetry';

let t: ServedTelemetry;
beforeAll(async () => {
  t = await servedTelemetry();
});
afterAll(() => t.close());

const MINUTE = 60_000;
const at = (minutes: number, seconds = 0) => new Date(START - 60 * MINUTE + minutes * MINUTE + seconds * 1000);
const dims = [{ Name: 'Service', Value: 'web' }];

async function rejection(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the call to fail');
}

describe.each([
  ['AWS JSON 1.0', () => t.cloudwatch, 'App/Json'],
  ['RPC v2 CBOR', () => t.cloudwatchCbor, 'App/Cbor'],
] as const)('CloudWatch over %s', (_protocol, client: () => CloudWatchClient, namespace) => {
  beforeAll(async () => {
    // Minute 0: 10 and 30; minute 1: 20; minute 5: a statistic set of 4 samples.
    await client().send(
      new PutMetricDataCommand({
        Namespace: namespace,
        MetricData: [
          { MetricName: 'Load', Dimensions: dims, Timestamp: at(0, 5), Value: 10, Unit: 'Percent' },
          { MetricName: 'Load', Dimensions: dims, Timestamp: at(0, 40), Value: 30, Unit: 'Percent' },
          { MetricName: 'Load', Dimensions: dims, Timestamp: at(1, 1), Value: 20, Unit: 'Percent' },
          {
            MetricName: 'Load',
            Dimensions: dims,
            Timestamp: at(5),
            StatisticValues: { SampleCount: 4, Sum: 200, Minimum: 5, Maximum: 90 },
            Unit: 'Percent',
          },
          { MetricName: 'Other', Dimensions: [], Timestamp: at(0), Value: 1 },
        ],
      }),
    );
  });

  it('folds minutes into periods with the statistics asked for', async () => {
    const out = await client().send(
      new GetMetricStatisticsCommand({
        Namespace: namespace,
        MetricName: 'Load',
        Dimensions: dims,
        StartTime: at(0),
        EndTime: at(10),
        Period: 120,
        Statistics: ['Average', 'Maximum', 'Minimum', 'SampleCount', 'Sum'],
      }),
    );
    expect(out.Label).toBe('Load');
    expect(out.Datapoints).toEqual([
      { Timestamp: at(0), Average: 20, Maximum: 30, Minimum: 10, SampleCount: 3, Sum: 60, Unit: 'Percent' },
      { Timestamp: at(4), Average: 50, Maximum: 90, Minimum: 5, SampleCount: 4, Sum: 200, Unit: 'Percent' },
    ]);
  });

  it('matches dimension sets exactly', async () => {
    const none = await client().send(
      new GetMetricStatisticsCommand({
        Namespace: namespace,
        MetricName: 'Load',
        StartTime: at(0),
        EndTime: at(10),
        Period: 60,
        Statistics: ['Average'],
      }),
    );
    expect(none.Datapoints).toEqual([]);
  });

  it('answers GetMetricData newest first, per query', async () => {
    const out = await client().send(
      new GetMetricDataCommand({
        StartTime: at(0),
        EndTime: at(10),
        MetricDataQueries: [
          {
            Id: 'avg',
            MetricStat: { Metric: { Namespace: namespace, MetricName: 'Load', Dimensions: dims }, Period: 60, Stat: 'Average' },
          },
          {
            Id: 'max',
            Label: 'Peak',
            MetricStat: { Metric: { Namespace: namespace, MetricName: 'Load', Dimensions: dims }, Period: 60, Stat: 'Maximum' },
          },
        ],
      }),
    );
    expect(out.MetricDataResults).toEqual([
      { Id: 'avg', Label: 'Load', Timestamps: [at(5), at(1), at(0)], Values: [50, 20, 20], StatusCode: 'Complete', Messages: [] },
      { Id: 'max', Label: 'Peak', Timestamps: [at(5), at(1), at(0)], Values: [90, 20, 30], StatusCode: 'Complete', Messages: [] },
    ]);
  });

  it('lists metrics with data, filtered by dimension', async () => {
    const out = await client().send(new ListMetricsCommand({ Namespace: namespace, Dimensions: [{ Name: 'Service' }] }));
    expect(out.Metrics).toEqual([{ Namespace: namespace, MetricName: 'Load', Dimensions: dims }]);
  });

  it('throws the modelled exceptions, found through the query error code', async () => {
    const tooMany = await rejection(
      client().send(
        new GetMetricStatisticsCommand({
          Namespace: namespace,
          MetricName: 'Load',
          StartTime: at(0),
          EndTime: new Date(at(0).getTime() + 1608 * MINUTE),
          Period: 60,
          Statistics: ['Average'],
        }),
      ),
    );
    expect(tooMany).toBeInstanceOf(InvalidParameterCombinationException);
    expect(tooMany.message).toBe(
      'You have requested up to 1,608 datapoints, which exceeds the limit of 1,440. You may reduce the datapoints requested by increasing Period, or decreasing the time range.',
    );
    const reserved = await rejection(
      client().send(new PutMetricDataCommand({ Namespace: 'AWS/ECS', MetricData: [{ MetricName: 'X', Value: 1 }] })),
    );
    expect(reserved).toBeInstanceOf(InvalidParameterValueException);
    expect(reserved.message).toBe('The value AWS/ECS for parameter Namespace is invalid.');
    expect(reserved.$metadata?.httpStatusCode).toBe(400);
    const period = await rejection(
      client().send(
        new GetMetricDataCommand({
          StartTime: at(0),
          EndTime: at(1),
          MetricDataQueries: [
            { Id: 'a', MetricStat: { Metric: { Namespace: namespace, MetricName: 'Load' }, Period: 90, Stat: 'Average' } },
          ],
        }),
      ),
    );
    expect(period).toBeInstanceOf(InvalidParameterValueException);
    expect(period.message).toMatch(/Period must be a multiple of 60/);
  });
});

describe('CloudWatch on the wire', () => {
  it('really hears each client in its own protocol', async () => {
    const seen: string[] = [];
    for (const client of [t.cloudwatch, t.cloudwatchCbor])
      client.middlewareStack.add(
        (next) => async (args) => {
          const request = args.request as { headers: Record<string, string>; path: string };
          seen.push(`${request.headers['content-type']} ${request.path}`);
          return next(args);
        },
        { step: 'finalizeRequest', name: 'recordProtocol' },
      );
    await t.cloudwatch.send(new ListMetricsCommand({}));
    await t.cloudwatchCbor.send(new ListMetricsCommand({}));
    expect(seen).toEqual([
      'application/x-amz-json-1.0 /',
      'application/cbor /service/GraniteServiceVersion20100801/operation/ListMetrics',
    ]);
  });

  it('sends x-amzn-query-error with JSON errors and answers CBOR with smithy-protocol', async () => {
    const json = await fetch(t.server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        authorization: testAuthorization('monitoring'),
        'x-amz-target': 'GraniteServiceVersion20100801.PutMetricData',
        'x-amzn-query-mode': 'true',
      },
      body: JSON.stringify({ Namespace: 'AWS/X', MetricData: [{ MetricName: 'a', Value: 1 }] }),
    });
    expect(json.status).toBe(400);
    expect(json.headers.get('content-type')).toBe('application/x-amz-json-1.0');
    expect(json.headers.get('x-amzn-query-error')).toBe('InvalidParameterValue;Sender');
    expect(await json.json()).toEqual({
      __type: 'InvalidParameterValueException',
      message: 'The value AWS/X for parameter Namespace is invalid.',
    });

    const missing = await fetch(t.server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        authorization: testAuthorization('monitoring'),
        'x-amz-target': 'GraniteServiceVersion20100801.GetMetricStatistics',
      },
      body: JSON.stringify({ Namespace: 'a' }),
    });
    expect(missing.headers.get('x-amzn-query-error')).toBe('MissingParameter;Sender');

    const cbor = await fetch(`${t.server.url}/service/GraniteServiceVersion20100801/operation/PutMetricData`, {
      method: 'POST',
      headers: {
        'content-type': 'application/cbor',
        'smithy-protocol': 'rpc-v2-cbor',
        accept: 'application/cbor',
        authorization: testAuthorization('monitoring'),
      },
      // {"Namespace": "App"} as CBOR: a map of one text key and one text value.
      body: Buffer.from('a1694e616d6573706163656341707'.concat('0'), 'hex'),
    });
    expect(cbor.status).toBe(200);
    expect(cbor.headers.get('smithy-protocol')).toBe('rpc-v2-cbor');
    expect((await cbor.arrayBuffer()).byteLength).toBe(0);
  });
});
