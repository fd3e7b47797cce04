// Application Auto Scaling from outside the engine: the real SDK client, raw AWS JSON 1.1 calls whose bodies are
// checked against the official model, and an ECS service to scale (cluster, Fargate revision and service).
import { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import { CreateClusterCommand, DescribeServicesCommand, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { expect } from '@playwright/test';
import { autoScalingModel } from '../../lib/ecs-local/autoscaling/common/errors';
import { fargateTaskDefinition } from '../api/fixtures';
import { assertConformsToOutput } from './conformance';
import { ENGINE_URL, ecsClient, uniqueName } from './ecs';
import { createFargateService } from './telemetry';

const TARGET = 'AnyScaleFrontendService';
const CONTENT_TYPE = 'application/x-amz-json-1.1';

export const autoScalingClient = () =>
  new ApplicationAutoScalingClient({
    region: 'us-east-1',
    endpoint: ENGINE_URL,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });

export interface RawAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** One raw call, as the SDK sends it. */
export async function rawAutoScalingCall(operation: string, input: unknown): Promise<RawAnswer> {
  const res = await fetch(ENGINE_URL, {
    method: 'POST',
    headers: {
      'content-type': CONTENT_TYPE,
      'x-amz-target': `${TARGET}.${operation}`,
      authorization:
        'AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/application-autoscaling/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: JSON.stringify(input),
  });
  expect(res.headers.get('content-type')).toBe(CONTENT_TYPE);
  return { status: res.status, body: JSON.parse(await res.text()) as Record<string, unknown> };
}

/** A successful raw call whose body conforms to the operation's output shape in the Application Auto Scaling model. */
export async function rawAutoScaling<T = Record<string, unknown>>(operation: string, input: unknown): Promise<T> {
  const { status, body } = await rawAutoScalingCall(operation, input);
  expect(status, `${operation} ${JSON.stringify(body).slice(0, 300)}`).toBe(200);
  assertConformsToOutput(operation, body, autoScalingModel);
  return body as T;
}

/** A cluster with a Fargate service `web` of `count` tasks; its scalable target's resource ID. */
export async function scalableService(count: number): Promise<{ cluster: string; resourceId: string }> {
  const ecs = ecsClient();
  const cluster = uniqueName('scale');
  const family = uniqueName('sf');
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  await createFargateService(ecs, cluster, 'web', family, count);
  ecs.destroy();
  return { cluster, resourceId: `service/${cluster}/web` };
}

/** The service's desired and running counts. */
export async function serviceCounts(cluster: string): Promise<{ desired?: number; running?: number; status?: string }> {
  const ecs = ecsClient();
  const s = (await ecs.send(new DescribeServicesCommand({ cluster, services: ['web'] }))).services?.[0];
  ecs.destroy();
  return { desired: s?.desiredCount, running: s?.runningCount, status: s?.status };
}
