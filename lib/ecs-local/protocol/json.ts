// AWS JSON 1.0 / 1.1, as the AWS SDKs and the AWS CLI speak it to ECS, CloudWatch Logs and Application Auto
// Scaling: `POST /` with `X-Amz-Target: <prefix>.<Operation>` and a JSON body; answers in JSON, errors as
// `{"__type": name, "message": text}` with the HTTP status of the exception (plus `x-amzn-query-error` for
// query-compatible services such as CloudWatch).
import { isPlainObject } from './api-model';
import type { ApiError, Encoded, ProtocolAdapter, ProtocolRequest, ProtocolService, Route } from './protocol';
import { queryErrorHeaders } from './query-compatible';
import { serialize } from './serialize';

function contentType(service: ProtocolService | undefined): string {
  return `application/x-amz-json-${service?.model.metadata.jsonVersion ?? '1.1'}`;
}

export class JsonProtocol<S extends ProtocolService> implements ProtocolAdapter<S> {
  readonly name = 'json';
  private readonly byPrefix: ReadonlyMap<string, S>;

  constructor(services: Iterable<S>) {
    const byPrefix = new Map<string, S>();
    for (const service of services) {
      const prefix = service.model.metadata.targetPrefix;
      if (prefix && service.model.speaks('json')) byPrefix.set(prefix, service);
    }
    this.byPrefix = byPrefix;
  }

  matches(req: ProtocolRequest): boolean {
    return req.headers['x-amz-target'] !== undefined;
  }

  /** AWS answers other content types as an unknown operation; so does the engine, saying what to send. */
  check(req: ProtocolRequest): ApiError | undefined {
    const header = req.headers['content-type'];
    const type = header?.split(';')[0].trim().toLowerCase();
    if (type === 'application/x-amz-json-1.1' || type === 'application/x-amz-json-1.0') return undefined;
    return {
      type: 'UnknownOperationException',
      status: 400,
      message: `Content-Type ${header ? `'${header}'` : 'missing'}: send AWS JSON requests as application/x-amz-json-1.1 (or 1.0).`,
    };
  }

  route(req: ProtocolRequest): Route<S> {
    const target = String(req.headers['x-amz-target'] ?? '');
    const dot = target.lastIndexOf('.');
    const service = dot < 0 ? undefined : this.byPrefix.get(target.slice(0, dot));
    return { service, operation: target.slice(dot + 1), named: `target '${target.slice(0, 120)}'` };
  }

  /** An empty body means `{}`; anything but a JSON object is the service's serialization error. */
  input(service: S, _req: ProtocolRequest, body: Buffer): Record<string, unknown> {
    const text = body.toString('utf8').trim();
    if (text === '') return {};
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      throw service.errors.serialization(`The request body is not valid JSON: ${(err as Error).message}`);
    }
    if (!isPlainObject(parsed)) throw service.errors.serialization('The request body must be a JSON object.');
    return parsed;
  }

  encode(_service: S, result: unknown, _operation: string): string {
    return serialize(result);
  }

  respond(service: S, body: string, _operation: string): Encoded {
    return { status: 200, contentType: contentType(service), body };
  }

  encodeError(service: S | undefined, err: ApiError): Encoded {
    return {
      status: err.status,
      contentType: contentType(service),
      body: JSON.stringify({ __type: err.type, message: err.message }),
      headers: queryErrorHeaders(service?.model, err),
    };
  }
}
