// What the filter pattern dialects share: the compiled form, the error for a pattern CloudWatch would refuse, and
// how a field is compared with a pattern value.
export class FilterPatternError extends Error {}

export interface CompiledPattern {
  match(message: string): boolean;
  /** A SQL condition on `message` that every match satisfies, so SQLite can skip most rows before JavaScript looks. */
  prefilter?: { sql: string; params: string[] };
}

/** `*` as "any characters" in a value of a JSON or space-delimited pattern; everything else literal. */
export function wildcard(value: string): (s: string) => boolean {
  if (!value.includes('*')) return (s) => s === value;
  const re = new RegExp(
    `^${value
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    's',
  );
  return (s) => re.test(s);
}

export type Comparison = '=' | '!=' | '<' | '>' | '<=' | '>=';

/** Compares a field (string or number) with a pattern value: numbers numerically, strings with `*` wildcards. */
export function compare(field: unknown, op: Comparison, value: string | number): boolean {
  if (typeof value === 'number') {
    const n = typeof field === 'number' ? field : typeof field === 'string' && field.trim() !== '' ? Number(field) : Number.NaN;
    if (Number.isNaN(n)) return op === '!=' && field !== undefined;
    switch (op) {
      case '=':
        return n === value;
      case '!=':
        return n !== value;
      case '<':
        return n < value;
      case '>':
        return n > value;
      case '<=':
        return n <= value;
      case '>=':
        return n >= value;
    }
  }
  if (op !== '=' && op !== '!=') return false;
  if (field === undefined || field === null || typeof field === 'object') return false;
  const equal = wildcard(value)(String(field));
  return op === '=' ? equal : !equal;
}
