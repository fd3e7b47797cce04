// AWS Query, as the AWS SDKs and the AWS CLI speak it to Elastic Load Balancing v2 (and CloudWatch's Query variant):
// `POST /` with a URL-encoded form (or `GET /?Action=...`), `Action` and `Version` beside the operation's input
// flattened to dotted names (`Targets.member.1.Id`, `Attributes.entry.1.key`). Answers are XML in the model's
// namespace, `<{Op}Response><{Op}Result>…</{Op}Result><ResponseMetadata>…`, errors `<ErrorResponse>`. Everything
// here is driven by the service's official model, so a second Query service needs no code of its own.
import crypto from 'node:crypto';
import type { ApiModel, Shape, ShapeRef } from './api-model';
import type { ApiError, Encoded, ProtocolAdapter, ProtocolRequest, ProtocolService, Route } from './protocol';

/** Shape members as Query models may annotate them (locationName, flattened lists and maps). */
interface QueryShapeRef extends ShapeRef {
  locationName?: string;
  flattened?: boolean;
}
type QueryShape = Shape & { flattened?: boolean; locationName?: string; members?: Record<string, QueryShapeRef> };

/** A flat parameter list as a tree: `A.member.1.B=x` → A → member → 1 → B = x. */
interface ParamNode {
  value?: string;
  children: Map<string, ParamNode>;
}

function paramTree(params: URLSearchParams): ParamNode {
  const root: ParamNode = { children: new Map() };
  for (const [name, value] of params) {
    let node = root;
    for (const part of name.split('.')) {
      let child = node.children.get(part);
      if (!child) {
        child = { children: new Map() };
        node.children.set(part, child);
      }
      node = child;
    }
    node.value = value;
  }
  return root;
}

/** Children named 1, 2, … in numeric order (AWS starts at 1; gaps are tolerated, order is kept). */
function numbered(node: ParamNode): ParamNode[] {
  return [...node.children.entries()]
    .filter(([k]) => /^\d+$/.test(k))
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .map(([, v]) => v);
}

/** Reads a parameter tree into the operation's input shape. Wrong scalar encodings throw through `bad`. */
class QueryDecoder {
  constructor(
    private readonly model: ApiModel,
    private readonly bad: (message: string) => Error,
  ) {}

  structure(shape: QueryShape, node: ParamNode, path: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const members = shape.members ?? {};
    const used = new Set<string>();
    for (const [name, ref] of Object.entries(members)) {
      const wireName = ref.locationName ?? name;
      const child = node.children.get(wireName);
      if (!child) continue;
      used.add(wireName);
      out[name] = this.value(ref, child, path ? `${path}.${wireName}` : wireName);
    }
    // Parameters the model does not know stay in the input, so validation names them ("Unknown parameter …").
    for (const [name, child] of node.children) if (!used.has(name)) out[name] = child.value ?? name;
    return out;
  }

  value(ref: QueryShapeRef, node: ParamNode, path: string): unknown {
    const shape = this.model.shape(ref.shape) as QueryShape;
    switch (shape.type) {
      case 'structure':
        return this.structure(shape, node, path);
      case 'list': {
        if (node.value === '' && node.children.size === 0) return []; // `Names=`: an empty list
        const member = shape.member as QueryShapeRef;
        const flattened = ref.flattened || shape.flattened;
        const holder = flattened ? node : node.children.get(member.locationName ?? 'member');
        if (!holder) return node.value ?? [];
        return numbered(holder).map((item, i) => this.value(member, item, `${path}.member.${i + 1}`));
      }
      case 'map': {
        if (node.value === '' && node.children.size === 0) return {};
        const flattened = ref.flattened || shape.flattened;
        const holder = flattened ? node : node.children.get('entry');
        const out: Record<string, unknown> = {};
        if (!holder) return node.value ?? out;
        const keyName = (shape.key as QueryShapeRef).locationName ?? 'key';
        const valueName = (shape.value as QueryShapeRef).locationName ?? 'value';
        for (const entry of numbered(holder)) {
          const key = entry.children.get(keyName)?.value;
          const value = entry.children.get(valueName);
          if (key !== undefined && value) out[key] = this.value(shape.value as QueryShapeRef, value, `${path}.${key}`);
        }
        return out;
      }
      default:
        return this.scalar(shape, node, path);
    }
  }

