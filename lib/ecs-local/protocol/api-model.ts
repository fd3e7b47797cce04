// Input validation driven by an official AWS API model (botocore service-2.json, documentation stripped).
// Types, required members, enums, lengths and ranges are checked here once for every operation of every
// service, with the AWS validation wording; operation modules then check only their service's semantic rules.
export interface ShapeRef {
  shape: string;
}

export interface Shape {
  type: 'structure' | 'list' | 'map' | 'string' | 'integer' | 'long' | 'double' | 'float' | 'boolean' | 'timestamp' | 'blob';
  members?: Record<string, ShapeRef>;
  required?: string[];
  member?: ShapeRef;
  key?: ShapeRef;
  value?: ShapeRef;
  enum?: string[];
  min?: number;
  max?: number;
  exception?: boolean;
  /** Exceptions of query-compatible services: the AWS Query error code, HTTP status and whose fault it is. */
  error?: { code?: string; httpStatusCode?: number; senderFault?: boolean };
}

export interface ModelMetadata {
  apiVersion: string;
  protocol: string;
  /** Every protocol the service speaks, when it speaks several (CloudWatch: rpc-v2-cbor, json, query). */
  protocols?: string[];
  /** Present when JSON and CBOR errors must also carry the AWS Query error code (`x-amzn-query-error`). */
  awsQueryCompatible?: Record<string, never>;
  /** AWS JSON services: the X-Amz-Target prefix, e.g. `AmazonEC2ContainerServiceV20141113`. */
  targetPrefix?: string;
  /** AWS JSON services: `1.0` or `1.1`. */
  jsonVersion?: string;
  /** AWS Query services: the XML namespace of answers. */
  xmlNamespace?: string;
  endpointPrefix?: string;
  signingName?: string;
  /** e.g. `ECS`, `CloudWatch Logs`, `CloudWatch`. */
  serviceId?: string;
}

export interface RawModel {
  metadata: ModelMetadata;
  operations: Record<string, { input?: ShapeRef; output?: ShapeRef; errors?: ShapeRef[] }>;
  shapes: Record<string, Shape>;
}

/** How a service names the two kinds of bad input: a value of the wrong type, and a value that breaks a rule. */
export interface ValidationErrors {
  /** e.g. ECS `SerializationException`. */
  serialization(message: string): Error;
  /** e.g. ECS `InvalidParameterException`, ELBv2 `ValidationError`. */
  invalid(message: string): Error;
  /**
   * The service's own error for a value outside a member's enum, where it has one (e.g. ECS's `launch type
   * should be one of [...]`); undefined keeps the generic `1 validation error detected` wording.
   */
  enumValue?(operation: string, path: string, value: string, allowed: readonly string[]): Error | undefined;
}

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;

class Validator {
  readonly problems: string[] = [];
  serialization?: string;
  /** The first problem the service words itself (see ValidationErrors.enumValue). */
  specific?: Error;

  constructor(
    private readonly model: ApiModel,
    private readonly operation = '',
    private readonly errors?: ValidationErrors,
  ) {}

