// Name rules shared by the engine's validation and the console's forms (ECS API model, 2014-11-13).

/** Cluster, service, task definition family and container names. */
export const RESOURCE_NAME_PATTERN = /^[a-zA-Z0-9_-]{1,255}$/;
export const RESOURCE_NAME_HINT = 'Up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores are allowed.';

/** Port mapping names: lowercase letters, numbers, underscores and hyphens, not starting with a hyphen. */
export const PORT_NAME_PATTERN = /^[a-z0-9_][a-z0-9_-]{0,63}$/;

/** RunTask / StartTask startedBy. */
export const STARTED_BY_PATTERN = /^[a-zA-Z0-9/_-]{1,128}$/;

export const TAG_KEY_MAX = 128;
export const TAG_VALUE_MAX = 256;
export const TAGS_MAX = 50;
export const TAG_PATTERN = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

export function isResourceName(value: string): boolean {
  return RESOURCE_NAME_PATTERN.test(value);
}

/** Returns a message for a bad resource name, or undefined when it is valid. */
export function resourceNameError(label: string, value: string): string | undefined {
  if (value.length === 0) return `${label} is required.`;
  if (value.length > 255) return `${label} must be at most 255 characters.`;
  if (!RESOURCE_NAME_PATTERN.test(value)) return `${label} can only contain letters, numbers, hyphens (-) and underscores (_).`;
  return undefined;
}

export interface TagLike {
  key?: string;
  value?: string;
}

/** Returns a message for the first bad tag, or undefined. Keys starting with `aws:` are reserved. */
export function tagsError(tags: readonly TagLike[]): string | undefined {
  if (tags.length > TAGS_MAX) return `A resource can have at most ${TAGS_MAX} tags.`;
  const seen = new Set<string>();
  for (const { key = '', value = '' } of tags) {
    if (key.length < 1 || key.length > TAG_KEY_MAX) return `Tag keys must be 1 to ${TAG_KEY_MAX} characters.`;
    if (value.length > TAG_VALUE_MAX) return `Tag values must be at most ${TAG_VALUE_MAX} characters (key '${key}').`;
    if (!TAG_PATTERN.test(key) || !TAG_PATTERN.test(value))
      return `Tag '${key}' may contain only letters, numbers, spaces and _ . : / = + - @.`;
    if (key.toLowerCase().startsWith('aws:')) return `Tag keys starting with 'aws:' are reserved (key '${key}').`;
    if (seen.has(key)) return `Tag key '${key}' is used more than once.`;
    seen.add(key);
  }
  return undefined;
}
