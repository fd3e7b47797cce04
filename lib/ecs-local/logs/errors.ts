// CloudWatch Logs exceptions as the engine throws them, and the official Logs model (botocore
// `logs/2014-03-28`, documentation stripped) that validates every input. All are HTTP 400 but the engine's own bug.
import { AwsError } from '../core/aws-error';
import { ApiModel, type RawModel, type ValidationErrors } from '../protocol/api-model';
import raw from './api-model.json';

export type LogsExceptionName =
  | 'InvalidOperationException'
  | 'InvalidParameterException'
  | 'LimitExceededException'
  | 'ResourceAlreadyExistsException'
  | 'ResourceNotFoundException'
  | 'SerializationException'
  | 'ServiceUnavailableException'
  | 'UnknownOperationException'
  | 'ValidationException';

export class LogsError extends AwsError {
  declare readonly type: LogsExceptionName;

  constructor(type: LogsExceptionName, message: string) {
    super(type, message, type === 'ServiceUnavailableException' ? 500 : 400);
  }
}

export const logsModel = new ApiModel(raw as unknown as RawModel);

export const logsValidationErrors: ValidationErrors = {
  serialization: (message) => new LogsError('SerializationException', message),
  invalid: (message) => new LogsError('InvalidParameterException', message),
};

export const invalidParameter = (message: string) => new LogsError('InvalidParameterException', message);
export const groupNotFound = () => new LogsError('ResourceNotFoundException', 'The specified log group does not exist.');
export const streamNotFound = () => new LogsError('ResourceNotFoundException', 'The specified log stream does not exist.');
