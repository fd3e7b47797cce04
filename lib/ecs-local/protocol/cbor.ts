// Smithy RPC v2 CBOR, as the newest SDKs may speak it to CloudWatch: `POST /service/<Service>/operation/<Op>` with
// `smithy-protocol: rpc-v2-cbor` and a CBOR map body (no X-Amz-Target). Answers are CBOR maps keyed by member name,
// timestamps as tag 1 (epoch seconds), no body for operations without output; errors are `{__type, message}` maps
// with the HTTP status of the exception (plus `x-amzn-query-error` for query-compatible services).
// Encoding is done by cbor2 (RFC 8949); this file only maps requests and shapes onto it.
import { decode, encode, Tag } from 'cbor2';
import { type ApiModel, isPlainObject, type ShapeRef } from './api-model';
import type { ApiError, Encoded, ProtocolAdapter, ProtocolRequest, ProtocolService, Route } from './protocol';
import { queryErrorHeaders } from './query-compatible';

const CONTENT_TYPE = 'application/cbor';
/** `/service/<name>/operation/<op>`: the spec routes on the last four segments, after any prefix. */
const ROUTE = /\/service\/([^/?]+)\/operation\/([^/?]+)\/?(?:\?.*)?$/;
const PROTOCOL_HEADERS = { 'smithy-protocol': 'rpc-v2-cbor' };

/** Decoded CBOR as the model validator reads JSON: dates as epoch seconds, bytes as base64, Maps as objects. */
function toPlain(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (value instanceof Tag) return toPlain(value.contents);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), toPlain(v)]));
  if (Array.isArray(value)) return value.map(toPlain);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  return value;
}

/** A result as CBOR wants it: members of timestamp shapes as tag 1, absent and private (`_`) members dropped. */
function toCbor(model: ApiModel, ref: ShapeRef | undefined, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  const shape = ref ? model.shape(ref.shape) : undefined;
  if (shape?.type === 'timestamp' && typeof value === 'number') return new Tag(1, value);
  if (shape?.type === 'blob' && typeof value === 'string') return Buffer.from(value, 'base64');
  if (Array.isArray(value)) return value.map((v) => toCbor(model, shape?.member, v)).filter((v) => v !== undefined);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key.startsWith('_')) continue;
    const member = shape?.type === 'structure' ? shape.members?.[key] : shape?.type === 'map' ? shape.value : undefined;
    const encoded = toCbor(model, member, v);
    if (encoded !== undefined) out[key] = encoded;
  }
  return out;
}

export class CborProtocol<S extends ProtocolService> implements ProtocolAdapter<S> {
  readonly name = 'rpc-v2-cbor';
  private readonly byName: ReadonlyMap<string, S>;

  constructor(services: Iterable<S>) {
    const byName = new Map<string, S>();
    for (const service of services) {
      const prefix = service.model.metadata.targetPrefix;
      if (prefix && service.model.speaks('smithy-rpc-v2-cbor')) byName.set(prefix, service);
    }
    this.byName = byName;
  }

  matches(req: ProtocolRequest): boolean {
    return req.headers['x-amz-target'] === undefined && (ROUTE.test(req.url) || req.headers['smithy-protocol'] !== undefined);
  }

  /** Smithy RPC v2: a request with a body says application/cbor; one without (no input) may send no type. */
  check(req: ProtocolRequest): ApiError | undefined {
    const header = req.headers['content-type'];
    const type = header?.split(';')[0].trim().toLowerCase();
    if (type === undefined || type === 'application/cbor') return undefined;
    return {
      type: 'UnknownOperationException',
      status: 400,
      message: `Content-Type '${header}': send Smithy RPC v2 requests as application/cbor.`,
    };
  }

  route(req: ProtocolRequest): Route<S> {
    const m = ROUTE.exec(req.url);
    if (!m) return { operation: '?', named: `path '${req.url.slice(0, 120)}' (RPC v2 wants /service/<name>/operation/<op>)` };
    const name = decodeURIComponent(m[1]);
    // `com.amazonaws.cloudwatch.GraniteServiceVersion20100801` and the bare shape name both name CloudWatch.
    const service = this.byName.get(name.slice(name.lastIndexOf('.') + 1));
    return { service, operation: decodeURIComponent(m[2]), named: `service '${name.slice(0, 120)}'` };
  }

  input(service: S, _req: ProtocolRequest, body: Buffer): Record<string, unknown> {
    if (body.length === 0) return {};
    let parsed: unknown;
    try {
      parsed = toPlain(decode(new Uint8Array(body.buffer, body.byteOffset, body.length)));
    } catch (err) {
      throw service.errors.serialization(`The request body is not valid CBOR: ${(err as Error).message}`);
    }
    if (!isPlainObject(parsed)) throw service.errors.serialization('The request body must be a CBOR map.');
    return parsed;
  }

  encode(service: S, result: unknown, operation: string): string {
    const output = service.model.outputShape(operation);
    if (!output) return '';
    const bytes = encode(toCbor(service.model, { shape: output }, result ?? {}) ?? {});
    return Buffer.from(bytes).toString('latin1');
  }

  respond(_service: S, body: string, _operation: string): Encoded {
    return { status: 200, contentType: CONTENT_TYPE, body: Buffer.from(body, 'latin1'), headers: PROTOCOL_HEADERS };
  }

  encodeError(service: S | undefined, err: ApiError): Encoded {
    return {
      status: err.status,
      contentType: CONTENT_TYPE,
      body: encode({ __type: err.type, message: err.message }),
      headers: { ...PROTOCOL_HEADERS, ...queryErrorHeaders(service?.model, err) },
    };
  }
}
