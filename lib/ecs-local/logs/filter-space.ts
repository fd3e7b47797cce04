// Space-delimited filter patterns: `[ip, user, ..., status = 4*, bytes > 1000]`. A message splits into fields on
// spaces, with `[...]` and `"..."` spans kept whole; `...` stands for any number of fields. Without `...` the last
// field takes the rest of the message. Conditions use =, !=, <, >, <=, >= (`*` wildcards), joined by && and ||.
import { type Comparison, type CompiledPattern, compare, FilterPatternError } from './filter-values';

interface Field {
  ellipsis: boolean;
  test: (value: string) => boolean;
}

const CONDITION = /^([A-Za-z_][\w-]*)\s*(!=|<=|>=|=|<|>)\s*(.+)$/;

function unquote(value: string): string | number {
  const v = value.trim();
  if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) return v.slice(1, -1);
  return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
}

function fieldTest(spec: string): (value: string) => boolean {
  const alternatives = spec.split('||').map((alt) =>
    alt.split('&&').map((part) => {
      const m = CONDITION.exec(part.trim());
      if (!m) {
        if (/^[A-Za-z_][\w-]*$/.test(part.trim())) return () => true;
        throw new FilterPatternError(`'${part.trim()}' is neither a field name nor a condition like status = 404`);
      }
      const value = unquote(m[3]);
      return (field: string) => compare(field, m[2] as Comparison, value);
    }),
  );
  return (value) => alternatives.some((all) => all.every((t) => t(value)));
}

function splitMessage(message: string): string[] {
  const fields: string[] = [];
  const re = /\[[^\]]*\]|"[^"]*"|\S+/g;
  for (const m of message.matchAll(re)) {
    const f = m[0];
    fields.push((f.startsWith('[') && f.endsWith(']')) || (f.startsWith('"') && f.endsWith('"')) ? f.slice(1, -1) : f);
  }
  return fields;
}

export function compileSpacePattern(pattern: string): CompiledPattern {
  if (!pattern.endsWith(']')) throw new FilterPatternError('a space-delimited pattern starts with [ and ends with ]');
  const specs = pattern
    .slice(1, -1)
    .split(',')
    .map((s) => s.trim());
  if (specs.some((s) => s === '')) throw new FilterPatternError('a space-delimited pattern has an empty field');
  const fields: Field[] = specs.map((s) =>
    s === '...' ? { ellipsis: true, test: () => true } : { ellipsis: false, test: fieldTest(s) },
  );
  const cut = fields.findIndex((f) => f.ellipsis);
  if (cut >= 0 && fields.slice(cut + 1).some((f) => f.ellipsis))
    throw new FilterPatternError('a space-delimited pattern may use ... only once');
  return {
    match: (message) => {
      const values = splitMessage(message);
      if (cut < 0) {
        if (values.length < fields.length) return false;
        const head = values.slice(0, fields.length - 1);
        const rest = values.slice(fields.length - 1).join(' ');
        return [...head, rest].every((v, i) => fields[i].test(v));
      }
      const before = fields.slice(0, cut);
      const after = fields.slice(cut + 1);
      if (values.length < before.length + after.length) return false;
      const tail = values.slice(values.length - after.length);
      return before.every((f, i) => f.test(values[i])) && after.every((f, i) => f.test(tail[i]));
    },
  };
}
