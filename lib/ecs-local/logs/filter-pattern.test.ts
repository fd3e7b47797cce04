// Filter patterns compiled directly (no server): which messages each dialect keeps, the error a broken pattern gets,
// and the SQL prefilter run in SQLite as FilterLogEvents runs it (events.ts), so a prefilter that drops a match or
// keeps a term pattern's non-match shows here.
import { afterAll, describe, expect, it } from 'vitest';
import Database from '../../sqlite';
import { type CompiledPattern, compileFilterPattern, FilterPatternError } from './filter-pattern';

const db = new Database(':memory:');
afterAll(() => db.close());

/** The messages `match` accepts. */
const matched = (pattern: string | undefined, messages: string[]) =>
  messages.filter((m) => compileFilterPattern(pattern).match(m));

/** The messages SQLite's prefilter lets through (all of them without a prefilter), in their order. */
function prefiltered(compiled: CompiledPattern, messages: string[]): string[] {
  if (!compiled.prefilter) return messages;
  const rows = db
    .prepare(`SELECT message FROM (SELECT value AS message, key FROM json_each(?)) WHERE ${compiled.prefilter.sql} ORDER BY key`)
    .all(JSON.stringify(messages), ...compiled.prefilter.params) as { message: string }[];
  return rows.map((r) => r.message);
}

/** What FilterLogEvents answers: the prefilter's rows that `match` accepts. */
const kept = (pattern: string, messages: string[]) => {
  const compiled = compileFilterPattern(pattern);
  return prefiltered(compiled, messages).filter((m) => compiled.match(m));
};

/** The message of the FilterPatternError a pattern gets. */
function refusal(pattern: string): string {
  try {
    compileFilterPattern(pattern);
  } catch (err) {
    if (err instanceof FilterPatternError) return err.message;
    throw err;
  }
  throw new Error(`'${pattern}' compiled`);
}

describe('empty patterns', () => {
  const messages = ['x', 'a b', ''];

  it('match every event, with no prefilter', () => {
    for (const pattern of [undefined, '', '   ', '""', '" "', ' "" ']) {
      const compiled = compileFilterPattern(pattern);
      expect(compiled.prefilter, String(pattern)).toBeUndefined();
      expect(
        messages.filter((m) => compiled.match(m)),
        String(pattern),
      ).toEqual(messages);
    }
  });
});

