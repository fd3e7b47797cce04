// JSON filter patterns: `{ $.a.b = "x" }`, `{ $.n > 5 }`, `{ $.arr[0] IS NULL }`, `{ $.x NOT EXISTS }`, joined with
// `&&` and `||` (`&&` binds tighter; parentheses group). Messages that are not JSON never match.
import { type Comparison, type CompiledPattern, compare, FilterPatternError } from './filter-values';

type Path = (string | number)[];
type Test = (doc: unknown) => boolean;

const TOKEN = /\s*(\(|\)|&&|\|\||!=|<=|>=|=|<|>|"(?:[^"\\]|\\.)*"|\$[^\s=!<>()&|]*|[^\s=!<>()&|"]+)/y;
const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

function tokenize(body: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < body.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(body);
    if (!m) {
      if (body.slice(at).trim() === '') break;
      throw new FilterPatternError(`unexpected '${body.slice(at).trim().slice(0, 20)}' in the JSON pattern`);
    }
    out.push(m[1]);
  }
  return out;
}

function parsePath(selector: string): Path {
  const path: Path = [];
  const re = /\.([A-Za-z0-9_@$-]+)|\[(\d+)\]/y;
  re.lastIndex = 1;
  while (re.lastIndex < selector.length) {
    const m = re.exec(selector);
    if (!m) throw new FilterPatternError(`'${selector}' is not a JSON selector like $.field or $.list[0]`);
    path.push(m[1] ?? Number(m[2]));
  }
  if (path.length === 0) throw new FilterPatternError(`'${selector}' selects nothing: name a field, e.g. $.level`);
  return path;
}

function select(doc: unknown, path: Path): unknown {
  let value = doc;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: string[]) {}

  parse(): Test {
    const test = this.or();
    if (this.i < this.tokens.length) throw new FilterPatternError(`unexpected '${this.tokens[this.i]}' in the JSON pattern`);
    return test;
  }

  private next(): string {
    const t = this.tokens[this.i++];
    if (t === undefined) throw new FilterPatternError('the JSON pattern ends too early');
    return t;
  }

  private or(): Test {
    const parts = [this.and()];
    while (this.tokens[this.i] === '||') {
      this.i++;
      parts.push(this.and());
    }
    return parts.length === 1 ? parts[0] : (doc) => parts.some((p) => p(doc));
  }

  private and(): Test {
    const parts = [this.primary()];
    while (this.tokens[this.i] === '&&') {
      this.i++;
      parts.push(this.primary());
    }
    return parts.length === 1 ? parts[0] : (doc) => parts.every((p) => p(doc));
  }

  private primary(): Test {
    const t = this.next();
    if (t === '(') {
      const inner = this.or();
      if (this.next() !== ')') throw new FilterPatternError('a parenthesis is not closed in the JSON pattern');
      return inner;
    }
    if (!t.startsWith('$')) throw new FilterPatternError(`expected a selector like $.field, got '${t}'`);
    const path = parsePath(t);
    const op = this.next();
    if (op === 'IS') {
      const what = this.next();
      if (what === 'NULL') return (doc) => select(doc, path) === null;
      if (what === 'TRUE') return (doc) => select(doc, path) === true;
      if (what === 'FALSE') return (doc) => select(doc, path) === false;
      throw new FilterPatternError(`'IS ${what}' is not supported: use IS NULL, IS TRUE or IS FALSE`);
    }
    if (op === 'NOT') {
      if (this.next() !== 'EXISTS') throw new FilterPatternError("'NOT' must be followed by EXISTS");
      return (doc) => select(doc, path) === undefined;
    }
    if (!['=', '!=', '<', '>', '<=', '>='].includes(op))
      throw new FilterPatternError(`expected a comparison (=, !=, <, >, <=, >=) after ${t}, got '${op}'`);
    const raw = this.next();
    const quoted = raw.startsWith('"');
    const value = quoted ? (JSON.parse(raw) as string) : NUMBER.test(raw) ? Number(raw) : raw;
    if (typeof value === 'string' && !['=', '!='].includes(op))
      throw new FilterPatternError(`'${op}' compares numbers; ${raw} is not a number`);
    return (doc) => compare(select(doc, path), op as Comparison, value);
  }
}

export function compileJsonPattern(pattern: string): CompiledPattern {
  if (!pattern.endsWith('}')) throw new FilterPatternError('a JSON pattern starts with { and ends with }');
  const test = new Parser(tokenize(pattern.slice(1, -1))).parse();
  return {
    match: (message) => {
      const text = message.trimStart();
      if (text[0] !== '{' && text[0] !== '[') return false;
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch {
        return false;
      }
      return test(doc);
    },
    // Only an object or an array can match: skip rows with neither bracket without parsing them.
    prefilter: { sql: "(instr(message, '{') > 0 OR instr(message, '[') > 0)", params: [] },
  };
}
