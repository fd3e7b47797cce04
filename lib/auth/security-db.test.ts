// The security tables in a real SQLite file: schema version, users with argon2id hashes, sessions, the audit trail.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AuditStore } from '../audit/store';
import { openSecurityDb, SchemaVersionError, SECURITY_SCHEMA_VERSION } from './security-db';
import { SessionStore } from './sessions';
import { UserError, UserStore } from './users';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'security-db-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('openSecurityDb', () => {
  it('records its schema version and refuses a file from a newer console', () => {
    const file = path.join(dir, 'versions.sqlite');
    const db = openSecurityDb(file);
    expect(db.prepare("SELECT version FROM schema_versions WHERE component = 'security'").get()).toEqual({
      version: SECURITY_SCHEMA_VERSION,
    });
    db.prepare("UPDATE schema_versions SET version = ? WHERE component = 'security'").run(SECURITY_SCHEMA_VERSION + 1);
    db.close();
    expect(() => openSecurityDb(file)).toThrow(SchemaVersionError);
  });

  it('opens an existing file again without migrating twice', () => {
    const file = path.join(dir, 'twice.sqlite');
    openSecurityDb(file).close();
    const db = openSecurityDb(file);
    expect(db.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 0 });
  });
});

describe('UserStore', () => {
  const db = openSecurityDb(':memory:');
  const users = new UserStore(db);
  const sessions = new SessionStore(db);

  it('keeps only a slow hash and checks passwords', async () => {
    await users.add('alice', 'operator', 'correct horse battery');
    const row = db.prepare('SELECT password_hash FROM users WHERE name = ?').get('alice') as { password_hash: string };
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain('correct horse');
    expect((await users.check('alice', 'correct horse battery'))?.role).toBe('operator');
    expect(await users.check('alice', 'Correct horse battery')).toBeUndefined();
    expect(await users.check('nobody', 'correct horse battery')).toBeUndefined();
  });

  it('refuses bad names, short passwords and duplicates with what to change', async () => {
    await expect(users.add('a b', 'viewer', 'long enough password')).rejects.toThrow(/not a valid user name/);
    await expect(users.add('bob', 'viewer', 'short')).rejects.toThrow(/at least 12 characters/);
    await expect(users.add('alice', 'viewer', 'long enough password')).rejects.toThrow(UserError);
  });

  it('ends the sessions of a user whose password, role or account changes', async () => {
    const id = sessions.create('alice', 'operator', 'password', 60_000);
    expect(sessions.lookup(id)?.user).toBe('alice');
    await users.setPassword('alice', 'another long password');
    expect(sessions.lookup(id)).toBeUndefined();
    const id2 = sessions.create('alice', 'operator', 'password', 60_000);
    users.setRole('alice', 'admin');
    expect(sessions.lookup(id2)).toBeUndefined();
    expect(users.get('alice')?.role).toBe('admin');
    const id3 = sessions.create('alice', 'admin', 'password', 60_000);
    users.remove('alice');
    expect(sessions.lookup(id3)).toBeUndefined();
    expect(() => users.remove('alice')).toThrow(/no user named alice/);
  });
});

describe('SessionStore', () => {
  const db = openSecurityDb(':memory:');
  const sessions = new SessionStore(db);

  it('stores only a digest of the id, expires, and ends on sign-out', () => {
    const now = 1_000_000;
    const id = sessions.create('bob', 'viewer', 'oidc', 1_000, now);
    expect(JSON.stringify(db.prepare('SELECT * FROM sessions').all())).not.toContain(id);
    expect(sessions.lookup(id, now + 999)).toEqual({ user: 'bob', role: 'viewer', auth: 'oidc', expiresAt: now + 1_000 });
    expect(sessions.lookup(id, now + 1_000)).toBeUndefined();
    const live = sessions.create('bob', 'viewer', 'oidc', 60_000, now);
    sessions.end(live);
    expect(sessions.lookup(live, now)).toBeUndefined();
  });

  it('keeps one signing key', () => {
    const key = sessions.signingKey();
    expect(key).toHaveLength(32);
    expect(sessions.signingKey()).toEqual(key);
  });
});

describe('AuditStore', () => {
  const db = openSecurityDb(':memory:');
  const audit = new AuditStore(db, 90 * 86_400_000);
  const entry = (user: string, action: string, at: number) => ({
    user,
    role: 'operator',
    auth: 'password',
    target: 'local',
    region: 'us-east-1',
    action,
    resource: `service c/${action}`,
    request: `aws ecs ${action}`,
    input: '{}',
    decision: 'allowed' as const,
    outcome: 'success' as const,
    at,
  });

  it('filters by user, text and outcome, tails after an id, completes entries and prunes by age', () => {
    const now = Date.now();
    const old = audit.record(entry('ann', 'ancient', now - 91 * 86_400_000));
    const a = audit.record(entry('ann', 'createService', now));
    const b = audit.record(entry('ben', 'deleteService', now));
    audit.complete(b, 'aws ecs delete-service --cluster c --service s', {
      outcome: 'error',
      errorCode: 'ServiceNotFoundException',
    });
    expect(audit.query({ user: 'ann' }).map((e) => e.id)).toEqual([a, old]);
    expect(audit.query({ text: 'DELETE-service' }).map((e) => e.id)).toEqual([b]);
    expect(audit.query({ outcome: 'error' })[0]).toMatchObject({ id: b, errorCode: 'ServiceNotFoundException' });
    expect(audit.query({ afterId: a }).map((e) => e.id)).toEqual([b]);
    expect([...audit.all({ user: 'ben' })].map((e) => e.id)).toEqual([b]);
    expect(audit.prune(now)).toBe(1);
    expect(audit.query().map((e) => e.id)).toEqual([b, a]);
  });
});