  value(ref: ShapeRef, value: unknown, path: string): unknown {
    const s = this.model.shape(ref.shape);
    switch (s.type) {
      case 'structure':
        return this.structure(s, value, path);
      case 'list': {
        if (!Array.isArray(value)) return this.wrongType(path, 'a list', value);
        this.length(s, value.length, path, 'length');
        return value.filter((v) => v !== null).map((v, i) => this.value(s.member as ShapeRef, v, `${path}[${i}]`));
      }
      case 'map': {
        if (!isPlainObject(value)) return this.wrongType(path, 'a map', value);
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(value)) {
          if (v === null) continue;
          this.value(s.key as ShapeRef, k, `${path}.key`);
          out[k] = this.value(s.value as ShapeRef, v, `${path}.${k}`);
        }
        this.length(s, Object.keys(out).length, path, 'length');
        return out;
      }
      case 'string': {
        if (typeof value !== 'string') return this.wrongType(path, 'a string', value);
        if (s.enum && !s.enum.includes(value)) {
          this.specific ??= this.errors?.enumValue?.(this.operation, path, value, s.enum);
          this.problems.push(
            `Value '${truncate(value)}' at '${path}' failed to satisfy constraint: Member must satisfy enum value set: [${s.enum.join(', ')}]`,
          );
        }
        this.length(s, value.length, path, 'length', value);
        return value;
      }
      case 'integer':
      case 'long': {
        if (typeof value !== 'number' || !Number.isInteger(value)) return this.wrongType(path, 'an integer', value);
        const lo = s.min ?? (s.type === 'integer' ? INT_MIN : Number.MIN_SAFE_INTEGER);
        const hi = s.max ?? (s.type === 'integer' ? INT_MAX : Number.MAX_SAFE_INTEGER);
        if (value < lo)
          this.problems.push(
            `Value '${value}' at '${path}' failed to satisfy constraint: Member must have value greater than or equal to ${lo}`,
          );
        if (value > hi)
          this.problems.push(
            `Value '${value}' at '${path}' failed to satisfy constraint: Member must have value less than or equal to ${hi}`,
          );
        return value;
      }
      case 'double':
      case 'float':
        if (typeof value !== 'number' || !Number.isFinite(value)) return this.wrongType(path, 'a number', value);
        return value;
      case 'boolean':
        if (typeof value !== 'boolean') return this.wrongType(path, 'a boolean', value);
        return value;
      case 'timestamp':
        if (typeof value === 'number' && Number.isFinite(value)) return value;
        if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return Date.parse(value) / 1000;
        return this.wrongType(path, 'a timestamp (epoch seconds)', value);
      case 'blob':
        if (typeof value !== 'string') return this.wrongType(path, 'a base64 string', value);
        return value;
      default:
        return value;
    }
  }

  structure(s: Shape, value: unknown, path: string): unknown {
    if (!isPlainObject(value)) return this.wrongType(path || 'the request body', 'a structure', value);
    const members = s.members ?? {};
    const out: Record<string, unknown> = {};
    for (const [name, v] of Object.entries(value)) {
      const memberPath = path ? `${path}.${name}` : name;
      if (!Object.hasOwn(members, name)) {
        this.problems.push(
          `Unknown parameter '${memberPath}': it is not part of this operation's input. Remove it or check its spelling.`,
        );
        continue;
      }
      if (v === null || v === undefined) continue;
      out[name] = this.value(members[name], v, memberPath);
    }
    for (const name of s.required ?? []) {
      if (out[name] === undefined && !this.serialization) {
        this.problems.push(
          `Value null at '${path ? `${path}.${name}` : name}' failed to satisfy constraint: Member must not be null`,
        );
      }
    }
    return out;
  }

  private length(s: Shape, n: number, path: string, what: string, value?: string): void {
    const shown = value === undefined ? '' : `'${truncate(value)}' `;
    if (s.min !== undefined && n < s.min)
      this.problems.push(
        `Value ${shown}at '${path}' failed to satisfy constraint: Member must have ${what} greater than or equal to ${s.min}`,
      );
    if (s.max !== undefined && n > s.max)
      this.problems.push(
        `Value ${shown}at '${path}' failed to satisfy constraint: Member must have ${what} less than or equal to ${s.max}`,
      );
  }

  private wrongType(path: string, expected: string, value: unknown): undefined {
    this.serialization ??= `Expected ${expected} at '${path}' but got ${describeType(value)}.`;
    return undefined;
  }
}

function truncate(value: string): string {
  return value.length > 64 ? `${value.slice(0, 64)}…` : value;
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One service's official API model: its operations and shapes, and input validation against them. */
export class ApiModel {
  constructor(readonly raw: RawModel) {}

  get metadata(): ModelMetadata {
    return this.raw.metadata;
  }

  shape(name: string): Shape {
    const s = Object.hasOwn(this.raw.shapes, name) ? this.raw.shapes[name] : undefined;
    if (!s) throw new Error(`Unknown shape ${name}`);
    return s;
  }

  hasOperation(operation: string): boolean {
    return Object.hasOwn(this.raw.operations, operation);
  }

  /** Whether the service speaks `protocol` (the model's `protocols` list, else its one `protocol`). */
  speaks(protocol: string): boolean {
    return (this.raw.metadata.protocols ?? [this.raw.metadata.protocol]).includes(protocol);
  }

  /** The output shape of an operation; undefined when it answers with nothing. */
  outputShape(operation: string): string | undefined {
    return this.hasOperation(operation) ? this.raw.operations[operation].output?.shape : undefined;
  }

  /** Validates and normalizes (nulls dropped, timestamps to epoch seconds) the input of an operation. */
  validateInput(operation: string, input: unknown, errors: ValidationErrors): Record<string, unknown> {
    const op = this.hasOperation(operation) ? this.raw.operations[operation] : undefined;
    if (!op?.input) return {};
    const v = new Validator(this, operation, errors);
    const out = v.structure(this.shape(op.input.shape), input, '');
    if (v.serialization) throw errors.serialization(v.serialization);
    if (v.specific) throw v.specific;
    if (v.problems.length > 0) {
      const n = v.problems.length;
      const shown = v.problems.slice(0, 5);
      throw errors.invalid(`${n} validation error${n === 1 ? '' : 's'} detected: ${shown.join('; ')}`);
    }
    return out as Record<string, unknown>;
  }
}
