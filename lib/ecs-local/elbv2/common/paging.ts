// Marker / NextMarker / PageSize paging of the Describe operations. Markers are opaque to callers: base64url of
// the last id returned, so a page resumes after it even when resources came or went in between.
import { validationError } from './errors';

export interface PageRequest {
  Marker?: string;
  PageSize?: number;
}

export function page<T>(
  items: readonly T[],
  request: PageRequest,
  idOf: (item: T) => string,
): { page: T[]; NextMarker?: string } {
  const size = request.PageSize ?? 400;
  let start = 0;
  if (request.Marker) {
    const after = Buffer.from(request.Marker, 'base64url').toString('utf8');
    if (!/^[\x20-\x7e]+$/.test(after)) throw validationError('The marker is not valid. Use the NextMarker of a previous answer.');
    start = items.findIndex((item) => idOf(item) > after);
    if (start < 0) return { page: [] };
  }
  const slice = items.slice(start, start + size);
  const more = start + size < items.length;
  return { page: slice, NextMarker: more ? Buffer.from(idOf(slice[slice.length - 1]), 'utf8').toString('base64url') : undefined };
}
