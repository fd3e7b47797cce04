// Reading the audit trail for the Audit page and /api/audit: admins see everyone's entries, everyone else only
// their own (enforced here, for the page, the live tail and the export alike).
import 'server-only';
import type { Viewer } from '../auth/roles';
import { securityState } from '../auth/security-state';
import type { AuditEntry, AuditOutcome, AuditQuery } from './store';

export const AUDIT_OUTCOMES: readonly AuditOutcome[] = ['success', 'error', 'invalid', 'refused'];

export interface AuditFilter {
  text?: string;
  outcome?: AuditOutcome;
}

/** The filter from query parameters; anything unknown is dropped. */
export function auditFilterFrom(params: URLSearchParams | Record<string, string | string[] | undefined>): AuditFilter {
  const get = (name: string) => {
    const v = params instanceof URLSearchParams ? params.get(name) : params[name];
    return typeof v === 'string' ? v : undefined;
  };
  const outcome = get('outcome');
  return {
    text: get('text')?.trim().slice(0, 200) || undefined,
    outcome: AUDIT_OUTCOMES.find((o) => o === outcome),
  };
}

function scoped(viewer: Viewer, filter: AuditFilter): AuditQuery {
  return { ...filter, user: viewer.role === 'admin' ? undefined : viewer.name };
}

export function readAudit(viewer: Viewer, filter: AuditFilter, page: { afterId?: number; limit?: number } = {}): AuditEntry[] {
  return securityState().audit.query({ ...scoped(viewer, filter), ...page });
}

/** Every entry the viewer may see under `filter`, oldest first, as JSON Lines. */
export function* auditJsonLines(viewer: Viewer, filter: AuditFilter): Generator<string> {
  for (const entry of securityState().audit.all(scoped(viewer, filter))) yield `${JSON.stringify(entry)}\n`;
}
