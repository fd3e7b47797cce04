// FormData → plain object for zod. Dotted names build nested values: `tags.0.key` → { tags: [{ key }] }.
// A name that appears more than once becomes an array (checkbox groups, multi-selects).
// Every form field name comes from whoever posts, so the parser is written for hostile names: objects have no
// prototype (`__proto__`, `constructor` and `prototype` are refused outright, so nothing reaches Object.prototype),
// array indices are capped (a field `tags.4294967294.key` would otherwise make a sparse array that is walked in
// full), and so are the depth of a name and the number of fields.

type Plain = Record<string, unknown>;

/** Highest array index a field name may use; the largest list in any form (tags) is far below it. */
export const FORM_INDEX_MAX = 999;
/** Most dots a field name may have (`containers.0.environment.1.value` has 4). */
export const FORM_DEPTH_MAX = 8;
/** Most fields in one submission. */
export const FORM_FIELDS_MAX = 2_000;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const INDEX = /^\d+$/;

export class FormShapeError extends Error {
  override name = 'FormShapeError';
}

function checkName(name: string, path: string[]): void {
  if (path.length > FORM_DEPTH_MAX + 1) throw new FormShapeError(`The field ${name.slice(0, 80)} is nested too deeply.`);
  for (const key of path) {
    if (FORBIDDEN_KEYS.has(key)) throw new FormShapeError(`The field name ${name.slice(0, 80)} is not allowed.`);
    if (INDEX.test(key) && (key.length > 4 || Number(key) > FORM_INDEX_MAX))
      throw new FormShapeError(`The field ${name.slice(0, 80)} uses a row number above ${FORM_INDEX_MAX}.`);
  }
}

/** A record without a prototype: a key can only ever be an own property. */
function record(): Plain {
  return Object.create(null) as Plain;
}

function setPath(target: Plain, path: string[], value: unknown): void {
  let node: Plain | unknown[] = target;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const last = i === path.length - 1;
    const slot = node as Record<string, unknown>;
    const existing = Object.hasOwn(slot, key) ? slot[key] : undefined;
    if (last) {
      if (existing === undefined) slot[key] = value;
      else slot[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
      return;
    }
    if (existing === undefined || typeof existing !== 'object') slot[key] = INDEX.test(path[i + 1]) ? [] : record();
    node = slot[key] as Plain | unknown[];
  }
}

/**
 * Strings only (files are ignored: the console uploads nothing). Sparse arrays from removed rows are compacted.
 * Throws FormShapeError for a field name no console form uses (validatedAction turns it into a form error).
 */
export function formDataToObject(formData: FormData): Plain {
  const out = record();
  let fields = 0;
  for (const [name, value] of formData.entries()) {
    if (typeof value !== 'string' || name.startsWith('$ACTION')) continue;
    if (++fields > FORM_FIELDS_MAX) throw new FormShapeError(`A form may have at most ${FORM_FIELDS_MAX} fields.`);
    const path = name.split('.');
    checkName(name, path);
    setPath(out, path, value);
  }
  return compact(out) as Plain;
}

/** Plain objects again (with a normal prototype, for zod and JSON), with the holes of removed rows dropped. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) {
    const rows: unknown[] = [];
    // Indices are capped above, so this walk is at most FORM_INDEX_MAX long; forEach skips holes.
    value.forEach((v) => {
      if (v !== undefined) rows.push(compact(v));
    });
    return rows;
  }
  if (value && typeof value === 'object') {
    const out: Plain = {};
    // The keys were checked in checkName, so none of them is __proto__.
    for (const key of Object.keys(value)) out[key] = compact((value as Plain)[key]);
    return out;
  }
  return value;
}
