// Text ↔ value conversions for form inputs. Lists are typed the AWS console's way, comma separated
// ("sh, -c, echo hi"); a list that commas cannot express (an item with a comma or edge spaces) is shown as a
// JSON array instead, and a JSON array typed in is accepted, so no list is ever mangled.

/** Integers as people type them: no leading zeros, no "-0", and short enough to stay exact as a number. */
const INT_TEXT = /^(0|-?[1-9]\d{0,14})$/;

/**
 * "80" → 80; '' → undefined; anything else stays the text the user typed, so the JSON view shows it as typed
 * and validation can point at it (ECS would refuse it too).
 */
export function textToInt(text: string): number | undefined {
  if (text === '') return undefined;
  return INT_TEXT.test(text) ? Number(text) : (text as unknown as number);
}

/** The inverse of textToInt: numbers print plainly; a non-number (from pasted JSON) is shown as it was. */
export function intToText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : String(value);
}

/** True when the text is '' or an integer the way textToInt reads it. */
export function isIntText(text: string): boolean {
  return text === '' || INT_TEXT.test(text);
}

export function textToTriBool(value: '' | 'true' | 'false'): boolean | undefined {
  return value === '' ? undefined : value === 'true';
}

export function triBoolToText(value: unknown): '' | 'true' | 'false' {
  if (value === true) return 'true';
  if (value === false) return 'false';
  return '';
}

function plainItem(item: string): boolean {
  return item !== '' && !item.includes(',') && item.trim() === item && !(item.startsWith('[') || item.startsWith('"'));
}

/** ["sh", "-c", "echo hi"] → "sh, -c, echo hi" (or a JSON array when commas cannot express it). */
export function listToText(items: readonly string[] | undefined): string {
  if (!items || items.length === 0) return '';
  if (items.every(plainItem)) return items.join(', ');
  return JSON.stringify(items);
}

function parseJsonList(text: string): string[] | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  } catch {
    // Not JSON: read it as a comma separated list.
  }
  return undefined;
}

/** "sh, -c, echo hi" → ["sh", "-c", "echo hi"]; a JSON array of strings is read as JSON; '' → undefined. */
export function textToList(text: string): string[] | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (trimmed.startsWith('[')) {
    const json = parseJsonList(trimmed);
    if (json) return json;
  }
  return trimmed.split(',').map((s) => s.trim());
}

/**
 * Health check commands: like listToText, except that the shell command after CMD-SHELL is one item even when
 * it contains commas ("CMD-SHELL, curl -f http://localhost/ || exit 1").
 */
export function healthCommandToText(items: readonly string[] | undefined): string {
  if (items && items.length === 2 && items[0] === 'CMD-SHELL' && items[1] !== '' && items[1].trim() === items[1])
    return `CMD-SHELL, ${items[1]}`;
  // Any other CMD-SHELL list would be read back as a two-item one: show it as JSON.
  if (items && items.length > 1 && items[0] === 'CMD-SHELL') return JSON.stringify(items);
  return listToText(items);
}

export function textToHealthCommand(text: string): string[] | undefined {
  const trimmed = text.trim();
  const shell = /^CMD-SHELL\s*,\s*(.+)$/s.exec(trimmed);
  if (shell) return ['CMD-SHELL', shell[1]];
  return textToList(text);
}

/** `{a: "1"}` → [{key: "a", value: "1"}] (insertion order). */
export function mapToRows(map: Record<string, string> | undefined): { key: string; value: string }[] {
  return Object.entries(map ?? {}).map(([key, value]) => ({ key, value: intToText(value) }));
}

/** Rows → map; undefined when there are no rows. A later duplicate key wins (validation reports duplicates). */
export function rowsToMap(rows: readonly { key: string; value: string }[]): Record<string, string> | undefined {
  if (rows.length === 0) return undefined;
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

/** '' → undefined, so optional strings the user left empty are not sent. */
export function optionalText(text: string): string | undefined {
  return text === '' ? undefined : text;
}

/** Drops undefined members so JSON documents and equality checks see only what is set. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Rows → list; undefined when there are none (ECS treats a missing list and an empty one alike). */
export function optionalList<T, U>(rows: readonly T[], map: (row: T) => U): U[] | undefined {
  return rows.length === 0 ? undefined : rows.map(map);
}

/** The members of `source` other than `known`: what the form keeps verbatim in `extra`. */
export function extraKeys(source: object, known: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(source).filter(([k, v]) => !known.includes(k) && v !== undefined));
}
