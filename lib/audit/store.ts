// The audit trail: one row per mutation attempt (allowed or refused) and per sign-in, in the security tables.
// Rows are only ever inserted and pruned by age (ECS_CONSOLE_AUDIT_RETENTION_DAYS). Not server-only (tests, scripts).
import type Database from 'better-sqlite3';

export type AuditDecision = 'allowed' | 'refused';
/** success; error (ECS or the target refused); invalid (the form did not validate); refused (role, read-only, sign-in). */
export type AuditOutcome = 'success' | 'error' | 'invalid' | 'refused';

export interface AuditEntry {
  id: number;
  /** ISO time. */
  at: string;
  user: string;
  role: string;
  auth: string;
  /** `local`, `endpoint` or `aws`, with the endpoint when there is one. */
  target: string;
  region: string;
  /** The console action, e.g. `deleteService`. */
  action: string;
  /** What it acts on, e.g. `service web/api`. */
  resource: string;
  /** The AWS CLI commands the action ran, one per line (secrets masked); empty when it ran none. */
  request: string;
  /** The submitted form fields as JSON (secrets masked). */
  input: string;
  decision: AuditDecision;
  outcome: AuditOutcome;
  errorCode?: string;
  errorMessage?: string;
}

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'> & { at?: number };

export interface AuditQuery {
  /** Only this user's entries (non-admins see only their own). */
  user?: string;
  /** Case-insensitive text in action, resource, request, user or error. */
  text?: string;
  outcome?: AuditOutcome;
  /** Entries newer than this id (live tail). */
  afterId?: number;
  /** Entries older than this id (paging back). */
  beforeId?: number;
  limit?: number;
}

export const AUDIT_PAGE_MAX = 500;

interface Row {
  id: number;
  at: number;
  user_name: string;
  role: string;
  auth: string;
  target: string;
  region: string;
  action: string;
  resource: string;
  request: string;
  input: string;
  decision: AuditDecision;
  outcome: AuditOutcome;
  error_code: string | null;
  error_message: string | null;
}

const toEntry = (r: Row): AuditEntry => ({
  id: r.id,
  at: new Date(r.at).toISOString(),
  user: r.user_name,
  role: r.role,
  auth: r.auth,
  target: r.target,
  region: r.region,
  action: r.action,
  resource: r.resource,
  request: r.request,
  input: r.input,
  decision: r.decision,
  outcome: r.outcome,
  errorCode: r.error_code ?? undefined,
  errorMessage: r.error_message ?? undefined,
});

/** How often (in writes) old entries are pruned. */
const PRUNE_EVERY = 200;

export class AuditStore {
  private writes = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly retentionMs: number,
  ) {}

  record(entry: NewAuditEntry): number {
    const at = entry.at ?? Date.now();
    if (this.writes++ % PRUNE_EVERY === 0) this.prune(at);
    return Number(
      this.db
        .prepare(
          `INSERT INTO audit (at, user_name, role, auth, target, region, action, resource, request, input, decision, outcome,
             error_code, error_message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          at,
          entry.user,
          entry.role,
          entry.auth,
          entry.target,
          entry.region,
          entry.action,
          entry.resource,
          entry.request,
          entry.input,
          entry.decision,
          entry.outcome,
          entry.errorCode ?? null,
          entry.errorMessage ?? null,
        ).lastInsertRowid,
    );
  }

  /** Sets the outcome and the CLI form of what ran on an entry written before the change ran. */
  complete(id: number, request: string, outcome: { outcome: AuditOutcome; errorCode?: string; errorMessage?: string }): void {
    this.db
      .prepare('UPDATE audit SET request = ?, outcome = ?, error_code = ?, error_message = ? WHERE id = ?')
      .run(request, outcome.outcome, outcome.errorCode ?? null, outcome.errorMessage ?? null, id);
  }

  /** Newest first. */
  query(q: AuditQuery = {}): AuditEntry[] {
    const { sql, args } = conditions(q);
    const limit = Math.min(Math.max(1, q.limit ?? 100), AUDIT_PAGE_MAX);
    return (this.db.prepare(`SELECT * FROM audit ${sql} ORDER BY id DESC LIMIT ${limit}`).all(...args) as Row[]).map(toEntry);
  }

  /** Every entry matching `q`, oldest first, read in pages (the JSON Lines export streams this). */
  *all(q: Omit<AuditQuery, 'afterId' | 'beforeId' | 'limit'> = {}): Generator<AuditEntry> {
    let afterId = 0;
    for (;;) {
      const { sql, args } = conditions({ ...q, afterId });
      const rows = this.db.prepare(`SELECT * FROM audit ${sql} ORDER BY id ASC LIMIT ${AUDIT_PAGE_MAX}`).all(...args) as Row[];
      if (rows.length === 0) return;
      for (const r of rows) yield toEntry(r);
      afterId = rows[rows.length - 1].id;
    }
  }

  /** Forgets entries older than the retention; returns how many. */
  prune(now = Date.now()): number {
    return this.db.prepare('DELETE FROM audit WHERE at < ?').run(now - this.retentionMs).changes;
  }
}

function conditions(q: AuditQuery): { sql: string; args: unknown[] } {
  const where: string[] = [];
  const args: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    where.push(clause);
    args.push(value);
  };
  if (q.user !== undefined) add('user_name = ?', q.user);
  if (q.outcome) add('outcome = ?', q.outcome);
  if (q.afterId !== undefined) add('id > ?', q.afterId);
  if (q.beforeId !== undefined) add('id < ?', q.beforeId);
  if (q.text)
    add(
      "instr(lower(action || ' ' || resource || ' ' || request || ' ' || user_name || ' ' || coalesce(error_code, '') || ' ' || coalesce(error_message, '')), lower(?)) > 0",
      q.text,
    );
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', args };
}
