// Amazon CloudWatch Logs in the engine (AWS JSON 1.1, `Logs_20140328`): log groups, streams and events, with
// FilterLogEvents' pattern syntax. ECS's awslogs driver writes here (ecs/tasks/awslogs.ts). How it stores
// things: store/telemetry-schema.ts; what keeps the store bounded: retention.ts.
import type { AwsService } from '../core/aws-service';
import { LogsError, logsModel, logsValidationErrors } from './errors';
import { createLogGroup } from './operations/create-log-group';
import { createLogStream } from './operations/create-log-stream';
import { deleteLogGroup } from './operations/delete-log-group';
import { deleteLogStream } from './operations/delete-log-stream';
import { deleteRetentionPolicy } from './operations/delete-retention-policy';
import { describeLogGroups } from './operations/describe-log-groups';
import { describeLogStreams } from './operations/describe-log-streams';
import { filterLogEvents } from './operations/filter-log-events';
import { getLogEvents } from './operations/get-log-events';
import { putLogEvents } from './operations/put-log-events';
import { putRetentionPolicy } from './operations/put-retention-policy';
import { sweepLogs } from './retention';

export const logs: AwsService = {
  name: 'logs',
  model: logsModel,
  operations: {
    CreateLogGroup: createLogGroup,
    DeleteLogGroup: deleteLogGroup,
    DescribeLogGroups: describeLogGroups,
    PutRetentionPolicy: putRetentionPolicy,
    DeleteRetentionPolicy: deleteRetentionPolicy,
    CreateLogStream: createLogStream,
    DeleteLogStream: deleteLogStream,
    DescribeLogStreams: describeLogStreams,
    PutLogEvents: putLogEvents,
    GetLogEvents: getLogEvents,
    FilterLogEvents: filterLogEvents,
  },
  errors: {
    ...logsValidationErrors,
    unknownOperation: (message) => new LogsError('UnknownOperationException', message),
    unsupported: (message) => new LogsError('InvalidOperationException', message),
    internal: (message) => new LogsError('ServiceUnavailableException', message),
  },
  scheduler: { 'logs-sweep': sweepLogs },
};