describe('term patterns', () => {
  const messages = [
    'ERROR upstream timed out',
    'ERROR ARGUMENTS missing',
    'WARN slow query',
    'INFO GET /api 200',
    'error in lower case',
    'ERRORS counted',
    'rate 50% reached',
  ];

  it('require every plain term, anywhere in the message, case-sensitively', () => {
    expect(kept('ERROR', messages)).toEqual([messages[0], messages[1], messages[5]]);
    expect(kept('ERROR missing', messages)).toEqual([messages[1]]);
    expect(kept('missing ERROR', messages)).toEqual([messages[1]]);
    expect(kept('error', messages)).toEqual([messages[4]]);
    expect(kept('ERROR WARN', messages)).toEqual([]);
  });

  it('split terms on any whitespace, repeated or not', () => {
    expect(kept('ERROR \t  missing', messages)).toEqual([messages[1]]);
    expect(kept('ERROR\nmissing', messages)).toEqual([messages[1]]);
    expect(kept('\tERROR  ', messages)).toEqual([messages[0], messages[1], messages[5]]);
  });

  it('keep a quoted phrase whole, spaces included', () => {
    expect(kept('"ERROR upstream"', messages)).toEqual([messages[0]]);
    expect(kept('"timed out" ERROR', messages)).toEqual([messages[0]]);
    expect(kept('"ERROR ARGUMENTS"ERROR', messages)).toEqual([messages[1]]);
    expect(kept('"out ERROR"', messages)).toEqual([]);
  });

  it('need one of the ? terms, with the required ones', () => {
    expect(kept('?WARN ?INFO', messages)).toEqual([messages[2], messages[3]]);
    expect(kept('?WARN', messages)).toEqual([messages[2]]);
    expect(kept('?NOPE ?"slow query"', messages)).toEqual([messages[2]]);
    expect(kept('ERROR ?missing ?upstream', messages)).toEqual([messages[0], messages[1]]);
    expect(kept('?nothing ?none', messages)).toEqual([]);
  });

  it('drop events holding a - term', () => {
    expect(kept('ERROR -ARGUMENTS', messages)).toEqual([messages[0], messages[5]]);
    expect(kept('ERROR -ARGUMENTS -counted', messages)).toEqual([messages[0]]);
    expect(kept('ERROR -"timed out"', messages)).toEqual([messages[1], messages[5]]);
    expect(kept('-ERROR', messages)).toEqual(messages.filter((m) => !m.includes('ERROR')));
    expect(kept('?WARN ?INFO -slow', messages)).toEqual([messages[3]]);
  });

  it('take a lone % or a % at one end only as a plain term', () => {
    expect(kept('%', messages)).toEqual([messages[6]]);
    expect(kept('50%', messages)).toEqual([messages[6]]);
    expect(kept('%ERROR', messages)).toEqual([]);
  });

  it('agree with their prefilter: SQLite keeps exactly the events match keeps', () => {
    const patterns = ['ERROR', 'ERROR missing', '?WARN ?INFO', 'ERROR -ARGUMENTS', 'ERROR ?missing ?upstream -counted', '-ERROR'];
    for (const pattern of patterns) {
      const compiled = compileFilterPattern(pattern);
      expect(prefiltered(compiled, messages), pattern).toEqual(matched(pattern, messages));
    }
  });

  it('refuse an unclosed quote, a regular expression and an empty term', () => {
    expect(refusal('"open')).toBe('the quoted phrase starting at character 1 has no closing quote');
    expect(refusal('ERROR "timed out')).toBe('the quoted phrase starting at character 7 has no closing quote');
    expect(refusal('ERROR ?"timed out')).toBe('the quoted phrase starting at character 8 has no closing quote');
    expect(refusal('%ERR.*%')).toBe('regular expression terms (%...%) are not supported by the local engine');
    expect(refusal('ERROR ?%x%')).toBe('regular expression terms (%...%) are not supported by the local engine');
    expect(refusal('ERROR ?')).toBe("an empty term follows '?'");
    expect(refusal('ERROR -')).toBe("an empty term follows '-'");
    expect(refusal('ERROR -""')).toBe("an empty term follows '-'");
    expect(refusal('ERROR ?""')).toBe("an empty term follows '?'");
  });
});

