// CloudWatch exceptions as the engine throws them, with the HTTP status the official model gives each (its AWS Query
// codes go on the wire as `x-amzn-query-error`: protocol/query-compatible.ts), and the official CloudWatch model
// (botocore `cloudwatch/2010-08-01`, documentation stripped) that validates every input.
import { AwsError } from '../core/aws-error';
import { ApiModel, type RawModel, type ValidationErrors } from '../protocol/api-model';
import raw from './api-model.json';

export type MetricsExceptionName =
  | 'InvalidParameterValueException'
  | 'MissingRequiredParameterException'
  | 'InvalidParameterCombinationException'
  | 'InvalidNextToken'
  | 'ResourceNotFound'
  | 'LimitExceededFault'
  | 'InternalServiceFault'
  | 'UnknownOperationException';

export const metricsModel = new ApiModel(raw as unknown as RawModel);

export class MetricsError extends AwsError {
  declare readonly type: MetricsExceptionName;

  constructor(type: MetricsExceptionName, message: string) {
    const status = Object.hasOwn(metricsModel.raw.shapes, type) ? metricsModel.shape(type).error?.httpStatusCode : undefined;
    super(type, message, status ?? 400);
  }
}

export const invalidValue = (message: string) => new MetricsError('InvalidParameterValueException', message);
export const invalidCombination = (message: string) => new MetricsError('InvalidParameterCombinationException', message);

export const metricsValidationErrors: ValidationErrors = {
  serialization: invalidValue,
  // CloudWatch names a missing member MissingParameter; every other broken rule InvalidParameterValue.
  invalid: (message) =>
    /Member must not be null/.test(message) && !/constraint: Member must (have|satisfy)/.test(message)
      ? new MetricsError('MissingRequiredParameterException', message)
      : invalidValue(message),
};
