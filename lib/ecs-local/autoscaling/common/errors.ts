// Application Auto Scaling exceptions as the engine throws them (HTTP 400 but the engine's own bug), and the official
// model (botocore `application-autoscaling/2016-02-06`, documentation stripped) that validates every input.
import type { ScalableDimension, ServiceNamespace } from '@aws-sdk/client-application-auto-scaling';
import { AwsError } from '../../core/aws-error';
import { ApiModel, type RawModel, type ValidationErrors } from '../../protocol/api-model';
import raw from '../api-model.json';

export type AutoScalingExceptionName =
  | 'ValidationException'
  | 'ObjectNotFoundException'
  | 'ConcurrentUpdateException'
  | 'LimitExceededException'
  | 'FailedResourceAccessException'
  | 'InvalidNextTokenException'
  | 'InternalServiceException'
  | 'ResourceNotFoundException'
  | 'TooManyTagsException'
  | 'SerializationException'
  | 'UnknownOperationException';

export const autoScalingModel = new ApiModel(raw as unknown as RawModel);

export class AutoScalingError extends AwsError {
  declare readonly type: AutoScalingExceptionName;

  constructor(type: AutoScalingExceptionName, message: string) {
    super(type, message, type === 'InternalServiceException' ? 500 : 400);
  }
}

export const validation = (message: string) => new AutoScalingError('ValidationException', message);
export const limitExceeded = (message: string) => new AutoScalingError('LimitExceededException', message);

export const autoScalingValidationErrors: ValidationErrors = {
  serialization: (message) => new AutoScalingError('SerializationException', message),
  invalid: validation,
};

/** What names one scalable target in AWS's messages. */
export interface TargetKey {
  ServiceNamespace: ServiceNamespace;
  ResourceId: string;
  ScalableDimension: ScalableDimension;
}

export const describeTarget = (k: TargetKey) =>
  `service namespace: ${k.ServiceNamespace}, resource ID: ${k.ResourceId}, scalable dimension: ${k.ScalableDimension}`;

export const noTarget = (k: TargetKey) =>
  new AutoScalingError('ObjectNotFoundException', `No scalable target registered for ${describeTarget(k)}`);