describe('JSON patterns', () => {
  const doc = {
    level: 'error',
    latency: 120,
    ratio: 0.5,
    user: { id: 7, name: 'Ann Lee', 'x-y_z@$': 'odd' },
    tags: ['a', 'b'],
    ok: false,
    on: true,
    gone: null,
    note: 'two\nlines',
    code: '0042',
  };
  const json = JSON.stringify(doc);
  const other = JSON.stringify({ level: 'info', latency: 20, user: { id: 8 }, ok: true, tags: [] });
  const messages = [json, other, 'level error plain text', '{ not json', `  ${json}`];

  it('match a message that is a JSON array, which the prefilter lets through', () => {
    expect(kept('{ $[0] = 1 }', ['[1,2]', '[2,1]', 'not json', '{"a":1}'])).toEqual(['[1,2]']);
  });

  it('compare strings, exactly or with * wildcards, on JSON messages only', () => {
    expect(kept('{ $.level = "error" }', messages)).toEqual([json, `  ${json}`]);
    expect(kept('{$.level="error"}', messages)).toEqual([json, `  ${json}`]);
    expect(kept('  { $.level = "error" }  ', messages)).toEqual([json, `  ${json}`]);
    expect(kept('{ $.level = error }', messages)).toEqual([json, `  ${json}`]);
    expect(kept('{ $.level = "err" }', messages)).toEqual([]);
    expect(kept('{ $.level = err* }', messages)).toEqual([json, `  ${json}`]);
    expect(kept('{ $.level != "error" }', messages)).toEqual([other]);
    expect(kept('{ $.user.name = "Ann Lee" }', messages)).toEqual([json, `  ${json}`]);
    expect(kept('{ $.user.name = "Ann \\"Lee" }', [JSON.stringify({ user: { name: 'Ann "Lee' } })])).toHaveLength(1);
    expect(kept('{ $.note = "two*" }', messages)).toEqual([json, `  ${json}`]);
    expect(kept('{ $.user.x-y_z@$ = odd }', messages)).toEqual([json, `  ${json}`]);
    expect(kept('{ $.a = $x" }', [JSON.stringify({ a: '$x"' }), JSON.stringify({ a: '$x' })])).toEqual([
      JSON.stringify({ a: '$x"' }),
    ]);
  });

  it('compare numbers numerically, with each operator at its bound', () => {
    const at = (pattern: string) => kept(pattern, messages).includes(json);
    expect(at('{ $.latency = 120 }')).toBe(true);
    expect(at('{ $.latency = 120.0 }')).toBe(true);
    expect(at('{ $.latency = 1.2e2 }')).toBe(true);
    expect(at('{ $.latency = 12E1 }')).toBe(true);
    expect(at('{ $.latency = 1200e-1 }')).toBe(true);
    expect(at('{ $.latency = 0.012e+4 }')).toBe(true);
    expect(at('{ $.latency = 120.00 }')).toBe(true);
    expect(at('{ $.latency = 1.2e+02 }')).toBe(true);
    expect(at('{ $.latency = 12000e-02 }')).toBe(true);
    expect(at('{ $.latency = 121 }')).toBe(false);
    expect(at('{ $.latency != 120 }')).toBe(false);
    expect(at('{ $.latency != 121 }')).toBe(true);
    expect(at('{ $.latency < 120 }')).toBe(false);
    expect(at('{ $.latency < 121 }')).toBe(true);
    expect(at('{ $.latency > 120 }')).toBe(false);
    expect(at('{ $.latency > 119 }')).toBe(true);
    expect(at('{ $.latency <= 119 }')).toBe(false);
    expect(at('{ $.latency <= 120 }')).toBe(true);
    expect(at('{ $.latency >= 121 }')).toBe(false);
    expect(at('{ $.latency >= 120 }')).toBe(true);
    expect(at('{ $.ratio > 0.4 }')).toBe(true);
    expect(at('{ $.ratio < 0.6 }')).toBe(true);
    expect(at('{ $.latency > -5 }')).toBe(true);
    expect(at('{ $.code = 42 }')).toBe(true);
    expect(at('{ $.code = "42" }')).toBe(false);
    expect(at('{ $.code = "0042" }')).toBe(true);
    expect(at('{ $.user.id = 7 }')).toBe(true);
    expect(at('{ $.tags[1] = "b" }')).toBe(true);
    expect(at('{ $.tags[0] = "b" }')).toBe(false);
    const long = JSON.stringify({ list: Array.from({ length: 12 }, (_, i) => i * 2) });
    expect(matched('{ $.list[10] = 20 }', [long])).toEqual([long]);
    expect(matched('{ $.list[11] > 21 }', [long])).toEqual([long]);
  });

  it('tell a number from a name by the whole token', () => {
    const m = [JSON.stringify({ v: '12abc' }), JSON.stringify({ v: 'x12' }), JSON.stringify({ v: 12 })];
    expect(kept('{ $.v = 12abc }', m)).toEqual([m[0]]);
    expect(kept('{ $.v = x12 }', m)).toEqual([m[1]]);
    expect(kept('{ $.v = 1.5.3 }', [JSON.stringify({ v: '1.5.3' })])).toHaveLength(1);
    expect(kept('{ $.v = 1e }', [JSON.stringify({ v: '1e' })])).toHaveLength(1);
    expect(kept('{ $.v = 1. }', [JSON.stringify({ v: '1.' })])).toHaveLength(1);
    expect(refusal('{ $.v > 12abc }')).toBe("'>' compares numbers; 12abc is not a number");
    expect(refusal('{ $.v > x12 }')).toBe("'>' compares numbers; x12 is not a number");
    expect(refusal('{ $.v < 1.5.3 }')).toBe("'<' compares numbers; 1.5.3 is not a number");
    expect(refusal('{ $.v < 1e }')).toBe("'<' compares numbers; 1e is not a number");
  });

  it('test NULL, TRUE, FALSE and missing fields', () => {
    expect(kept('{ $.gone IS NULL }', messages)).toEqual([json, `  ${json}`]);
    expect(kept('{ $.level IS NULL }', messages)).toEqual([]);
    expect(kept('{ $.nothing IS NULL }', messages)).toEqual([]);
    expect(kept('{ $.ok IS FALSE }', messages)).toEqual([json, `  ${json}`]);
    expect(kept('{ $.ok IS TRUE }', messages)).toEqual([other]);
    expect(kept('{ $.on IS TRUE }', messages)).toEqual([json, `  ${json}`]);
    expect(kept('{ $.gone IS FALSE }', messages)).toEqual([]);
    expect(kept('{ $.tags[1] NOT EXISTS }', messages)).toEqual([other]);
    expect(kept('{ $.gone NOT EXISTS }', messages)).toEqual([other]);
    expect(kept('{ $.level.deep NOT EXISTS }', messages)).toEqual([json, other, `  ${json}`]);
    expect(kept('{ $.gone.deep NOT EXISTS }', messages)).toEqual([json, other, `  ${json}`]);
    expect(kept('{ $.ok = "false" }', messages)).toEqual([json, `  ${json}`]);
    expect(kept('{ $.user = "x" }', messages)).toEqual([]);
    expect(kept('{ $.user != "x" }', messages)).toEqual([]);
    expect(kept('{ $.gone != "x" }', messages)).toEqual([]);
    expect(kept('{ $.nothing != "x" }', messages)).toEqual([]);
    expect(kept('{ $.level[0] = "e" }', messages)).toEqual([]);
    expect(kept('{ $.level.length = 5 }', messages)).toEqual([]);
    expect(kept('{ $.latency.toFixed NOT EXISTS }', messages)).toEqual([json, other, `  ${json}`]);
  });

  it('compare only numbers and numeric strings with a number', () => {
    const blank = [JSON.stringify({ v: ' ' }), JSON.stringify({ v: '' }), JSON.stringify({ v: '0' })];
    expect(kept('{ $.v = 0 }', blank)).toEqual([blank[2]]);
    expect(kept('{ $.v != 0 }', blank)).toEqual([blank[0], blank[1]]);
    expect(kept('{ $.gone < 1 }', messages)).toEqual([]);
    expect(kept('{ $.ok < 1 }', messages)).toEqual([]);
    expect(kept('{ $.on > 0 }', messages)).toEqual([]);
    expect(kept('{ $.user < 1 }', messages)).toEqual([]);
    expect(kept('{ $.level != 5 }', messages)).toEqual([json, other, `  ${json}`]);
    expect(kept('{ $.nothing != 5 }', messages)).toEqual([]);
    expect(kept('{ $.level = 5 }', messages)).toEqual([]);
  });

  it('join with && before ||, and group with parentheses', () => {
    expect(kept('{ $.level = "info" || $.level = "error" && $.ok IS TRUE }', messages)).toEqual([other]);
    expect(kept('{ ($.level = "info" || $.level = "error") && $.ok IS FALSE }', messages)).toEqual([json, `  ${json}`]);
    expect(kept('{ $.level = "error" && $.latency > 100 && $.ok IS FALSE }', messages)).toEqual([json, `  ${json}`]);
    expect(kept('{ $.level = "error" && $.latency > 100 && $.ok IS TRUE }', messages)).toEqual([]);
    expect(kept('{ $.user.id = 8 || $.tags[1] = "b" }', messages)).toEqual([json, other, `  ${json}`]);
    expect(kept('{ $.user.id = 9 || $.tags[1] = "c" || $.ok IS TRUE }', messages)).toEqual([other]);
    expect(kept('{ (($.user.id = 8)) }', messages)).toEqual([other]);
  });

  it('match a top-level array, and never a message that is not JSON', () => {
    const list = '[{"a":1},{"a":2}]';
    expect(matched('{ $[1].a = 2 }', [list, '[{"a":1}]', '[broken', 'x[1]'])).toEqual([list]);
    expect(matched('{ $.a = 1 }', ['{"a":1', 'a = 1', '', ' ', '\t{"a":1}', '1', '"{"'])).toEqual(['\t{"a":1}']);
    expect(matched('{ $.a NOT EXISTS }', ['1', '"x"', 'true', 'null', '{}', ' []'])).toEqual(['{}', ' []']);
  });

  it('prefilter on a { in the message', () => {
    const compiled = compileFilterPattern('{ $.a = 1 }');
    expect(prefiltered(compiled, ['{"a":1}', 'no brace', '[{"a":1}]', ' {"a":2}'])).toEqual(['{"a":1}', '[{"a":1}]', ' {"a":2}']);
  });

  it('refuse what is not a JSON pattern, with what is wrong', () => {
    expect(refusal('{ $.a = 1')).toBe('a JSON pattern starts with { and ends with }');
    expect(refusal('{ $.a = "x }')).toBe(`unexpected '"x' in the JSON pattern`);
    expect(refusal('{ $.a = 1 & $.b = 2 }')).toBe("unexpected '& $.b = 2' in the JSON pattern");
    expect(refusal('{ $.a = 1 ! $.b = 2 $.c = 3 $.d = 4 }')).toBe("unexpected '! $.b = 2 $.c = 3 $.' in the JSON pattern");
    expect(refusal('{ $.a = 1 $.b = 2 }')).toBe("unexpected '$.b' in the JSON pattern");
    expect(refusal('{ $.a = 1 ) }')).toBe("unexpected ')' in the JSON pattern");
    expect(refusal('{ $.a = }')).toBe('the JSON pattern ends too early');
    expect(refusal('{ $.a }')).toBe('the JSON pattern ends too early');
    expect(refusal('{ }')).toBe('the JSON pattern ends too early');
    expect(refusal('{ ($.a = 1 }')).toBe('the JSON pattern ends too early');
    expect(refusal('{ ($.a = 1 $.b = 2) }')).toBe('a parenthesis is not closed in the JSON pattern');
    expect(refusal('{ level = 1 }')).toBe("expected a selector like $.field, got 'level'");
    expect(refusal('{ $.a = 1 && }')).toBe('the JSON pattern ends too early');
    expect(refusal('{ $.a = 1 || = 2 }')).toBe("expected a selector like $.field, got '='");
    expect(refusal('{ $ = 1 }')).toBe("'$' selects nothing: name a field, e.g. $.level");
    expect(refusal('{ $.a.. = 1 }')).toBe("'$.a..' is not a JSON selector like $.field or $.list[0]");
    expect(refusal('{ $.a[x] = 1 }')).toBe("'$.a[x]' is not a JSON selector like $.field or $.list[0]");
    expect(refusal('{ $a = 1 }')).toBe("'$a' is not a JSON selector like $.field or $.list[0]");
    expect(refusal('{ $.a IS MISSING }')).toBe("'IS MISSING' is not supported: use IS NULL, IS TRUE or IS FALSE");
    expect(refusal('{ $.a NOT NULL }')).toBe("'NOT' must be followed by EXISTS");
    expect(refusal('{ $.a LIKE 1 }')).toBe("expected a comparison (=, !=, <, >, <=, >=) after $.a, got 'LIKE'");
    expect(refusal('{ $.a >= "5" }')).toBe(`'>=' compares numbers; "5" is not a number`);
    expect(refusal('{ $.a <= "5" }')).toBe(`'<=' compares numbers; "5" is not a number`);
  });

  it('accept every comparison operator', () => {
    for (const op of ['=', '!=', '<', '>', '<=', '>=']) expect(() => compileFilterPattern(`{ $.a ${op} 1 }`), op).not.toThrow();
  });
});

