// Tags on ELBv2 resources: kept on each document as `_tags` (the API's Tag list), at most 50 per resource.
import type { Tag } from '@aws-sdk/client-elastic-load-balancing-v2';
import { ElbError } from './errors';

export const MAX_TAGS = 50;

export type TagList = Tag[];

/** Checks the tags of one request: no key twice. */
export function checkNewTags(tags: readonly Tag[]): void {
  const seen = new Set<string>();
  for (const tag of tags) {
    const key = tag.Key ?? '';
    if (seen.has(key)) throw new ElbError('DuplicateTagKeys', `Tag key '${key}' is duplicated in the request`);
    seen.add(key);
  }
}

/** `current` with `added` put over it (same key: new value); TooManyTags past the limit. */
export function mergeTags(current: readonly Tag[], added: readonly Tag[]): Tag[] {
  checkNewTags(added);
  const byKey = new Map(current.map((t) => [t.Key ?? '', t]));
  for (const tag of added) byKey.set(tag.Key ?? '', { Key: tag.Key, ...(tag.Value !== undefined ? { Value: tag.Value } : {}) });
  if (byKey.size > MAX_TAGS) throw new ElbError('TooManyTags', `A resource can have at most ${MAX_TAGS} tags.`);
  return [...byKey.values()];
}