  private scalar(shape: QueryShape, node: ParamNode, path: string): unknown {
    const text = node.value;
    if (text === undefined) return this.wrong(path, 'a value', 'nested parameters');
    switch (shape.type) {
      case 'integer':
      case 'long':
        if (!/^-?\d+$/.test(text.trim())) return this.wrong(path, 'an integer', text);
        return Number(text);
      case 'double':
      case 'float': {
        const n = Number(text);
        return text.trim() === '' || !Number.isFinite(n) ? this.wrong(path, 'a number', text) : n;
      }
      case 'boolean':
        if (text === 'true' || text === 'false') return text === 'true';
        return this.wrong(path, 'true or false', text);
      default:
        // Strings, ISO timestamps (the model validation parses them) and base64 blobs stay text.
        return text;
    }
  }

  private wrong(path: string, expected: string, got: string): never {
    throw this.bad(`Invalid value '${got.slice(0, 64)}' for parameter ${path}: expected ${expected}.`);
  }
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

/** ISO 8601 with milliseconds, as Query answers carry timestamps; stored values are epoch seconds. */
function timestamp(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return new Date(value * 1000).toISOString();
  return String(value);
}

/** Writes a value as the XML its output shape describes. Members the shape does not have are engine bugs. */
class XmlEncoder {
  readonly parts: string[] = [];

  constructor(private readonly model: ApiModel) {}

  structure(shape: QueryShape, value: Record<string, unknown>, path: string): void {
    const members = shape.members ?? {};
    for (const [name, v] of Object.entries(value)) {
      if (name.startsWith('_') || v === undefined || v === null) continue;
      const ref = Object.hasOwn(members, name) ? members[name] : undefined;
      if (!ref) throw new Error(`${path}.${name} is not in the output shape; the engine built a wrong answer`);
      this.member(ref.locationName ?? name, ref, v, `${path}.${name}`);
    }
  }

  private member(tag: string, ref: QueryShapeRef, value: unknown, path: string): void {
    const shape = this.model.shape(ref.shape) as QueryShape;
    if (shape.type === 'list' && (ref.flattened || shape.flattened)) {
      for (const item of value as unknown[]) this.member(tag, shape.member as QueryShapeRef, item, path);
      return;
    }
    this.parts.push(`<${tag}>`);
    this.content(shape, value, path);
    this.parts.push(`</${tag}>`);
  }

  private content(shape: QueryShape, value: unknown, path: string): void {
    switch (shape.type) {
      case 'structure':
        this.structure(shape, value as Record<string, unknown>, path);
        return;
      case 'list': {
        const member = shape.member as QueryShapeRef;
        (value as unknown[]).forEach((item, i) => {
          this.member(member.locationName ?? 'member', member, item, `${path}[${i}]`);
        });
        return;
      }
      case 'map': {
        const key = shape.key as QueryShapeRef;
        const val = shape.value as QueryShapeRef;
        for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
          this.parts.push('<entry>');
          this.member(key.locationName ?? 'key', key, k, path);
          this.member(val.locationName ?? 'value', val, v, `${path}.${k}`);
          this.parts.push('</entry>');
        }
        return;
      }
      case 'timestamp':
        this.parts.push(escapeXml(timestamp(value)));
        return;
      default:
        this.parts.push(escapeXml(String(value)));
    }
  }
}

/** The service a Query request names: its SigV4 scope's service (`elasticloadbalancing`), else its Version. */
function signingName(authorization: string | undefined): string | undefined {
  const m = authorization ? /Credential=[^/]+\/\d{8}\/[a-z0-9-]+\/([a-z0-9-]+)\//.exec(authorization) : undefined;
  return m?.[1];
}

function isForm(req: ProtocolRequest): boolean {
  return String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
}

const NAMED_PARAMS = new Set(['Action', 'Version']);

export class QueryProtocol<S extends ProtocolService> implements ProtocolAdapter<S> {
  readonly name = 'query';
  private readonly services: S[];

  constructor(services: Iterable<S>) {
    this.services = [...services].filter((s) => s.model.speaks('query'));
  }

