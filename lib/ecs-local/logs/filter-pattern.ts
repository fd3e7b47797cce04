// CloudWatch Logs filter patterns (FilterLogEvents' `filterPattern`): terms, quoted phrases, `?` alternatives,
// `-` exclusions, JSON patterns `{ $.level = "error" }` (filter-json.ts) and space-delimited patterns
// `[ip, user, ..., status = 5*]` (filter-space.ts). Matching is case-sensitive, as in CloudWatch.
//
// Differs from CloudWatch: a term matches anywhere in the message (CloudWatch also matches inside longer words
// for most terms, but not always); regular-expression terms (`%...%`) are refused as invalid.
import { compileJsonPattern } from './filter-json';
import { compileSpacePattern } from './filter-space';
import type { CompiledPattern } from './filter-values';
import { FilterPatternError } from './filter-values';

export { type CompiledPattern, FilterPatternError } from './filter-values';

const MATCH_ALL: CompiledPattern = { match: () => true };

interface Term {
  text: string;
  kind: 'required' | 'any' | 'excluded';
}

function terms(pattern: string): Term[] {
  const out: Term[] = [];
  let i = 0;
  while (i < pattern.length) {
    if (/\s/.test(pattern[i])) {
      i++;
      continue;
    }
    let kind: Term['kind'] = 'required';
    if (pattern[i] === '?' || pattern[i] === '-') {
      kind = pattern[i] === '?' ? 'any' : 'excluded';
      i++;
    }
    let text = '';
    if (pattern[i] === '"') {
      const close = pattern.indexOf('"', i + 1);
      if (close < 0) throw new FilterPatternError(`the quoted phrase starting at character ${i + 1} has no closing quote`);
      text = pattern.slice(i + 1, close);
      i = close + 1;
    } else {
      const start = i;
      while (i < pattern.length && !/\s/.test(pattern[i])) i++;
      text = pattern.slice(start, i);
    }
    if (text.startsWith('%') && text.endsWith('%') && text.length > 1)
      throw new FilterPatternError('regular expression terms (%...%) are not supported by the local engine');
    if (text === '') throw new FilterPatternError(`an empty term follows '${kind === 'any' ? '?' : '-'}'`);
    out.push({ text, kind });
  }
  return out;
}

function compileTerms(pattern: string): CompiledPattern {
  const all = terms(pattern);
  const required = all.filter((t) => t.kind === 'required').map((t) => t.text);
  const any = all.filter((t) => t.kind === 'any').map((t) => t.text);
  const excluded = all.filter((t) => t.kind === 'excluded').map((t) => t.text);
  const sql: string[] = [];
  const params: string[] = [];
  for (const t of required) {
    sql.push('instr(message, ?) > 0');
    params.push(t);
  }
  if (any.length > 0) {
    sql.push(`(${any.map(() => 'instr(message, ?) > 0').join(' OR ')})`);
    params.push(...any);
  }
  for (const t of excluded) {
    sql.push('instr(message, ?) = 0');
    params.push(t);
  }
  return {
    match: (m) =>
      required.every((t) => m.includes(t)) &&
      (any.length === 0 || any.some((t) => m.includes(t))) &&
      !excluded.some((t) => m.includes(t)),
    prefilter: sql.length > 0 ? { sql: sql.join(' AND '), params } : undefined,
  };
}

/** Compiles a filter pattern; throws FilterPatternError with what is wrong for a pattern CloudWatch would refuse. */
export function compileFilterPattern(pattern: string | undefined): CompiledPattern {
  const text = (pattern ?? '').trim();
  if (text === '' || text === '""' || text === '" "') return MATCH_ALL;
  if (text.startsWith('{')) return compileJsonPattern(text);
  if (text.startsWith('[')) return compileSpacePattern(text);
  return compileTerms(text);
}
