// Services whose model carries `awsQueryCompatible` (CloudWatch) began on AWS Query and kept its error codes: their
// JSON and CBOR errors also send `x-amzn-query-error: <Query code>;<Sender|Receiver>`, which the SDKs and botocore
// use to pick the exception class (without it, `except client.exceptions.InvalidParameterValueException` never fires).
import type { ApiModel } from './api-model';
import type { ApiError } from './protocol';

/** The `x-amzn-query-error` header for an error of a query-compatible service; none for other services. */
export function queryErrorHeaders(model: ApiModel | undefined, err: ApiError): Record<string, string> {
  if (!model?.metadata.awsQueryCompatible) return {};
  const shape = Object.hasOwn(model.raw.shapes, err.type) ? model.raw.shapes[err.type] : undefined;
  const code = shape?.error?.code ?? err.type;
  const fault = (shape?.error?.senderFault ?? err.status < 500) ? 'Sender' : 'Receiver';
  return { 'x-amzn-query-error': `${code};${fault}` };
}
