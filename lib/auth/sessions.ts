// Server-side sessions: the cookie carries a random id (inside a jose-signed JWT, see lib/auth/session-cookie.ts);
// the table keeps only its SHA-256, so a copy of the database holds no usable session. Sign-out deletes the row,
// so an ended session stays ended even if its cookie is replayed. Not server-only (tests and `npm run users`).
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { isRole, type Role, type Viewer } from './roles';

export interface SessionRecord {
  user: string;
  role: Role;
  auth: Exclude<Viewer['auth'], 'none'>;
  expiresAt: number;
}

const digest = (id: string) => crypto.createHash('sha256').update(id).digest('hex');

export class SessionStore {
  constructor(private readonly db: Database.Database) {}

  /** A new session; returns its id (the cookie's secret). Expired sessions are pruned on the way. */
  create(user: string, role: Role, auth: SessionRecord['auth'], ttlMs: number, now = Date.now()): string {
    const id = crypto.randomBytes(32).toString('base64url');
    this.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now);
    this.db
      .prepare('INSERT INTO sessions (id_hash, user_name, role, auth, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(digest(id), user, role, auth, now, now + ttlMs);
    return id;
  }

  lookup(id: string, now = Date.now()): SessionRecord | undefined {
    const row = this.db.prepare('SELECT * FROM sessions WHERE id_hash = ? AND expires_at > ?').get(digest(id), now) as
      | { user_name: string; role: string; auth: string; expires_at: number }
      | undefined;
    if (!row || !isRole(row.role) || (row.auth !== 'password' && row.auth !== 'oidc')) return undefined;
    return { user: row.user_name, role: row.role, auth: row.auth, expiresAt: row.expires_at };
  }

  end(id: string): void {
    this.db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(digest(id));
  }

  /** The key that signs session cookies when ECS_CONSOLE_SESSION_SECRET is not set: random, made once, kept. */
  signingKey(): Uint8Array {
    this.db.prepare("INSERT OR IGNORE INTO secrets (name, value) VALUES ('session-signing', ?)").run(crypto.randomBytes(32));
    const row = this.db.prepare("SELECT value FROM secrets WHERE name = 'session-signing'").get() as { value: Buffer };
    return new Uint8Array(row.value);
  }
}
