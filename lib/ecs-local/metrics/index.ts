// Amazon CloudWatch metrics in the engine (`GraniteServiceVersion20100801`): GetMetricData, GetMetricStatistics,
// PutMetricData and ListMetrics over one-minute aggregates, and metric alarms (PutMetricAlarm, DescribeAlarms,
// DeleteAlarms; evaluated each minute by alarms/evaluate.ts, read by Application Auto Scaling), in the protocols
// today's clients speak: AWS JSON 1.0 (query-compatible errors), Smithy RPC v2 CBOR and AWS Query. ECS publishes
// AWS/ECS and ECS/ContainerInsights here (ecs/services/telemetry/).
import type { AwsService } from '../core/aws-service';
import { evaluateAlarmStep } from './alarms/evaluate';
import { MetricsError, metricsModel, metricsValidationErrors } from './errors';
import { deleteAlarms } from './operations/delete-alarms';
import { describeAlarms } from './operations/describe-alarms';
import { getMetricData } from './operations/get-metric-data';
import { getMetricStatistics } from './operations/get-metric-statistics';
import { listMetrics } from './operations/list-metrics';
import { putMetricAlarm } from './operations/put-metric-alarm';
import { putMetricData } from './operations/put-metric-data';
import { sweepMetrics } from './retention';

export const metrics: AwsService = {
  name: 'metrics',
  model: metricsModel,
  operations: {
    GetMetricData: getMetricData,
    GetMetricStatistics: getMetricStatistics,
    PutMetricData: putMetricData,
    ListMetrics: listMetrics,
    PutMetricAlarm: putMetricAlarm,
    DescribeAlarms: describeAlarms,
    DeleteAlarms: deleteAlarms,
  },
  errors: {
    ...metricsValidationErrors,
    unknownOperation: (message) => new MetricsError('UnknownOperationException', message),
    unsupported: (message) => new MetricsError('InvalidParameterValueException', message),
    internal: (message) => new MetricsError('InternalServiceFault', message),
  },
  scheduler: { 'metrics-sweep': sweepMetrics, alarm: evaluateAlarmStep },
  cacheable: new Set(['DescribeAlarms']),
};
