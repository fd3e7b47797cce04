// What the audit trail never keeps: environment values, secrets, credentials. Applied to every request and form
// input before it is written, so the trail can be exported and shared. Pure.

export const MASK = '****';

/** Keys whose value is a secret wherever they appear. */
const SECRET_KEY = /password|secret|token|credential|authorization|private.?key/i;
/** Lists of {name, value} (or {name, valueFrom}) whose values are masked: environment variables and secrets. */
const NAME_VALUE_LISTS = new Set(['environment', 'secrets', 'secretOptions']);
/** Free-text fields holding `KEY=value` lines (the run task form's environment override). */
const KEY_VALUE_TEXT = new Set(['environment']);
/** Form fields holding a JSON document to mask inside (the task definition editor's `document`). */
const JSON_TEXT = new Set(['document']);

const MAX_DEPTH = 32;

function maskKeyValueText(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const eq = line.indexOf('=');
      return eq < 0 ? line : `${line.slice(0, eq)}=${MASK}`;
    })
    .join('\n');
}

function maskNameValueList(list: unknown[], depth: number): unknown[] {
  return list.map((item) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return maskSecrets(item, depth + 1);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(item)) out[k] = k === 'value' || k === 'valueFrom' ? MASK : maskSecrets(v, depth + 1);
    return out;
  });
}

/** A copy of `value` with secrets, environment values and credentials replaced by ****. */
export function maskSecrets(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) return MASK;
  if (Array.isArray(value)) return value.map((v) => maskSecrets(v, depth + 1));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (SECRET_KEY.test(key)) out[key] = MASK;
    else if (NAME_VALUE_LISTS.has(key) && Array.isArray(v)) out[key] = maskNameValueList(v, depth);
    else if (KEY_VALUE_TEXT.has(key) && typeof v === 'string') out[key] = maskKeyValueText(v);
    else if (JSON_TEXT.has(key) && typeof v === 'string') out[key] = maskJsonText(v, depth);
    else out[key] = maskSecrets(v, depth + 1);
  }
  return out;
}

function maskJsonText(text: string, depth: number): string {
  try {
    return JSON.stringify(maskSecrets(JSON.parse(text), depth + 1));
  } catch {
    // Not JSON: it may still hold secrets, and the trail does not need it verbatim.
    return `(${text.length} characters, not JSON)`;
  }
}
