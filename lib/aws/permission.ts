// An AWS "you may not do this" answer, told apart from every other failure so a page can show a plain panel that
// names the IAM action to grant instead of an error page. Pure: callers pass the action their call needed.
export interface MissingPermission {
  /** The IAM action the call needed, e.g. `logs:FilterLogEvents`. */
  action: string;
  /** AWS's own words (they name the principal and the resource). */
  message: string;
}

const DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation', 'UnauthorizedException']);

/** The missing permission when `err` is an access-denied answer, else undefined. */
export function missingPermission(err: unknown, action: string): MissingPermission | undefined {
  const e = err as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } } | undefined;
  if (!e || (!DENIED.has(e.name ?? '') && e.$metadata?.httpStatusCode !== 403)) return undefined;
  return { action, message: e.message || `Access denied: ${action}` };
}
