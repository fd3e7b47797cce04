// NextToken of the Describe operations: opaque to callers, base64url JSON naming the list it pages and the last id
// returned. A damaged token, or one from another list, is InvalidNextTokenException.
import { AutoScalingError, validation } from './errors';

export function encodeToken(list: string, lastId: string): string {
  return Buffer.from(JSON.stringify({ l: list, a: lastId }), 'utf8').toString('base64url');
}

export function decodeToken(token: string | undefined, list: string): string | undefined {
  if (token === undefined) return undefined;
  const invalid = new AutoScalingError('InvalidNextTokenException', 'The NextToken is invalid.');
  if (!/^[A-Za-z0-9_-]+$/.test(token)) throw invalid;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  const { l, a } = (parsed ?? {}) as { l?: unknown; a?: unknown };
  if (l !== list || typeof a !== 'string') throw invalid;
  return a;
}

/** MaxResults within 1..max (AWS's range), or the default. */
export function pageSize(maxResults: number | undefined, max: number): number {
  if (maxResults === undefined) return max;
  const rule = maxResults < 1 ? 'greater than or equal to 1' : maxResults > max ? `less than or equal to ${max}` : undefined;
  if (rule)
    throw validation(
      `1 validation error detected: Value '${maxResults}' at 'maxResults' failed to satisfy constraint: Member must have value ${rule}`,
    );
  return maxResults;
}
