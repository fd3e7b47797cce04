// CloudWatch metrics from outside: PutMetricData and GetMetricData with the SDK (raw bodies checked against the
// official CloudWatch model), `aws cloudwatch get-metric-statistics` from the AWS CLI, and the AWS/ECS metrics a
// service's simulated tasks produce each minute from their docker labels.
import { CloudWatchClient, GetMetricStatisticsCommand, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { CreateClusterCommand, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { awsCliAt } from '../support/aws-cli';
import { uniqueName } from '../support/ecs';
import { type EngineProc, startEngine } from '../support/processes';
import { awsCli, cloudwatchClient, createFargateService, rawTelemetry } from '../support/telemetry';
import { fargateTaskDefinition } from './fixtures';

const cloudwatch = cloudwatchClient();

test('PutMetricData, then GetMetricData raw and aws cloudwatch get-metric-statistics read it back', async () => {
  const namespace = `Test/${uniqueName('ns')}`;
  const minute = Math.floor(Date.now() / 60_000) * 60_000 - 5 * 60_000;
  await cloudwatch.send(
    new PutMetricDataCommand({
      Namespace: namespace,
      MetricData: [
        { MetricName: 'Latency', Timestamp: new Date(minute + 1_000), Value: 100, Unit: 'Milliseconds' },
        { MetricName: 'Latency', Timestamp: new Date(minute + 2_000), Value: 300, Unit: 'Milliseconds' },
      ],
    }),
  );
  const data = await rawTelemetry<{ MetricDataResults: { Id: string; Timestamps: number[]; Values: number[] }[] }>(
    'cloudwatch',
    'GetMetricData',
    {
      StartTime: minute / 1000 - 600,
      EndTime: minute / 1000 + 600,
      MetricDataQueries: [
        { Id: 'lat', MetricStat: { Metric: { Namespace: namespace, MetricName: 'Latency' }, Period: 60, Stat: 'Average' } },
      ],
    },
  );
  expect(data.MetricDataResults).toEqual([expect.objectContaining({ Id: 'lat', Timestamps: [minute / 1000], Values: [200] })]);

  const cli = await awsCli(
    'cloudwatch',
    'get-metric-statistics',
    '--namespace',
    namespace,
    '--metric-name',
    'Latency',
    '--start-time',
    new Date(minute - 600_000).toISOString(),
    '--end-time',
    new Date(minute + 600_000).toISOString(),
    '--period',
    '60',
    '--statistics',
    'Maximum',
    'SampleCount',
  );
  expect(cli.Label).toBe('Latency');
  // The AWS CLI v2 reads CloudWatch over AWS Query and prints timestamps in ISO 8601 (cli_timestamp_format iso8601).
  const iso = new Date(minute).toISOString().replace('.000Z', '+00:00');
  expect(cli.Datapoints).toEqual([{ Timestamp: iso, Maximum: 300, SampleCount: 2, Unit: 'Milliseconds' }]);
});

// On an engine of its own, so the per-task counts are this service's alone and its first minute is not shared with
// the rest of the suite. (On the shared engine its samples once stopped: the publisher did not restart after a quiet
// minute; docs/testing.md "Found: AWS/ECS samples stopped on the suite's shared engine".)
test('a service’s tasks publish AWS/ECS CPU and memory utilization each minute, one sample per running task', async () => {
  test.setTimeout(150_000);
  const engine = await startEngine(['--memory'], { ECS_LOCAL_TIME_SCALE: '0.1' });
  try {
    await publishesPerTask(engine);
  } finally {
    await engine.kill();
  }
});

async function publishesPerTask(engine: EngineProc): Promise<void> {
  const ecs = engine.ecs;
  const cloudwatch = new CloudWatchClient({
    region: 'us-east-1',
    endpoint: engine.url,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  const cluster = uniqueName('metrics');
  const family = uniqueName('mf');
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  await ecs.send(
    new RegisterTaskDefinitionCommand(
      fargateTaskDefinition(family, { 'ecs-local.cpu-percent': '35', 'ecs-local.memory-percent': '55' }),
    ),
  );
  await createFargateService(ecs, cluster, 'web', family, 2);
  const dimensions = [
    { Name: 'ClusterName', Value: cluster },
    { Name: 'ServiceName', Value: 'web' },
  ];
  const read = async (metric: string) =>
    (
      await cloudwatch.send(
        new GetMetricStatisticsCommand({
          Namespace: 'AWS/ECS',
          MetricName: metric,
          Dimensions: dimensions,
          StartTime: new Date(Date.now() - 600_000),
          EndTime: new Date(Date.now() + 60_000),
          Period: 60,
          Statistics: ['Average', 'SampleCount'],
        }),
      )
    ).Datapoints ?? [];
  // The publisher sums up each minute when it ends: wait for a minute in which both tasks ran throughout.
  await expect
    .poll(async () => (await read('CPUUtilization')).some((d) => d.SampleCount === 2), { timeout: 130_000, intervals: [2_000] })
    .toBe(true);
  const full = (await read('CPUUtilization')).find((d) => d.SampleCount === 2);
  expect(full).toMatchObject({ Average: 35, Unit: 'Percent' });
  expect((await read('MemoryUtilization')).find((d) => d.SampleCount === 2)?.Average).toBe(55);

  const cli = await awsCliAt(
    engine.url,
    'cloudwatch',
    'get-metric-statistics',
    '--namespace',
    'AWS/ECS',
    '--metric-name',
    'CPUUtilization',
    '--dimensions',
    `Name=ClusterName,Value=${cluster}`,
    '--start-time',
    new Date(Date.now() - 600_000).toISOString(),
    '--end-time',
    new Date(Date.now() + 60_000).toISOString(),
    '--period',
    '600',
    '--statistics',
    'Average',
  );
  expect(cli.Datapoints).toEqual([expect.objectContaining({ Average: 35, Unit: 'Percent' })]);
}
