// The official ECS API model (botocore's `ecs/2014-11-13/service-2.json`, documentation stripped) and
// validation of every ECS input against it, with ECS's exception names.
import { ApiModel, type RawModel, type ValidationErrors } from '../../protocol/api-model';
import raw from './api-model.json';
import { EcsError } from './errors';

export const ecsModel = new ApiModel(raw as unknown as RawModel);

/**
 * Operations that launch tasks, whose unknown launch type ECS refuses naming the launch types (as a
 * ClientException for services and task sets, an InvalidParameterException for RunTask). The list filters
 * keep the generic wording, as ECS's answer for them is not known.
 */
const LAUNCH_TYPE_ERRORS: Readonly<Record<string, 'ClientException' | 'InvalidParameterException'>> = {
  CreateService: 'ClientException',
  CreateTaskSet: 'ClientException',
  RunTask: 'InvalidParameterException',
};

export const ecsValidationErrors: ValidationErrors = {
  serialization: (message) => new EcsError('SerializationException', message),
  invalid: (message) => new EcsError('InvalidParameterException', message),
  enumValue: (operation, path, _value, allowed) => {
    const type = Object.hasOwn(LAUNCH_TYPE_ERRORS, operation) ? LAUNCH_TYPE_ERRORS[operation] : undefined;
    if (path !== 'launchType' || !type) return undefined;
    return new EcsError(type, `launch type should be one of [${allowed.join(',')}]`);
  },
};

/** Validates and normalizes the input of an ECS operation (see ApiModel.validateInput). */
export function validateEcsInput(operation: string, input: unknown): Record<string, unknown> {
  return ecsModel.validateInput(operation, input, ecsValidationErrors);
}