  /** A form POST, or a GET whose query string names an Action. Never an AWS JSON request. */
  matches(req: ProtocolRequest): boolean {
    if (req.headers['x-amz-target'] !== undefined) return false;
    if (req.method === 'POST') return isForm(req);
    return req.method === 'GET' && /[?&]Action=/.test(req.url);
  }

  /** Nothing beyond matches(): a POST it matched is a form already, and a GET carries no body. */
  check(): ApiError | undefined {
    return undefined;
  }

  private params(req: ProtocolRequest, body: Buffer): URLSearchParams {
    const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '';
    return new URLSearchParams(req.method === 'GET' ? query : body.toString('utf8'));
  }

  route(req: ProtocolRequest, body: Buffer): Route<S> {
    const params = this.params(req, body);
    const action = params.get('Action') ?? '';
    const version = params.get('Version') ?? '';
    const signer = signingName(typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined);
    const bySigner = this.services.filter(
      (s) => signer && (s.model.metadata.signingName ?? s.model.metadata.endpointPrefix) === signer,
    );
    const candidates = bySigner.length > 0 ? bySigner : this.services;
    const service = candidates.find((s) => s.model.metadata.apiVersion === version);
    return {
      service,
      operation: action,
      named: `Query action '${action.slice(0, 80)}' of version '${version.slice(0, 20)}'${signer ? ` signed for ${signer}` : ''}`,
    };
  }

  input(service: S, req: ProtocolRequest, body: Buffer): Record<string, unknown> {
    const params = this.params(req, body);
    const operation = params.get('Action');
    for (const name of NAMED_PARAMS) params.delete(name);
    const op = operation && service.model.hasOperation(operation) ? service.model.raw.operations[operation] : undefined;
    const decoder = new QueryDecoder(service.model, (m) => service.errors.serialization(m));
    const tree = paramTree(params);
    if (!op?.input) return decoder.structure({ type: 'structure', members: {} }, tree, '');
    return decoder.structure(service.model.shape(op.input.shape) as QueryShape, tree, '');
  }

  /** The operation's result inside its `<{Op}Result>` wrapper (emitted even when empty: botocore requires it). */
  encode(service: S, result: unknown, operation: string): string {
    const op = service.model.raw.operations[operation] as { output?: ShapeRef & { resultWrapper?: string } };
    const wrapper = op?.output?.resultWrapper ?? `${operation}Result`;
    const encoder = new XmlEncoder(service.model);
    if (op?.output && result && typeof result === 'object')
      encoder.structure(service.model.shape(op.output.shape) as QueryShape, result as Record<string, unknown>, operation);
    const inner = encoder.parts.join('');
    return `<${operation}Response xmlns="${service.model.metadata.xmlNamespace ?? ''}">${inner ? `<${wrapper}>${inner}</${wrapper}>` : `<${wrapper}/>`}<ResponseMetadata><RequestId>${REQUEST_ID}</RequestId></ResponseMetadata></${operation}Response>`;
  }

  respond(_service: S, body: string): Encoded {
    const id = crypto.randomUUID();
    return { status: 200, contentType: 'text/xml', body: body.replace(REQUEST_ID, id), headers: { 'x-amzn-RequestId': id } };
  }

  encodeError(service: S | undefined, err: ApiError): Encoded {
    const id = crypto.randomUUID();
    const type = err.status >= 500 ? 'Receiver' : 'Sender';
    const ns = service?.model.metadata.xmlNamespace ?? '';
    // A model may give an error its own Query code (CloudWatch: InvalidParameterValueException → InvalidParameterValue).
    const shape = service && Object.hasOwn(service.model.raw.shapes, err.type) ? service.model.raw.shapes[err.type] : undefined;
    const code = shape?.error?.code ?? err.type;
    return {
      status: err.status,
      contentType: 'text/xml',
      headers: { 'x-amzn-RequestId': id },
      body: `<ErrorResponse xmlns="${ns}"><Error><Type>${type}</Type><Code>${escapeXml(code)}</Code><Message>${escapeXml(err.message)}</Message></Error><RequestId>${id}</RequestId></ErrorResponse>`,
    };
  }
}

/** Stands for the request id in an encoded answer (answers may be cached; each response gets its own id). */
const REQUEST_ID = '@@REQUEST-ID@@';
