// FormData → plain object for zod. Dotted names build nested values: `tags.0.key` → { tags: [{ key }] }.
// A name that appears more than once becomes an array (checkbox groups, multi-selects).

type Plain = Record<string, unknown>;

function setPath(target: Plain, path: string[], value: unknown): void {
  let node: Plain | unknown[] = target;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const last = i === path.length - 1;
    const slot = node as Record<string, unknown>;
    if (last) {
      const existing = slot[key];
      if (existing === undefined) slot[key] = value;
      else slot[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
      return;
    }
    if (slot[key] === undefined || typeof slot[key] !== 'object') slot[key] = /^\d+$/.test(path[i + 1]) ? [] : {};
    node = slot[key] as Plain | unknown[];
  }
}

/** Strings only (files are ignored: the console uploads nothing). Sparse arrays from removed rows are compacted. */
export function formDataToObject(formData: FormData): Plain {
  const out: Plain = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== 'string' || name.startsWith('$ACTION')) continue;
    setPath(out, name.split('.'), value);
  }
  return compact(out) as Plain;
}

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
  return value;
}
