// The console's security tables (users, sessions, the audit trail, the session-signing secret) in the console's
// SQLite file (ECS_CONSOLE_DATA_DIR/console.sqlite, shared with the stopped-task memory). Their schema has a version
// of its own in `schema_versions` (component `security`), so upgrades migrate step by step and a file written by a
// newer console is refused rather than misread. Not server-only: `npm run users` opens it too.
import fs from 'node:fs';
import path from 'node:path';
import Database from '../sqlite';

export const SECURITY_SCHEMA_VERSION = 1;

const MIGRATIONS: Record<number, string> = {
  1: `
    CREATE TABLE users (
      name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL,
      created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
    CREATE TABLE sessions (
      id_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL, role TEXT NOT NULL, auth TEXT NOT NULL,
      created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL);
    CREATE INDEX sessions_by_expiry ON sessions (expires_at);
    CREATE INDEX sessions_by_user ON sessions (user_name);
    CREATE TABLE secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL);
    CREATE TABLE audit (
      id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, user_name TEXT NOT NULL, role TEXT NOT NULL,
      auth TEXT NOT NULL, target TEXT NOT NULL, region TEXT NOT NULL, action TEXT NOT NULL, resource TEXT NOT NULL,
      request TEXT NOT NULL, input TEXT NOT NULL, decision TEXT NOT NULL, outcome TEXT NOT NULL,
      error_code TEXT, error_message TEXT);
    CREATE INDEX audit_by_time ON audit (at);
    CREATE INDEX audit_by_user ON audit (user_name, id);`,
};

export class SchemaVersionError extends Error {
  override name = 'SchemaVersionError';
}

/** Opens (creating or migrating) the security tables in `file` (a path, or ':memory:' for tests). */
export function openSecurityDb(file: string): Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec('CREATE TABLE IF NOT EXISTS schema_versions (component TEXT PRIMARY KEY, version INTEGER NOT NULL)');
  const row = db.prepare("SELECT version FROM schema_versions WHERE component = 'security'").get() as
    | { version: number }
    | undefined;
  const current = row?.version ?? 0;
  if (current > SECURITY_SCHEMA_VERSION)
    throw new SchemaVersionError(
      `${file} holds security schema version ${current}, newer than this console's ${SECURITY_SCHEMA_VERSION}. Upgrade the console.`,
    );
  db.transaction(() => {
    for (let v = current + 1; v <= SECURITY_SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v]);
    db.prepare(
      "INSERT INTO schema_versions (component, version) VALUES ('security', ?) ON CONFLICT(component) DO UPDATE SET version = excluded.version",
    ).run(SECURITY_SCHEMA_VERSION);
  })();
  return db;
}

export function securityDbFile(dataDir: string): string {
  return path.join(dataDir, 'console.sqlite');
}
