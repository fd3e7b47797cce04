// Logs and CloudWatch clients of the real AWS SDK for a served test engine, and a task definition that logs with
// awslogs: what the Logs and metrics tests share.
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
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
