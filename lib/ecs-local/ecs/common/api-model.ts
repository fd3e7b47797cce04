// The official ECS API model (botocore's `ecs/2014-11-13/service-2.json`, documentation stripped) and
// validation of every ECS input against it, with ECS's exception names.
import { ApiModel, type RawModel, type ValidationErrors } from '../../protocol/api-model';
import raw from './api-model.json';
import { EcsError } from './errors';

export const ecsModel = new ApiModel(raw as unknown as RawModel);

export const ecsValidationErrors: ValidationErrors = {
  serialization: (message) => new EcsError('SerializationException', message),
  invalid: (message) => new EcsError('InvalidParameterException', message),
};

/** Validates and normalizes the input of an ECS operation (see ApiModel.validateInput). */
export function validateEcsInput(operation: string, input: unknown): Record<string, unknown> {
  return ecsModel.validateInput(operation, input, ecsValidationErrors);
}
