// Checks raw AWS Query XML answers against an official model: every element is a member of its shape, scalars parse
// as their type, enums are in range, lists are `<member>` items, and the answer has its `<{Op}Result>` wrapper and
// RequestId. The SDK is lenient (it drops what it does not know), so only the raw bytes show what the wire carries.
import type { ApiModel, Shape, ShapeRef } from '../protocol/api-model';

export interface XmlElement {
  name: string;
  children: XmlElement[];
  text: string;
}

/** A small parser for the XML the engine writes: elements, text and a namespace attribute; no comments or CDATA. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', children: [], text: '' };
  const stack = [root];
  const re = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null = re.exec(xml);
  while (m) {
    const top = stack[stack.length - 1];
    if (m[5] !== undefined) top.text += unescapeXml(m[5]);
    else if (m[1]) {
      if (top.name !== m[2]) throw new Error(`XML: </${m[2]}> closes <${top.name}>`);
      stack.pop();
    } else {
      const element: XmlElement = { name: m[2], children: [], text: '' };
      top.children.push(element);
      if (!m[4]) stack.push(element);
    }
    m = re.exec(xml);
  }
  if (stack.length !== 1) throw new Error(`XML: <${stack[stack.length - 1].name}> is not closed`);
  return root;
}

function unescapeXml(text: string): string {
  return text.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_, e) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e as string] ?? '',
  );
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

class Checker {
  readonly problems: string[] = [];
  constructor(private readonly model: ApiModel) {}

  value(ref: ShapeRef, element: XmlElement, path: string): void {
    const s = this.model.shape(ref.shape) as Shape & { members?: Record<string, ShapeRef & { locationName?: string }> };
    switch (s.type) {
      case 'structure': {
        const members = s.members ?? {};
        for (const c of element.children) {
          const member = Object.entries(members).find(([name, m]) => (m.locationName ?? name) === c.name);
          if (!member) this.problems.push(`${path}.${c.name} is not a member of ${ref.shape}`);
          else this.value(member[1], c, `${path}.${c.name}`);
        }
        return;
      }
      case 'list':
        element.children.forEach((c, i) => {
          if (c.name !== 'member') this.problems.push(`${path}[${i}] is <${c.name}>, not <member>`);
          this.value(s.member as ShapeRef, c, `${path}[${i}]`);
        });
        return;
      case 'map':
        for (const entry of element.children) {
          const value = child(entry, 'value');
          if (entry.name !== 'entry' || !child(entry, 'key') || !value) this.problems.push(`${path} has a malformed map entry`);
          else this.value(s.value as ShapeRef, value, `${path}.${child(entry, 'key')?.text}`);
        }
        return;
      default:
        this.scalar(s, ref.shape, element, path);
    }
  }

  private scalar(s: Shape, name: string, element: XmlElement, path: string): void {
    const text = element.text;
    if (element.children.length > 0) this.problems.push(`${path} (${name}) has child elements`);
    const bad = (what: string) => this.problems.push(`${path} is '${text}', not ${what} (${name})`);
    if ((s.type === 'integer' || s.type === 'long') && !/^-?\d+$/.test(text)) bad('an integer');
    if ((s.type === 'double' || s.type === 'float') && !Number.isFinite(Number(text))) bad('a number');
    if (s.type === 'boolean' && text !== 'true' && text !== 'false') bad('a boolean');
    if (s.type === 'timestamp' && !ISO.test(text)) bad('an ISO 8601 timestamp');
    if (s.type === 'string' && s.enum && !s.enum.includes(text)) bad(`one of [${s.enum.join(', ')}]`);
  }
}

/** Problems of a success answer of `operation` (empty when it matches the model). */
export function checkQueryAnswer(model: ApiModel, operation: string, xml: string): string[] {
  const doc = parseXml(xml);
  const root = doc.children[0];
  const problems: string[] = [];
  if (root?.name !== `${operation}Response`) return [`the root element is <${root?.name}>, not <${operation}Response>`];
  const op = model.raw.operations[operation] as { output?: ShapeRef & { resultWrapper?: string } };
  const wrapper = op.output?.resultWrapper ?? `${operation}Result`;
  const result = child(root, wrapper);
  if (!result) problems.push(`<${wrapper}> is missing`);
  if (!child(child(root, 'ResponseMetadata') ?? root, 'RequestId')?.text) problems.push('ResponseMetadata.RequestId is missing');
  if (result && op.output) {
    const checker = new Checker(model);
    checker.value(op.output, result, operation);
    problems.push(...checker.problems);
  }
  return problems;
}

/** The code, message and type of an `<ErrorResponse>`; throws when the body is not one. */
export function parseQueryError(xml: string): { code: string; message: string; type: string; requestId: string } {
  const root = parseXml(xml).children[0];
  const error = root && child(root, 'Error');
  if (root?.name !== 'ErrorResponse' || !error) throw new Error(`not an ErrorResponse: ${xml.slice(0, 200)}`);
  return {
    code: child(error, 'Code')?.text ?? '',
    message: child(error, 'Message')?.text ?? '',
    type: child(error, 'Type')?.text ?? '',
    requestId: child(root, 'RequestId')?.text ?? '',
  };
}