describe('space-delimited patterns', () => {
  const access = '10.0.0.1 - alice [01/Jan/2026:00:00:00 +0000] "GET /index.html HTTP/1.1" 404 512';
  const ok = '10.0.0.2 - bob [01/Jan/2026:00:00:01 +0000] "GET / HTTP/1.1" 200 2048';
  const messages = [access, ok, 'ERROR upstream timed out', 'short'];

  it('split on spaces, keeping [...] and "..." whole', () => {
    expect(kept('[ip, ident, user, time, request, status, bytes]', messages)).toEqual([access, ok]);
    expect(kept('[ip, ident, user = alice, time = "01/Jan/2026:00:00:00 +0000", request, status, bytes]', messages)).toEqual([
      access,
    ]);
    expect(kept('[ip, ident, user, time, request = "GET / HTTP/1.1", status, bytes]', messages)).toEqual([ok]);
    expect(kept('[ip, ident, user, time, request = GET*, status = 404, bytes]', messages)).toEqual([access]);
  });

  it('give the last field the rest of the message without ...', () => {
    expect(kept('[level = ERROR, rest = "upstream timed out"]', messages)).toEqual([messages[2]]);
    expect(kept('[level = ERROR, rest = upstream]', messages)).toEqual([]);
    expect(kept('[a, b, c = "timed out"]', messages)).toEqual([messages[2]]);
    expect(kept('[only = short]', messages)).toEqual([messages[3]]);
    expect(kept('[a, b, c, d]', messages)).toEqual([access, ok, messages[2]]);
    expect(kept('[a, b]', messages)).toEqual([access, ok, messages[2]]);
    expect(kept('[a]', messages)).toEqual(messages);
    expect(kept('[a, b, c, d, e, f, g]', messages)).toEqual([access, ok]);
    expect(kept('[a, b, c, d, e, f, g, h]', messages)).toEqual([]);
  });

  it('stand ... for any number of fields, at the start, middle or end', () => {
    expect(kept('[level = ERROR, ...]', messages)).toEqual([messages[2]]);
    expect(kept('[..., status = 4*, bytes]', messages)).toEqual([access]);
    expect(kept('[..., bytes > 1000]', messages)).toEqual([ok]);
    expect(kept('[ip = 10.0.0.2, ..., bytes = 2048]', messages)).toEqual([ok]);
    expect(kept('[ip = 10.0.0.2, ..., bytes = 512]', messages)).toEqual([]);
    expect(kept('[a, ..., b]', messages)).toEqual([access, ok, messages[2]]);
    expect(kept('[a, b, ..., c]', messages)).toEqual([access, ok, messages[2]]);
    expect(kept('[a, b, ..., c, d]', messages)).toEqual([access, ok, messages[2]]);
    expect(kept('[a, ..., b]', ['x y', 'x'])).toEqual(['x y']);
    expect(kept('[...]', messages)).toEqual(messages);
    expect(kept('[..., last = short]', messages)).toEqual([messages[3]]);
    expect(kept('[first = short, ...]', messages)).toEqual([messages[3]]);
  });

  it('compare with every operator, numbers numerically, and join with && and ||', () => {
    const rows = ['a 5', 'a 10', 'a x', 'a ', 'b 7'];
    expect(kept('[k, n = 5]', rows)).toEqual(['a 5']);
    expect(kept('[k, n != 5]', rows)).toEqual(['a 10', 'a x', 'b 7']);
    expect(kept('[k, n < 10]', rows)).toEqual(['a 5', 'b 7']);
    expect(kept('[k, n <= 7]', rows)).toEqual(['a 5', 'b 7']);
    expect(kept('[k, n > 5]', rows)).toEqual(['a 10', 'b 7']);
    expect(kept('[k, n >= 7]', rows)).toEqual(['a 10', 'b 7']);
    expect(kept('[k, n >= 5 && n < 10]', rows)).toEqual(['a 5', 'b 7']);
    expect(kept('[k, n = 5 || n = 10]', rows)).toEqual(['a 5', 'a 10']);
    expect(kept('[k, n = 5 || n > 6 && n < 8]', rows)).toEqual(['a 5', 'b 7']);
    expect(kept('[k = a && k != b, n = x]', rows)).toEqual(['a x']);
    expect(kept('[k, n = "5"]', rows)).toEqual(['a 5']);
    expect(kept('[k, n = -5]', ['a -5', 'a 5'])).toEqual(['a -5']);
    expect(kept('[k, n > -3]', ['a -1', 'a -5'])).toEqual(['a -1']);
    expect(kept('[k, n > 2.55]', ['a 2.56', 'a 2.54'])).toEqual(['a 2.56']);
    expect(kept('[k, n="a b"]', ['x "a b"', 'x b'])).toEqual(['x "a b"']);
    expect(kept('[k = x || name, n]', ['a 1', 'x 2'])).toEqual(['a 1', 'x 2']);
    expect(kept('[k, n = "a]', ['x "a', 'x a'])).toEqual(['x "a']);
    expect(kept('[k, n = a"]', ['x a"', 'x a'])).toEqual(['x a"']);
    expect(kept('[k, n = "[abc"]', ['x [abc', 'x abc', 'x ab'])).toEqual(['x [abc']);
    expect(kept('[k, n = "abc]"]', ['x abc]', 'x abc', 'x bc'])).toEqual(['x abc]']);
    expect(kept('[k, n > 2.5]', ['a 2.4', 'a 2.6'])).toEqual(['a 2.6']);
    expect(kept('[k, n > 2.]', ['a 2.', 'a 3'])).toEqual([]);
    expect(kept('[k, n = 2.]', ['a 2.', 'a 3'])).toEqual(['a 2.']);
    expect(kept('[k, n = 5x]', ['a 5x', 'a 5'])).toEqual(['a 5x']);
    expect(kept('[k, n = x5]', ['a x5', 'a 5'])).toEqual(['a x5']);
    expect(kept('[k, n > abc]', ['a abc', 'a 5'])).toEqual([]);
    expect(kept('[k, n = "]', ['a "', 'a 5'])).toEqual([]);
    expect(kept('[k, n = ""]', ['a ""', 'a 5'])).toEqual(['a ""']);
    expect(kept('[k, n=5]', rows)).toEqual(['a 5']);
    expect(kept('[k, n = " 5 "]', ['a 5', 'a " 5 "'])).toEqual(['a " 5 "']);
  });

  it('take field names with letters, digits, _ and -', () => {
    expect(kept('[_k-2 = a, n9]', ['a 1', 'b 2'])).toEqual(['a 1']);
    expect(refusal('[9k = a, n]')).toBe("'9k = a' is neither a field name nor a condition like status = 404");
    expect(refusal('[k.x, n]')).toBe("'k.x' is neither a field name nor a condition like status = 404");
    expect(refusal('[k, n ~ 5]')).toBe("'n ~ 5' is neither a field name nor a condition like status = 404");
    expect(refusal('[k, = 5]')).toBe("'= 5' is neither a field name nor a condition like status = 404");
    expect(refusal('[k, n = 5 && ]')).toBe("'' is neither a field name nor a condition like status = 404");
    expect(refusal('[k, n =]')).toBe("'n =' is neither a field name nor a condition like status = 404");
    expect(refusal('[k, x n]')).toBe("'x n' is neither a field name nor a condition like status = 404");
    expect(refusal('[k, n = 5 && x y]')).toBe("'x y' is neither a field name nor a condition like status = 404");
    expect(refusal('[k, n = 5\nx]')).toBe("'n = 5\nx' is neither a field name nor a condition like status = 404");
    expect(refusal('[k, x n = 5]')).toBe("'x n = 5' is neither a field name nor a condition like status = 404");
  });

  it('refuse a broken space-delimited pattern', () => {
    expect(refusal('[a, b')).toBe('a space-delimited pattern starts with [ and ends with ]');
    expect(refusal('[a, , b]')).toBe('a space-delimited pattern has an empty field');
    expect(refusal('[a, b, ]')).toBe('a space-delimited pattern has an empty field');
    expect(refusal('[]')).toBe('a space-delimited pattern has an empty field');
    expect(refusal('[..., a, ...]')).toBe('a space-delimited pattern may use ... only once');
    expect(refusal('[a, ..., ...]')).toBe('a space-delimited pattern may use ... only once');
  });

  it('have no prefilter', () => {
    expect(compileFilterPattern('[a, b]').prefilter).toBeUndefined();
  });
});

