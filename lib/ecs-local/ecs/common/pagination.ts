// Shared nextToken / maxResults handling for every List* operation. Tokens are opaque to callers:
// base64url of JSON `{"a": <last id returned>}`, so a page resumes after that id even when documents were
// added or removed in between (real ECS tokens are different opaque blobs; callers must not care).
import { invalidParameter } from './errors';

export interface PageRequest {
  nextToken?: string;
  maxResults?: number;
}

export interface PageLimits {
  /** Page size when maxResults is omitted. */
  defaultPage: number;
  /** The largest maxResults accepted. */
  maxPage: number;
}

export interface Page<T> {
  page: T[];
  nextToken?: string;
}

export function encodeToken(lastId: string): string {
  return Buffer.from(JSON.stringify({ a: lastId }), 'utf8').toString('base64url');
}

/** The id the previous page ended with, undefined for the first page; InvalidParameterException for a garbage token. */
export function decodeToken(token: string | undefined): string | undefined {
  if (token === undefined || token === '') return undefined;
  const invalid = () => invalidParameter('Invalid nextToken.');
  if (!/^[A-Za-z0-9_-]+$/.test(token)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const after = (parsed as { a?: unknown } | null)?.a;
  if (typeof after !== 'string') throw invalid();
  return after;
}

/** The page size for a request, or InvalidParameterException when maxResults is out of range. */
export function pageSize(maxResults: number | undefined, limits: PageLimits): number {
  if (maxResults === undefined) return limits.defaultPage;
  if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > limits.maxPage)
    throw invalidParameter(`maxResults must be between 1 and ${limits.maxPage}; got ${maxResults}.`);
  return maxResults;
}

/**
 * One page of a list read from the store with its `after`/`limit` filter: `fetch(after, limit)` must return
 * items in id order (ascending by default) starting strictly after `after`.
 */
export function pageAfter<T>(
  request: PageRequest,
  limits: PageLimits,
  fetch: (after: string | undefined, limit: number) => T[],
  idOf: (item: T) => string,
): Page<T> {
  const size = pageSize(request.maxResults, limits);
  const after = decodeToken(request.nextToken);
  const items = fetch(after, size + 1);
  return finish(items, size, idOf);
}

/**
 * One page of an in-memory list. `items` must be sorted by `idOf` in `order` (string comparison), e.g. ids
 * already returned by `store.ids(...)` or a list computed and sorted by the caller.
 */
export function paginate<T>(
  items: readonly T[],
  request: PageRequest,
  limits: PageLimits,
  idOf: (item: T) => string = String,
  order: 'asc' | 'desc' = 'asc',
): Page<T> {
  const size = pageSize(request.maxResults, limits);
  const after = decodeToken(request.nextToken);
  const start = after === undefined ? 0 : items.findIndex((item) => (order === 'asc' ? idOf(item) > after : idOf(item) < after));
  const rest = start < 0 ? [] : items.slice(start, start + size + 1);
  return finish(rest, size, idOf);
}

function finish<T>(items: T[], size: number, idOf: (item: T) => string): Page<T> {
  if (items.length <= size) return { page: items };
  const page = items.slice(0, size);
  return { page, nextToken: encodeToken(idOf(page[page.length - 1])) };
}
