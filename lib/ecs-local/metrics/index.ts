// Amazon CloudWatch metrics in the engine (`GraniteServiceVersion20100801`): GetMetricData, GetMetricStatistics,
// PutMetricData and ListMetrics over one-minute aggregates, in the protocols today's clients speak: AWS JSON 1.0
// (query-compatible errors) and Smithy RPC v2 CBOR. AWS Query, which older clients and the Debian AWS CLI v2 use for
// CloudWatch, waits for protocol/query.ts. ECS publishes AWS/ECS and ECS/ContainerInsights here
// (ecs/services/telemetry/).
import type { AwsService } from '../core/aws-service';
import { MetricsError, metricsModel, metricsValidationErrors } from './errors';
import { getMetricData } from './operations/get-metric-data';
import { getMetricStatistics } from './operations/get-metric-statistics';
import { listMetrics } from './operations/list-metrics';
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
  },
  errors: {
    ...metricsValidationErrors,
    unknownOperation: (message) => new MetricsError('UnknownOperationException', message),
    unsupported: (message) => new MetricsError('InvalidParameterValueException', message),
    internal: (message) => new MetricsError('InternalServiceFault', message),
  },
  scheduler: { 'metrics-sweep': sweepMetrics },
};