describe('wildcards', () => {
  it('anchor at both ends and take every other character literally', () => {
    const cases: [string, string, boolean][] = [
      ['err*', 'error', true],
      ['err*', 'xerror', false],
      ['*ror', 'error', true],
      ['*ror', 'errors', false],
      ['e*r', 'eXXr', true],
      ['e*r', 'eXXrs', false],
      ['*', '', true],
      ['a*', 'a\nb', true],
      ['1.5*', '105', false],
      ['1.5*', '1.5x', true],
      ['a+*', 'aa', false],
      ['a+*', 'a+', true],
      ['a?*', 'a', false],
      ['a?*', 'a?', true],
      ['^a*', 'a', false],
      ['^a*', '^a', true],
      ['a$*', 'a', false],
      ['a$*', 'a$', true],
      ['{1}*', '{1}', true],
      ['a{2}*', 'aa', false],
      ['(a)*', 'a', false],
      ['(a)*', '(a)', true],
      ['a|b*', 'b', false],
      ['a|b*', 'a|b', true],
      ['[ab]*', 'a', false],
      ['[ab]*', '[ab]', true],
      ['\\d*', '5', false],
      ['\\d*', '\\d', true],
      ['error', 'error', true],
      ['error', 'errors', false],
      ['error', 'Error', false],
    ];
    for (const [value, field, expected] of cases) {
      const message = JSON.stringify({ v: field });
      expect(matched(`{ $.v = ${JSON.stringify(value)} }`, [message]).length === 1, `${value} ~ ${field}`).toBe(expected);
    }
  });
});
