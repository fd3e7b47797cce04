// Logs and CloudWatch clients of the real AWS SDK for a served test engine, and a task definition that logs with
// awslogs: what the Logs and metrics tests share.
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  type InputLogEvent,
  PutLogEventsCommand,
  ResourceAlreadyExistsException,
} from '@aws-sdk/client-cloudwatch-logs';
import { AwsSmithyRpcV2CborProtocol } from '@aws-sdk/core/protocols';
import type { Engine } from '../engine';
import { REGION, type ServedEngine, servedEngine, TEST_CREDENTIALS } from './engine';

export interface ServedTelemetry extends ServedEngine {
  logs: CloudWatchLogsClient;
  /** CloudWatch as @aws-sdk/client-cloudwatch speaks it by default (AWS JSON 1.0, query-compatible). */
  cloudwatch: CloudWatchClient;
  /** The same client made to speak Smithy RPC v2 CBOR, as some SDK releases do. */
  cloudwatchCbor: CloudWatchClient;
}

export async function servedTelemetry(engine?: Engine): Promise<ServedTelemetry> {
  const served = await servedEngine(engine);
  const config = { region: REGION, endpoint: served.server.url, credentials: TEST_CREDENTIALS, maxAttempts: 1 };
  const logs = new CloudWatchLogsClient(config);
  const cloudwatch = new CloudWatchClient(config);
  const cloudwatchCbor = new CloudWatchClient({ ...config, protocol: AwsSmithyRpcV2CborProtocol });
  return {
    ...served,
    logs,
    cloudwatch,
    cloudwatchCbor,
    close: async () => {
      logs.destroy();
      cloudwatch.destroy();
      cloudwatchCbor.destroy();
      await served.close();
    },
  };
}

/** awslogs options as the AWS console's "Use log collection" fills them in. */
export function awslogs(group: string, extra: Record<string, string> = {}) {
  return {
    logDriver: 'awslogs' as const,
    options: { 'awslogs-group': group, 'awslogs-region': REGION, 'awslogs-stream-prefix': 'ecs', ...extra },
  };
}

/** The name and message an SDK call rejects with (fails the test when it resolves). */
export async function failure(promise: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await promise;
  } catch (err) {
    const e = err as { name: string; message: string };
    return { name: e.name, message: e.message };
  }
  throw new Error('expected the call to fail');
}

/** A stream (and its group, if new) holding `events`. */
export async function streamWith(
  logs: CloudWatchLogsClient,
  group: string,
  stream: string,
  events: InputLogEvent[],
): Promise<void> {
  await logs.send(new CreateLogGroupCommand({ logGroupName: group })).catch((e) => {
    if (!(e instanceof ResourceAlreadyExistsException)) throw e;
  });
  await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: stream }));
  if (events.length) await logs.send(new PutLogEventsCommand({ logGroupName: group, logStreamName: stream, logEvents: events }));
}
