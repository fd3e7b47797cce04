// Console users for ECS_CONSOLE_AUTH=password: names, roles and argon2id password hashes in the security tables.
// Used by the sign-in action and by `npm run users`; not server-only.
import { hash, verify } from '@node-rs/argon2';
import type Database from 'better-sqlite3';
import { isRole, type Role } from './roles';

export const USER_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 1024;

export interface UserRecord {
  name: string;
  role: Role;
  createdAt: number;
  updatedAt: number;
}

export class UserError extends Error {
  override name = 'UserError';
}

/** A hash compared against when the user does not exist, so a wrong name takes as long as a wrong password. */
let decoyHash: Promise<string> | undefined;

function checkName(name: string): void {
  if (!USER_NAME_PATTERN.test(name))
    throw new UserError(`${JSON.stringify(name)} is not a valid user name: use 1-64 letters, digits, '.', '_', '@' or '-'.`);
}

function checkPassword(password: string): void {
  if (password.length < PASSWORD_MIN) throw new UserError(`The password must have at least ${PASSWORD_MIN} characters.`);
  if (password.length > PASSWORD_MAX) throw new UserError(`The password must have at most ${PASSWORD_MAX} characters.`);
}

interface Row {
  name: string;
  role: string;
  password_hash: string;
  created_at: number;
  updated_at: number;
}

const toRecord = (r: Row): UserRecord => ({
  name: r.name,
  role: isRole(r.role) ? r.role : 'viewer',
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export class UserStore {
  constructor(private readonly db: Database.Database) {}

  list(): UserRecord[] {
    return (this.db.prepare('SELECT * FROM users ORDER BY name').all() as Row[]).map(toRecord);
  }

  get(name: string): UserRecord | undefined {
    const row = this.db.prepare('SELECT * FROM users WHERE name = ?').get(name) as Row | undefined;
    return row && toRecord(row);
  }

  async add(name: string, role: Role, password: string, now = Date.now()): Promise<void> {
    checkName(name);
    checkPassword(password);
    if (this.get(name)) throw new UserError(`A user named ${name} already exists. Use passwd to change the password.`);
    const passwordHash = await hash(password);
    this.db
      .prepare('INSERT INTO users (name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(name, role, passwordHash, now, now);
  }

  /** Changes the password and ends the user's sessions. */
  async setPassword(name: string, password: string, now = Date.now()): Promise<void> {
    checkPassword(password);
    if (!this.get(name)) throw new UserError(`There is no user named ${name}.`);
    const passwordHash = await hash(password);
    this.db.transaction(() => {
      this.db.prepare('UPDATE users SET password_hash = ?, updated_at = ? WHERE name = ?').run(passwordHash, now, name);
      this.db.prepare("DELETE FROM sessions WHERE user_name = ? AND auth = 'password'").run(name);
    })();
  }

  /** Changes the role and ends the user's sessions (they sign in again with the new role). */
  setRole(name: string, role: Role, now = Date.now()): void {
    if (!this.get(name)) throw new UserError(`There is no user named ${name}.`);
    this.db.transaction(() => {
      this.db.prepare('UPDATE users SET role = ?, updated_at = ? WHERE name = ?').run(role, now, name);
      this.db.prepare("DELETE FROM sessions WHERE user_name = ? AND auth = 'password'").run(name);
    })();
  }

  /** Removes the user and ends their sessions. */
  remove(name: string): void {
    const removed = this.db.transaction(() => {
      this.db.prepare("DELETE FROM sessions WHERE user_name = ? AND auth = 'password'").run(name);
      return this.db.prepare('DELETE FROM users WHERE name = ?').run(name).changes;
    })();
    if (removed === 0) throw new UserError(`There is no user named ${name}.`);
  }

  /** The user when the password matches, else undefined. Takes about as long either way. */
  async check(name: string, password: string): Promise<UserRecord | undefined> {
    const row = this.db.prepare('SELECT * FROM users WHERE name = ?').get(name) as Row | undefined;
    if (!row || password.length > PASSWORD_MAX) {
      decoyHash ??= hash('decoy password that matches nothing');
      await verify(await decoyHash, password.slice(0, PASSWORD_MAX)).catch(() => false);
      return undefined;
    }
    return (await verify(row.password_hash, password)) ? toRecord(row) : undefined;
  }
}
