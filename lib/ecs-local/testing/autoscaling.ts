// Auto scaling fixtures: Application Auto Scaling and CloudWatch calls on an engine, an ECS service whose load a
// test sets with its `ecs-local.cpu-percent` tag, and a served engine with real SDK clients and raw JSON 1.1 calls.
import { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { ECS_SCALABLE_DIMENSION, ECS_SERVICE_NAMESPACE } from '../../ecs-rules/auto-scaling';
import { autoscaling } from '../autoscaling';
import { DEFAULT_REGION } from '../core/context';
import type { Engine } from '../engine';
import { metrics } from '../metrics';
import { REGION, type ServedEngine, servedEngine, TEST_CREDENTIALS } from './engine';
import { createService, describeService, registerFargate } from './services';

/** Runs an Application Auto Scaling operation on the engine, as the HTTP front would after decoding. */
export function aas<T = Record<string, unknown>>(
  engine: Engine,
  operation: string,
  input: object = {},
  region = DEFAULT_REGION,
): T {
  return engine.callService(autoscaling, operation, input, region) as T;
}

/** Runs a CloudWatch operation on the engine. */
export function cloudwatch<T = Record<string, unknown>>(engine: Engine, operation: string, input: object = {}): T {
  return engine.callService(metrics, operation, input) as T;
}

/** A one-minute alarm on the average CPU of service `web` in cluster `demo` whose action is `policyArn`. */
export function serviceCpuAlarm(
  engine: Engine,
  name: string,
  policyArn: string,
  threshold: number,
  comparison: string,
  extra: object = {},
): void {
  cloudwatch(engine, 'PutMetricAlarm', {
    AlarmName: name,
    Namespace: 'AWS/ECS',
    MetricName: 'CPUUtilization',
    Dimensions: [
      { Name: 'ClusterName', Value: 'demo' },
      { Name: 'ServiceName', Value: 'web' },
    ],
    Statistic: 'Average',
    Period: 60,
    EvaluationPeriods: 1,
    Threshold: threshold,
    ComparisonOperator: comparison,
    AlarmActions: [policyArn],
    ...extra,
  });
}

/** The target of service `name` in cluster `demo`, as every call names it. */
export function ecsTarget(name = 'web', cluster = 'demo') {
  return {
    ServiceNamespace: ECS_SERVICE_NAMESPACE,
    ResourceId: `service/${cluster}/${name}`,
    ScalableDimension: ECS_SCALABLE_DIMENSION,
  };
}

/** A Fargate service `name` in cluster `demo` with `count` RUNNING tasks. */
export function runningService(engine: Engine, name = 'web', count = 2): void {
  registerFargate(engine, name);
  createService(engine, { serviceName: name, taskDefinition: name, desiredCount: count });
  engine.advance(30_000);
  const service = describeService(engine, name);
  if (service.runningCount !== count) throw new Error(`${name} runs ${service.runningCount} tasks, not ${count}`);
}

/** Sets the CPU utilization every task of the service reports from now on (the service tag override). */
export function setCpu(engine: Engine, percent: number, name = 'web'): void {
  const { serviceArn } = describeService(engine, name);
  engine.call('TagResource', { resourceArn: serviceArn, tags: [{ key: 'ecs-local.cpu-percent', value: String(percent) }] });
}

/** A target tracking policy on the service's average CPU. */
export function cpuPolicy(engine: Engine, targetValue: number, extra: object = {}, name = 'web') {
  return aas<{ PolicyARN: string; Alarms: { AlarmName: string; AlarmARN: string }[] }>(engine, 'PutScalingPolicy', {
    ...ecsTarget(name),
    PolicyName: 'cpu',
    PolicyType: 'TargetTrackingScaling',
    TargetTrackingScalingPolicyConfiguration: {
      TargetValue: targetValue,
      PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
      ...extra,
    },
  });
}

export interface Activity {
  ActivityId: string;
  Description: string;
  Cause: string;
  StatusCode: string;
  StatusMessage?: string;
  StartTime: number;
  EndTime?: number;
  NotScaledReasons?: { Code: string; MaxCapacity?: number; MinCapacity?: number; CurrentCapacity?: number }[];
}

/** The service's scaling activities, newest first. */
export function activities(engine: Engine, name = 'web', includeNotScaled = false): Activity[] {
  return aas<{ ScalingActivities: Activity[] }>(engine, 'DescribeScalingActivities', {
    ...ecsTarget(name),
    IncludeNotScaledActivities: includeNotScaled,
  }).ScalingActivities;
}

export interface ServedAutoScaling extends ServedEngine {
  autoscaling: ApplicationAutoScalingClient;
  cloudwatch: CloudWatchClient;
  /** A raw AWS JSON 1.1 call, for the bytes on the wire. */
  raw(operation: string, input: object): Promise<{ status: number; body: unknown }>;
}

export async function servedAutoScaling(engine?: Engine): Promise<ServedAutoScaling> {
  const served = await servedEngine(engine);
  const config = { region: REGION, endpoint: served.server.url, credentials: TEST_CREDENTIALS, maxAttempts: 1 };
  const client = new ApplicationAutoScalingClient(config);
  const cw = new CloudWatchClient(config);
  return {
    ...served,
    autoscaling: client,
    cloudwatch: cw,
    raw: async (operation, input) => {
      const res = await fetch(served.server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': `AnyScaleFrontendService.${operation}`,
          authorization: `AWS4-HMAC-SHA256 Credential=test/20260101/${REGION}/application-autoscaling/aws4_request, SignedHeaders=host, Signature=0`,
        },
        body: JSON.stringify(input),
      });
      return { status: res.status, body: JSON.parse(await res.text()) as unknown };
    },
    close: async () => {
      client.destroy();
      cw.destroy();
      await served.close();
    },
  };
}
