// Paging tokens of the Logs API. They are opaque to callers; the engine's say where the next page starts.
// GetLogEvents' look like AWS's (`f/` or `b/` and 56 digits: the position's timestamp and id); the others are
// base64url JSON. A token from another group or a damaged one is InvalidParameterException, as on AWS.
import { invalidParameter } from './errors';
import type { Position } from './events';

const invalid = () => invalidParameter('The specified nextToken is invalid.');

export function streamToken(direction: 'f' | 'b', at: Position): string {
  return `${direction}/${String(Math.max(0, at.ts)).padStart(20, '0')}${String(at.id).padStart(36, '0')}`;
}

export function parseStreamToken(token: string): { direction: 'f' | 'b'; at: Position } {
  const m = /^([fb])\/(\d{20})(\d{36})(?:\/s)?$/.exec(token);
  if (!m) throw invalid();
  return { direction: m[1] as 'f' | 'b', at: { ts: Number(m[2]), id: Number(m[3]) } };
}

export function encodeToken(value: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** The token's JSON object, which must carry `scope` (e.g. the group it pages); InvalidParameterException otherwise. */
export function decodeToken(token: string, scope: string): Record<string, unknown> {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { s?: unknown }).s !== scope) throw invalid();
  return parsed as Record<string, unknown>;
}

export function filterToken(group: string, at: Position): string {
  return encodeToken({ s: group, t: at.ts, i: at.id });
}

export function parseFilterToken(token: string, group: string): Position {
  const { t, i } = decodeToken(token, group);
  if (typeof t !== 'number' || typeof i !== 'number') throw invalid();
  return { ts: t, id: i };
}
