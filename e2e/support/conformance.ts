// Checks a raw JSON response body against the operation's output shape in an official model (ECS unless another
// is given: CloudWatch Logs, CloudWatch): the SDK is lenient (it drops unknown members and coerces), so only the
// raw bytes show what the wire carries.
import { ecsModel } from '../../lib/ecs-local/ecs/common/api-model';
import type { ApiModel, Shape, ShapeRef } from '../../lib/ecs-local/protocol/api-model';

class Checker {
  readonly problems: string[] = [];

  constructor(private readonly model: ApiModel) {}

  value(ref: ShapeRef, value: unknown, path: string): void {
    const s = this.model.shape(ref.shape) as Shape & { document?: boolean };
    if (value === null) {
      this.problems.push(`${path} is null; absent members must be omitted`);
      return;
    }
    if (s.document) return; // free-form JSON by definition
    switch (s.type) {
      case 'structure':
        this.structure(ref.shape, s, value, path);
        return;
      case 'list':
        if (!Array.isArray(value)) {
          this.wrong(path, `a list (${ref.shape})`, value);
          return;
        }
        value.forEach((item, i) => {
          this.value(s.member as ShapeRef, item, `${path}[${i}]`);
        });
        return;
      case 'map':
        if (!isObject(value)) {
          this.wrong(path, `a map (${ref.shape})`, value);
          return;
        }
        for (const [k, v] of Object.entries(value)) {
          this.value(s.key as ShapeRef, k, `${path}{key ${k}}`);
          this.value(s.value as ShapeRef, v, `${path}.${k}`);
        }
        return;
      case 'string':
        if (typeof value !== 'string') {
          this.wrong(path, `a string (${ref.shape})`, value);
          return;
        }
        if (s.enum && !s.enum.includes(value))
          this.problems.push(`${path} is '${value}', not one of the ${ref.shape} enum values [${s.enum.join(', ')}]`);
        return;
      case 'integer':
      case 'long':
        if (typeof value !== 'number' || !Number.isInteger(value)) this.wrong(path, `an integer (${ref.shape})`, value);
        return;
      case 'double':
      case 'float':
        if (typeof value !== 'number' || !Number.isFinite(value)) this.wrong(path, `a number (${ref.shape})`, value);
        return;
      case 'boolean':
        if (typeof value !== 'boolean') this.wrong(path, 'a boolean', value);
        return;
      case 'timestamp':
        if (typeof value !== 'number' || !Number.isFinite(value))
          this.wrong(path, 'a timestamp in epoch seconds (number)', value);
        else if (value > 1e11) this.problems.push(`${path} is ${value}: looks like epoch milliseconds, not seconds`);
        return;
      case 'blob':
        if (typeof value !== 'string') this.wrong(path, 'a base64 string', value);
        return;
    }
  }

  structure(name: string, s: Shape, value: unknown, path: string): void {
    if (!isObject(value)) {
      this.wrong(path || 'the body', `a structure (${name})`, value);
      return;
    }
    const members = s.members ?? {};
    for (const [key, v] of Object.entries(value)) {
      const memberPath = path ? `${path}.${key}` : key;
      if (!Object.hasOwn(members, key)) this.problems.push(`${memberPath} is not a member of ${name}`);
      else this.value(members[key], v, memberPath);
    }
  }

  private wrong(path: string, expected: string, value: unknown): void {
    const got = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
    this.problems.push(`${path} should be ${expected} but is ${got} ${JSON.stringify(value)?.slice(0, 60)}`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Everything wrong with a response body (a JSON string or an already parsed value) for the operation's output. */
export function outputProblems(operation: string, body: unknown, model: ApiModel = ecsModel): string[] {
  const op = model.raw.operations[operation];
  const service = model.metadata.serviceId ?? model.metadata.endpointPrefix;
  if (!op) return [`${operation} is not an operation of the ${service} model`];
  let parsed = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      return [`the body is not JSON: ${body.slice(0, 80)}`];
    }
  }
  const checker = new Checker(model);
  if (!op.output) {
    if (!isObject(parsed) || Object.keys(parsed).length > 0) checker.problems.push(`${operation} has no output; expected {}`);
  } else {
    checker.structure(op.output.shape, model.shape(op.output.shape), parsed, '');
  }
  return checker.problems;
}

/** Throws, listing every problem, when the body does not conform to the operation's output shape. */
export function assertConformsToOutput(operation: string, body: unknown, model: ApiModel = ecsModel): void {
  const problems = outputProblems(operation, body, model);
  const service = model.metadata.serviceId ?? model.metadata.endpointPrefix;
  if (problems.length > 0)
    throw new Error(
      `${operation} response does not conform to the ${service} model:\n  - ${problems.slice(0, 20).join('\n  - ')}`,
    );
}
