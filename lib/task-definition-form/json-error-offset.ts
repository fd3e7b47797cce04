// Where a JSON text stops being JSON. V8's JSON.parse messages only sometimes carry a position, and the editor
// needs one for its error marker, so this small scanner finds the first offending offset itself.

class Scan {
  i = 0;
  constructor(readonly s: string) {}

  ws(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i])) this.i++;
  }

  fail(): never {
    throw this.i;
  }

  expect(ch: string): void {
    if (this.s[this.i] !== ch) this.fail();
    this.i++;
  }

  value(): void {
    this.ws();
    const c = this.s[this.i];
    if (c === '{') this.object();
    else if (c === '[') this.array();
    else if (c === '"') this.string();
    else if (c === '-' || (c >= '0' && c <= '9')) this.number();
    else this.literal();
  }

  literal(): void {
    for (const word of ['true', 'false', 'null'])
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    this.fail();
  }

  object(): void {
    this.i++;
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') this.fail();
      this.string();
      this.ws();
      this.expect(':');
      this.value();
      this.ws();
      if (this.s[this.i] === ',') this.i++;
      else {
        this.expect('}');
        return;
      }
    }
  }

  array(): void {
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return;
    }
    for (;;) {
      this.value();
      this.ws();
      if (this.s[this.i] === ',') this.i++;
      else {
        this.expect(']');
        return;
      }
    }
  }

  string(): void {
    this.i++;
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === '"') {
        this.i++;
        return;
      }
      if (c === '\\') {
        const next = this.s[this.i + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(this.s.slice(this.i + 2, this.i + 6))) this.i += 6;
        else if (next !== undefined && '"\\/bfnrt'.includes(next)) this.i += 2;
        else this.fail();
      } else if (c < ' ') this.fail();
      else this.i++;
    }
    this.fail();
  }

  number(): void {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.i));
    if (!m) this.fail();
    this.i += m[0].length;
  }
}

/** The offset of the first character that makes `text` invalid JSON, or undefined when it is valid. */
export function jsonSyntaxErrorOffset(text: string): number | undefined {
  const scan = new Scan(text);
  try {
    scan.value();
    scan.ws();
    if (scan.i < text.length) scan.fail();
    return undefined;
  } catch (at) {
    if (typeof at === 'number') return Math.min(at, text.length);
    throw at;
  }
}
