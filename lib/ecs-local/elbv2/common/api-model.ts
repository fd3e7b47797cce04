// The official ELBv2 API model (botocore's `elbv2/2015-12-01/service-2.json`, documentation stripped) and the
// error codes its input validation answers with (Query services say `ValidationError` for both kinds).
import { ApiModel, type RawModel, type ValidationErrors } from '../../protocol/api-model';
import raw from './api-model.json';
import { validationError } from './errors';

export const elbv2Model = new ApiModel(raw as unknown as RawModel);

export const elbv2ValidationErrors: ValidationErrors = {
  serialization: validationError,
  invalid: validationError,
};
